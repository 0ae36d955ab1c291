// One input file as the importer first sees it: size-checked, decoded, its
// format detected from the content, its checksum taken over the original
// bytes (which are kept untouched for the record).
import { createHash } from "node:crypto";

import { formatBytes } from "@/lib/format-bytes";

import { ImportError } from "../import-error";
import type { OcrFile, OcrFormat } from "../types";
import { decodeText } from "./decode-text";
import { detectFormat } from "./detect-format";
import { INPUT_LIMITS } from "./input-limits";

export interface InputFile extends Omit<OcrFile, "format"> {
  text: string;
  /** "other-xml" is XML that is neither ALTO nor METS. */
  format: OcrFormat | "other-xml";
  /** The XML root's local name (lower-case), null for text. */
  root: string | null;
}

/**
 * One file as the importer first sees it: decoded, its format detected, its
 * SHA-256 taken over the original bytes. Throws an ImportError ("too-large"
 * past INPUT_LIMITS.maxFileBytes, or maxTextFileBytes for a text page; or
 * decodeText's) for a file it cannot read.
 */
export function readInputFile(name: string, bytes: Uint8Array): InputFile {
  if (bytes.length > INPUT_LIMITS.maxFileBytes) {
    throw new ImportError(
      "too-large",
      name,
      `the file is ${formatBytes(bytes.length)}; the limit for one file is ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
      `文件大小为 ${formatBytes(bytes.length)}，超过单个文件的上限 ${formatBytes(INPUT_LIMITS.maxFileBytes)}`,
    );
  }
  const { text, encoding } = decodeText(bytes, name);
  const { format, root } = detectFormat(name, text);
  if (
    (format === "markdown" || format === "plain-text") &&
    bytes.length > INPUT_LIMITS.maxTextFileBytes
  ) {
    // Segmenting and storing text costs far more per byte than reading XML: a tighter bound.
    throw new ImportError(
      "too-large",
      name,
      `the text page is ${formatBytes(bytes.length)}; the limit for a text page is ${formatBytes(INPUT_LIMITS.maxTextFileBytes)}`,
      `文本版面大小为 ${formatBytes(bytes.length)}，超过文本版面的上限 ${formatBytes(INPUT_LIMITS.maxTextFileBytes)}`,
    );
  }
  const checksum = createHash("sha256").update(bytes).digest("hex");
  return { name, bytes, encoding, checksum, text, format, root };
}
