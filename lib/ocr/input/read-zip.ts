// Reads the OCR files out of a zip archive, defensively, with fflate doing
// the zip format. First fflate's unzipSync walks the central directory and
// hands each entry's name and declared sizes to a filter that checks them
// against INPUT_LIMITS and inflates nothing; then fflate's streaming Unzip
// inflates the wanted entries, fed 16 KiB at a time, and stops the moment an
// entry produces more than its directory entry declared (a zip bomb lies
// about its sizes). Page images and other binaries are skipped unread.
//
// Why not let unzipSync inflate too: it inflates into a buffer of the
// declared size but runs every entry to the end of its data, silently
// dropping the excess, so a lying entry costs CPU in its real size (measured:
// 262 KB declared as 1000 bytes took 0.5 s; a 20 MiB one would take
// minutes) and the lie cannot be seen afterwards.
import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from "fflate";

import { formatBytes } from "@/lib/format-bytes";

import { ImportError } from "../import-error";
import { INPUT_LIMITS } from "./input-limits";
import { isNonOcrFile, isSystemFile } from "./non-ocr-file";
import { UploadBudget } from "./upload-budget";

export interface ZipContents {
  files: { name: string; bytes: Uint8Array }[];
  /** Entries not read (images, PDFs, nested archives), for a warning. */
  skipped: string[];
}

/** Deflate can expand ~1000×; small input slices keep each inflate step's output small. */
const INFLATE_SLICE = 16 * 1024;
/** Compression methods (APPNOTE 4.4.5): stored, deflated; 99 marks AES encryption. */
const STORED = 0;
const DEFLATED = 8;
const AES = 99;

/** A wanted entry, keyed by the name as fflate decodes it. */
interface Entry {
  name: string;
  size: number;
  out: Uint8Array | null;
}

/**
 * Reads the OCR files of a zip archive (PKZIP APPNOTE format, ZIP64
 * included): `files` in directory order, named by their path inside the
 * archive ("issue/alto/0001.xml"), and the non-OCR entries `skipped`.
 * The same as readZipDirectory then inflateZip, with a budget of its own.
 *
 * Throws an ImportError naming `zipName` (or "zipName/entry"): "too-large"
 * for an archive over INPUT_LIMITS.maxZipBytes or an entry declaring more
 * than maxFileBytes, "zip-limit" past maxFiles entries or maxTotalBytes in
 * all (both from the directory, before inflating), "zip" for unsafe paths,
 * duplicates, encryption, damage, and entries inflating past their declared
 * size.
 */
export function readZip(zipName: string, bytes: Uint8Array): ZipContents {
  return inflateZip(readZipDirectory(zipName, bytes, new UploadBudget()));
}

/** An archive whose directory was read and checked; nothing inflated yet. */
export interface ZipDirectory {
  zipName: string;
  bytes: Uint8Array;
  wanted: Map<string, Entry>;
  skipped: string[];
}

/**
 * Reads and checks a zip's central directory without inflating anything:
 * each wanted entry's declared size also goes into `budget`, the running
 * totals of the whole upload, so the total over several archives is known
 * before the first is inflated. Throws as readZip does, and the budget's
 * ImportError ("zip-limit", no file) when the upload as a whole is too big.
 */
export function readZipDirectory(
  zipName: string,
  bytes: Uint8Array,
  budget: UploadBudget,
): ZipDirectory {
  if (bytes.length > INPUT_LIMITS.maxZipBytes) {
    throw new ImportError(
      "too-large",
      zipName,
      `the zip archive is ${formatBytes(bytes.length)}; the limit is ${formatBytes(INPUT_LIMITS.maxZipBytes)}`,
      `zip 压缩包大小为 ${formatBytes(bytes.length)}，超过上限 ${formatBytes(INPUT_LIMITS.maxZipBytes)}`,
    );
  }
  budget.addArchive();
  const skipped: string[] = [];
  const wanted = readDirectory(zipName, bytes, skipped, budget);
  return { zipName, bytes, wanted, skipped };
}

/** Inflates the entries readZipDirectory kept, each never past its declared size. Throws ImportError "zip". */
export function inflateZip(directory: ZipDirectory): ZipContents {
  const { zipName, bytes, wanted, skipped } = directory;
  inflateEntries(zipName, bytes, wanted);
  const files: ZipContents["files"] = [];
  for (const entry of wanted.values()) {
    if (!entry.out)
      fail(
        zipName,
        `the zip archive is damaged (${entry.name})`,
        `zip 压缩包已损坏（${entry.name}）`,
      );
    files.push({ name: entry.name, bytes: entry.out });
  }
  return { files, skipped };
}

