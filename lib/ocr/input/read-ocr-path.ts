// The importer's file-system access: reads a file, a zip, a directory (its
// files and those one level down, e.g. issue/mets.xml + issue/alto/*.xml), or
// a METS file with the files it refers to (read-mets-files), and hands the
// bytes to readOcrFiles. Sizes are checked before reading.
import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import { formatBytes } from "@/lib/format-bytes";

import { ImportError } from "../import-error";
import {
  type OcrInput,
  readOcrFiles,
  type ReadOcrOptions,
} from "../read-ocr-input";
import type { OcrDocument } from "../types";
import { INPUT_LIMITS } from "./input-limits";
import { isNonOcrFile, isSystemFile } from "./non-ocr-file";
import { readMetsFiles } from "./read-mets-files";

/**
 * Reads a page file, a METS file (with the files it refers to, relative to
 * its folder), a zip or a directory of one issue from disk and segments it
 * (readOcrFiles). Throws an ImportError for a path that is missing or too
 * large, or for input readOcrFiles refuses.
 */
export async function readOcrPath(
  target: string,
  options: ReadOcrOptions,
): Promise<OcrDocument> {
  const info = await statOrFail(target);
  if (info.isDirectory()) {
    const { files, skipped } = await readDirectory(target);
    const document = readOcrFiles(files, options);
    if (skipped.length > 0) {
      const list =
        skipped.slice(0, 5).join(", ") + (skipped.length > 5 ? ", …" : "");
      document.warnings.push({
        file: null,
        page: null,
        message: `skipped ${skipped.length} file(s) that are not OCR text: ${list}`,
      });
    }
    return document;
  }
  if (!info.isFile())
    throw new ImportError(
      "not-found",
      target,
      "not a file or a directory",
      "既不是文件也不是目录",
    );
  const name = path.basename(target);
  checkSize(
    name,
    info.size,
    /\.zip$/i.test(name) ? INPUT_LIMITS.maxZipBytes : INPUT_LIMITS.maxFileBytes,
  );
  const bytes = await readBytes(target);
  // A METS file brings the ALTO files it refers to, found relative to its own folder.
  return readOcrFiles(
    [{ name, bytes }, ...(await readMetsFiles(target, bytes))],
    options,
  );
}

async function readDirectory(
  dir: string,
): Promise<{ files: OcrInput[]; skipped: string[] }> {
  const names: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name),
  )) {
    if (isSystemFile(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const info = await statOrFail(full);
    if (info.isFile()) names.push(entry.name);
    else if (info.isDirectory()) {
      for (const sub of (await readdir(full)).sort()) {
        if (
          !isSystemFile(sub) &&
          (await statOrFail(path.join(full, sub))).isFile()
        )
          names.push(`${entry.name}/${sub}`);
      }
    }
  }
  const skipped = names.filter((n) => isNonOcrFile(n));
  const wanted = names.filter((n) => !isNonOcrFile(n));
  if (wanted.length > INPUT_LIMITS.maxFiles) {
    throw new ImportError(
      "zip-limit",
      dir,
      `the directory holds ${wanted.length} files; the limit is ${INPUT_LIMITS.maxFiles}`,
      `目录中有 ${wanted.length} 个文件，超过上限 ${INPUT_LIMITS.maxFiles} 个`,
    );
  }
  let total = 0;
  for (const name of wanted) {
    const { size } = await stat(path.join(dir, name));
    checkSize(name, size, INPUT_LIMITS.maxFileBytes);
    total += size;
  }
  checkSize(dir, total, INPUT_LIMITS.maxTotalBytes);
  const files = await Promise.all(
    wanted.map(async (name) => ({
      name,
      bytes: await readBytes(path.join(dir, name)),
    })),
  );
  return { files, skipped };
}

function checkSize(name: string, size: number, limit: number): void {
  if (size <= limit) return;
  throw new ImportError(
    "too-large",
    name,
    `${formatBytes(size)} is more than the limit of ${formatBytes(limit)}`,
    `大小为 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}`,
  );
}

async function statOrFail(target: string): Promise<Stats> {
  try {
    return await stat(target);
  } catch (e) {
    throw fsError(target, e);
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (e) {
    throw fsError(file, e);
  }
}

function fsError(target: string, e: unknown): Error {
  const code = (e as { code?: unknown }).code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new ImportError(
      "not-found",
      target,
      "no such file or directory",
      "找不到该文件或目录",
      { cause: e },
    );
  }
  if (code === "EACCES" || code === "EPERM") {
    return new ImportError(
      "not-found",
      target,
      "permission denied",
      "没有读取权限",
      { cause: e },
    );
  }
  return e instanceof Error ? e : new Error(String(e));
}
