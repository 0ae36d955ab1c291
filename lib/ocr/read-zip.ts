// Reads the OCR files out of a zip archive, defensively: entry count, each
// entry's declared size and the running total are checked against
// INPUT_LIMITS before anything is inflated, and inflating stops the moment
// an entry produces more than it declared (a zip bomb lies about its sizes).
// Page images and other binaries vendors ship alongside are skipped unread.
import { Inflate } from "fflate";

import { ImportError } from "./import-error";
import { formatBytes, INPUT_LIMITS } from "./input-limits";
import { isNonOcrFile, isSystemFile } from "./non-ocr-file";

export interface ZipContents {
  files: { name: string; bytes: Uint8Array }[];
  /** Entries not read (images, PDFs, nested archives), for a warning. */
  skipped: string[];
}

/** Deflate can expand ~1000×; small input slices keep each inflate step's output small. */
const INFLATE_SLICE = 16 * 1024;

export function readZip(zipName: string, bytes: Uint8Array): ZipContents {
  const fail = (en: string, zh: string): never => {
    throw new ImportError("zip", zipName, en, zh);
  };
  if (bytes.length > INPUT_LIMITS.maxZipBytes) {
    throw new ImportError(
      "too-large",
      zipName,
      `the zip archive is ${formatBytes(bytes.length)}; the limit is ${formatBytes(INPUT_LIMITS.maxZipBytes)}`,
      `zip 压缩包大小为 ${formatBytes(bytes.length)}，超过上限 ${formatBytes(INPUT_LIMITS.maxZipBytes)}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  if (eocd < 0) return fail("the zip archive is damaged or truncated (no central directory)", "zip 压缩包已损坏或不完整（找不到中央目录）");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return fail("ZIP64 archives are not supported", "不支持 ZIP64 格式的压缩包");
  if (count > INPUT_LIMITS.maxFiles) {
    throw new ImportError(
      "zip-limit",
      zipName,
      `the zip archive holds ${count} entries; the limit is ${INPUT_LIMITS.maxFiles}`,
      `zip 压缩包内有 ${count} 个文件，超过上限 ${INPUT_LIMITS.maxFiles} 个`,
    );
  }

  // First pass: the whole directory is checked against the limits before anything is inflated.
  const contents: ZipContents = { files: [], skipped: [] };
  const wanted: { name: string; method: number; local: number; compressed: number; size: number }[] = [];
  const names = new Set<string>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      return fail("the zip archive's directory is damaged", "zip 压缩包的目录已损坏");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    at = next;

    if (name.startsWith("/") || /(^|\/)\.\.(\/|$)/.test(name) || /^[A-Za-z]:/.test(name)) {
      return fail(`the zip archive contains an unsafe path (${name})`, `zip 压缩包中有不安全的路径（${name}）`);
    }
    if (name.endsWith("/") || isSystemFile(name)) continue;
    if (isNonOcrFile(name)) {
      contents.skipped.push(name);
      continue;
    }
    if (names.has(name)) return fail(`the zip archive contains ${name} twice`, `zip 压缩包中 ${name} 出现了两次`);
    names.add(name);
    if (flags & 0x1) return fail(`${name} is encrypted; Folio cannot read encrypted archives`, `${name} 已加密，无法读取加密的压缩包`);
    if (size > INPUT_LIMITS.maxFileBytes) {
      throw new ImportError(
        "too-large",
        `${zipName}/${name}`,
        `the file is ${formatBytes(size)}; the limit is ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
        `文件大小为 ${formatBytes(size)}，超过上限 ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
      );
    }
    total += size;
    if (total > INPUT_LIMITS.maxTotalBytes) {
      throw new ImportError(
        "zip-limit",
        zipName,
        `the files in the zip archive add up to more than ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
        `zip 压缩包内的文件合计超过 ${formatBytes(INPUT_LIMITS.maxTotalBytes)}`,
      );
    }
    wanted.push({ name, method, local, compressed, size });
  }

  for (const entry of wanted) {
    const data = entryData(bytes, view, entry.local, entry.compressed);
    if (!data) return fail(`the zip archive is damaged (${entry.name})`, `zip 压缩包已损坏（${entry.name}）`);
    contents.files.push({ name: entry.name, bytes: extract(zipName, entry.name, entry.method, data, entry.size) });
  }
  return contents;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

function entryData(bytes: Uint8Array, view: DataView, local: number, compressed: number): Uint8Array | null {
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressed > bytes.length) return null;
  return bytes.subarray(start, start + compressed);
}

function extract(zipName: string, name: string, method: number, data: Uint8Array, declared: number): Uint8Array {
  const fail = (en: string, zh: string): never => {
    throw new ImportError("zip", `${zipName}/${name}`, en, zh);
  };
  const bomb = () =>
    fail(
      "the file inflates to more than its declared size; refusing a possible zip bomb",
      "解压后的大小超过了声明的大小，疑似 zip 炸弹，已拒绝",
    );
  if (method === 0) {
    if (data.length !== declared) return fail("the stored file's size does not match the archive's directory", "文件大小与压缩包目录不符");
    return data.slice();
  }
  if (method !== 8) return fail(`unsupported compression method ${method}`, `不支持的压缩方式 ${method}`);

  const out = new Uint8Array(declared);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > declared) bomb();
    out.set(chunk, size);
    size += chunk.length;
  });
  try {
    for (let off = 0; off < data.length; off += INFLATE_SLICE) {
      inflater.push(data.subarray(off, off + INFLATE_SLICE), off + INFLATE_SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // fflate throws plain Errors ("invalid block type", "unexpected EOF") for corrupt data.
    return fail("the compressed data is damaged", "压缩数据已损坏");
  }
  if (size !== declared) return fail("the file is shorter than the archive's directory says", "文件比压缩包目录所述的短");
  return out;
}

/** Entry names are UTF-8 when flagged; Chinese Windows tools write GBK without the flag. */
function entryName(raw: Uint8Array, utf8: boolean): string {
  const attempts = utf8 ? ["utf-8"] : ["utf-8", "gb18030"];
  for (const label of attempts) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(raw).replace(/\\/g, "/");
    } catch {
      // Not this encoding; try the next.
    }
  }
  return new TextDecoder("latin1").decode(raw).replace(/\\/g, "/");
}