/** The central directory, checked entry by entry against the limits; nothing is inflated. */
function readDirectory(
  zipName: string,
  bytes: Uint8Array,
  skipped: string[],
  budget: UploadBudget,
): Map<string, Entry> {
  const wanted = new Map<string, Entry>();
  const names = new Set<string>();
  let count = 0;
  let total = 0;
  const check = (info: UnzipFileInfo): false => {
    if (++count > INPUT_LIMITS.maxFiles) {
      throw new ImportError(
        "zip-limit",
        zipName,
        `the zip archive holds more than ${INPUT_LIMITS.maxFiles} entries, the limit for one upload`,
        `zip 压缩包内的文件超过 ${INPUT_LIMITS.maxFiles} 个，超出一次上传的上限`,
      );
    }
    const name = entryName(info.name);
    if (
      name.startsWith("/") ||
      /(^|\/)\.\.(\/|$)/.test(name) ||
      /^[A-Za-z]:/.test(name)
    ) {
      fail(
        zipName,
        `the zip archive contains an unsafe path (${name})`,
        `zip 压缩包中有不安全的路径（${name}）`,
      );
    }
    if (name.endsWith("/") || isSystemFile(name)) return false;
    if (isNonOcrFile(name)) {
      skipped.push(name);
      return false;
    }
    if (names.has(name))
      fail(
        zipName,
        `the zip archive contains ${name} twice`,
        `zip 压缩包中 ${name} 出现了两次`,
      );
    names.add(name);
    if (info.compression === AES) {
      fail(
        zipName,
        `${name} is encrypted; Folio cannot read encrypted archives`,
        `${name} 已加密，无法读取加密的压缩包`,
      );
    }
    if (info.compression !== STORED && info.compression !== DEFLATED) {
      const method = info.compression;
      fail(
        `${zipName}/${name}`,
        `unsupported compression method ${method}`,
        `不支持的压缩方式 ${method}`,
      );
    }
    if (info.originalSize > INPUT_LIMITS.maxFileBytes) {
      throw new ImportError(
        "too-large",
        `${zipName}/${name}`,
        `the file is ${formatBytes(info.originalSize)}; the limit is ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
        `文件大小为 ${formatBytes(info.originalSize)}，超过上限 ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
      );
    }
    total += info.originalSize;
    if (total > INPUT_LIMITS.maxTotalBytes) {
      throw new ImportError(
        "zip-limit",
        zipName,
        `the files in the zip archive add up to more than ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
        `zip 压缩包内的文件合计超过 ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
      );
    }
    budget.addFile(info.originalSize);
    wanted.set(info.name, { name, size: info.originalSize, out: null });
    return false;
  };
  try {
    unzipSync(bytes, { filter: check });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // fflate's code 13, "invalid zip data": no end-of-directory record in the last 64 KiB.
    if ((e as { code?: unknown }).code === 13) {
      fail(
        zipName,
        "the zip archive is damaged or truncated (no central directory)",
        "zip 压缩包已损坏或不完整（找不到中央目录）",
        e,
      );
    }
    fail(
      zipName,
      "the zip archive's directory is damaged",
      "zip 压缩包的目录已损坏",
      e,
    );
  }
  return wanted;
}

/** Inflates the wanted entries, each into a buffer of its declared size and never past it. */
function inflateEntries(
  zipName: string,
  bytes: Uint8Array,
  wanted: Map<string, Entry>,
): void {
  const unzip = new Unzip((file) => {
    const entry = wanted.get(file.name);
    // Not wanted, or a second local header under a name already read: never started, never inflated.
    if (!entry || entry.out) return;
    const where = `${zipName}/${entry.name}`;
    const out = new Uint8Array(entry.size);
    entry.out = out;
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (err) {
        if (err instanceof ImportError) throw err;
        // fflate's plain errors ("invalid block type", "unexpected EOF"): corrupt or ZipCrypto-encrypted data.
        fail(
          where,
          "the compressed data is damaged (or encrypted)",
          "压缩数据已损坏（或已加密）",
          err,
        );
      }
      if (size + chunk.length > out.length) {
        fail(
          where,
          "the file inflates to more than its declared size; refusing a possible zip bomb",
          "解压后的大小超过了声明的大小，疑似 zip 炸弹，已拒绝",
        );
      }
      out.set(chunk, size);
      size += chunk.length;
      if (final && size !== out.length)
        fail(
          where,
          "the file is shorter than the archive's directory says",
          "文件比压缩包目录所述的短",
        );
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let off = 0; off < bytes.length; off += INFLATE_SLICE) {
      unzip.push(
        bytes.subarray(off, off + INFLATE_SLICE),
        off + INFLATE_SLICE >= bytes.length,
      );
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    fail(
      zipName,
      "the zip archive is damaged or truncated",
      "zip 压缩包已损坏或不完整",
      e,
    );
  }
}

function fail(file: string, en: string, zh: string, cause?: unknown): never {
  throw new ImportError(
    "zip",
    file,
    en,
    zh,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * The entry's real name. fflate decodes names flagged UTF-8 as UTF-8 and all
 * others as Latin-1, and does not say which it did; Chinese Windows tools
 * write GBK without the flag, others UTF-8 without it. So a name that is all
 * Latin-1 is re-read from its bytes: as UTF-8 if valid, else as GB18030 if
 * that gives Chinese, else kept.
 */
function entryName(decoded: string): string {
  const name = decoded.replace(/\\/g, "/");
  let top = 0;
  for (let i = 0; i < name.length; i++) top = Math.max(top, name.charCodeAt(i));
  if (top < 0x80 || top > 0xff) return name;
  const raw = Uint8Array.from(name, (c) => c.charCodeAt(0));
  const utf8 = decodeOrNull("utf-8", raw);
  if (utf8 !== null) return utf8;
  const gbk = decodeOrNull("gb18030", raw);
  // Accented Latin-1 pairs (üß) can be valid GB18030 too: accept only what reads as Chinese.
  if (
    gbk !== null &&
    /^[\p{ASCII}\p{Script=Han}\u3000-\u303f\uff00-\uffef]*$/u.test(gbk)
  )
    return gbk;
  return name;
}

function decodeOrNull(label: string, raw: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(raw);
  } catch {
    return null; // not this encoding
  }
}
