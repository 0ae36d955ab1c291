// The files a METS document given as a path refers to, read from disk
// relative to the METS file's own folder, so that `folio segment issue/mets.xml`
// reads what `folio segment issue/` and a zip of the folder would read.
import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

import { formatBytes } from "@/lib/format-bytes";

import { ImportError } from "../import-error";
import { isTextFile, parseMets } from "../mets/mets-parse";
import type { OcrInput } from "../read-ocr-input";
import { parseXml } from "../xml/parse-xml";
import { INPUT_LIMITS } from "./input-limits";
import { isNonOcrFile } from "./non-ocr-file";
import { readInputFile } from "./read-input-file";
import { isZip } from "./sniff-binary";

/**
 * When `bytes` (read from `metsPath`) is a METS document: the ALTO files its
 * physical pages refer to, named by their path relative to the METS file's
 * folder ("ALTO/0001.xml"), as readOcrFiles takes them. Hrefs may be
 * relative (`ALTO/0001.xml`, `file://./text/0001.xml`, bare names), or
 * absolute paths from the producer's machine (`file:///D:/scans/…/0001.xml`),
 * which are looked for by their tail under the METS folder. A file not found
 * is left out: readOcrFiles then names the href the METS could not find.
 * Anything else than METS gives [] (and is reported by readOcrFiles).
 *
 * Throws an ImportError when the referenced files break INPUT_LIMITS (count,
 * size of one, total), checked before any is read.
 */
export async function readMetsFiles(
  metsPath: string,
  bytes: Uint8Array,
): Promise<OcrInput[]> {
  const name = path.basename(metsPath);
  if (isZip(bytes)) return [];
  const file = (() => {
    try {
      return readInputFile(name, bytes);
    } catch {
      return null; // not text at all: readOcrFiles says why
    }
  })();
  if (file?.format !== "mets") return [];
  const issue = parseMets(name, parseXml(name, file.text));
  const dir = path.dirname(metsPath);
  const found = new Map<string, { full: string; size: number }>();
  for (const page of issue.pages) {
    for (const id of page.fileIds) {
      const entry = issue.files.get(id);
      if (!entry?.href || !isTextFile(entry)) continue;
      const full = await locate(dir, entry.href);
      if (!full) continue;
      const relative = path.relative(dir, full).split(path.sep).join("/");
      if (relative === name || isNonOcrFile(relative) || found.has(relative))
        continue;
      found.set(relative, { full, size: (await stat(full)).size });
    }
  }
  checkLimits(name, [...found.entries()]);
  return Promise.all(
    [...found].map(async ([relative, { full }]) => {
      const buffer = await readFile(full);
      return {
        name: relative,
        bytes: new Uint8Array(
          buffer.buffer,
          buffer.byteOffset,
          buffer.byteLength,
        ),
      };
    }),
  );
}

/** The file an href names, relative to `dir`; for an absolute path, its longest tail that exists under `dir`. */
async function locate(dir: string, href: string): Promise<string | null> {
  let ref = href.trim();
  try {
    ref = decodeURIComponent(ref);
  } catch {
    // A stray "%" that is not an escape: keep the href as written.
  }
  ref = ref.replace(/\\/g, "/");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(ref)?.[1]?.toLowerCase();
  if (scheme && scheme !== "file" && !/^[a-z]$/i.test(scheme)) return null; // http:, urn: … (a drive letter is no scheme)
  ref = ref.replace(/^file:(\/\/)?/i, "").replace(/^\.\//, "");
  const absolute = /^\/|^[a-z]:\//i.test(ref);
  if (!absolute)
    return (await isFile(path.join(dir, ref))) ? path.join(dir, ref) : null;
  const segments = ref
    .split("/")
    .filter((s) => s !== "" && !/^[a-z]:$/i.test(s));
  for (let k = segments.length; k >= 1; k--) {
    const candidate = path.join(dir, ...segments.slice(-k));
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

async function isFile(file: string): Promise<boolean> {
  const info: Stats | null = await stat(file).catch(() => null);
  return info?.isFile() ?? false;
}

function checkLimits(
  metsName: string,
  files: readonly [string, { size: number }][],
): void {
  if (files.length > INPUT_LIMITS.maxFiles) {
    throw new ImportError(
      "zip-limit",
      metsName,
      `the METS refers to ${files.length} files; the limit is ${INPUT_LIMITS.maxFiles}`,
      `METS 文件引用了 ${files.length} 个文件，超过上限 ${INPUT_LIMITS.maxFiles} 个`,
    );
  }
  let total = 0;
  for (const [name, { size }] of files) {
    if (size > INPUT_LIMITS.maxFileBytes) {
      throw new ImportError(
        "too-large",
        name,
        `${formatBytes(size)} is more than the limit of ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
        `大小为 ${formatBytes(size)}，超过上限 ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
      );
    }
    total += size;
  }
  if (total > INPUT_LIMITS.maxTotalBytes) {
    throw new ImportError(
      "too-large",
      metsName,
      `the files the METS refers to add up to ${formatBytes(total)}; the limit is ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
      `METS 文件引用的文件合计 ${formatBytes(total)}，超过上限 ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
    );
  }
}
