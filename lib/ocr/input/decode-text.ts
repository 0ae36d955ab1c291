// Turns the bytes of one input file into text, detecting the encoding from the
// bytes themselves: Chinese OCR tools still write GBK/GB18030, Windows tools
// UTF-16, and editors should never have to say which.
import { ImportError } from "../import-error";
import { sniffBinary } from "./sniff-binary";

export interface DecodedText {
  /** The text with any BOM removed and line endings normalised to "\n". */
  text: string;
  /** "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030", or an XML-declared single-byte encoding. */
  encoding: string;
}

/**
 * Order of detection: byte-order mark; UTF-16 recognised by its NUL bytes;
 * valid UTF-8 (which no GB18030 Chinese text of any length passes by
 * accident); the encoding an XML declaration names; GB18030 (a superset of
 * GBK and GB2312). Decoders are fatal, so nothing is ever silently replaced
 * by U+FFFD. `name` only labels errors.
 */
export function decodeText(
  bytes: Uint8Array,
  name: string | null = null,
): DecodedText {
  if (bytes.length === 0)
    throw new ImportError("empty", name, "the file is empty", "文件为空");
  const binary = sniffBinary(bytes);
  if (binary) {
    throw new ImportError(
      "binary",
      name,
      `this is ${binary.kind}, not OCR text or XML`,
      `这是 ${binary.kindZh}，不是 OCR 文本或 XML 文件`,
    );
  }

  const decoded = decodeBytes(bytes, name);
  assertNotBinary(decoded.text, name);
  const text = normalizeNewlines(decoded.text);
  if (text.trim() === "") {
    throw new ImportError(
      "empty",
      name,
      "the file contains only whitespace",
      "文件只有空白，没有文字",
    );
  }
  return { text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array, name: string | null): DecodedText {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return decodeAs(bytes, "utf-8", "UTF-8 BOM", name);
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    throw new ImportError(
      "undecodable",
      name,
      "UTF-32 text is not supported; save it as UTF-8",
      "不支持 UTF-32 编码，请另存为 UTF-8",
    );
  }
  if (b0 === 0xff && b1 === 0xfe)
    return decodeAs(bytes, "utf-16le", "UTF-16LE", name);
  if (b0 === 0xfe && b1 === 0xff)
    return decodeAs(bytes, "utf-16be", "UTF-16BE", name);

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16)
    return decodeAs(
      bytes,
      utf16 === "LE" ? "utf-16le" : "utf-16be",
      `UTF-16${utf16}`,
      name,
    );

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "UTF-8" };

  const declared = xmlDeclaredEncoding(bytes);
  if (declared && !/^utf-?(8|16)/i.test(declared)) {
    const label = decoderEncoding(declared);
    if (label && label !== "gbk" && label !== "gb18030") {
      const text = tryDecode(bytes, label);
      if (text !== null) return { text, encoding: label };
    }
  }

  const gb = tryDecode(bytes, "gb18030");
  if (gb !== null) return { text: gb, encoding: "GB18030" };

  const at = firstInvalidUtf8(bytes);
  throw new ImportError(
    "undecodable",
    name,
    `the text is neither UTF-8, UTF-16 nor GB18030 (invalid bytes at byte ${at}); save it as UTF-8 and try again`,
    `无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030（第 ${at} 字节处有无效字节）；请另存为 UTF-8 后重试`,
  );
}

function decodeAs(
  bytes: Uint8Array,
  label: string,
  encoding: string,
  name: string | null,
): DecodedText {
  const text = tryDecode(bytes, label);
  if (text === null) {
    throw new ImportError(
      "undecodable",
      name,
      `the file starts like ${encoding} text but contains invalid ${encoding} bytes`,
      `文件开头标明为 ${encoding} 编码，但内容含有无效的 ${encoding} 字节`,
    );
  }
  return { text, encoding };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM: false (the default) drops a leading BOM of the decoded encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // A fatal decoder throws TypeError on the first invalid sequence: "not this encoding".
    return null;
  }
}

function decoderEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // RangeError: a label the WHATWG encoding standard does not know.
    return null;
  }
}

/**
 * UTF-16 without a BOM shows up as NULs in every other byte for ASCII-range
 * text (XML markup, digits, Latin). Only accept the pattern when one parity
 * has no NULs at all and the other a good share; CJK-only UTF-16 without a
 * BOM has no NULs and is left to fail as undecodable.
 */
function utf16ByNulPattern(bytes: Uint8Array): "LE" | "BE" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (even === 0 && odd >= pairs * 0.2) return "LE";
  if (odd === 0 && even >= pairs * 0.2) return "BE";
  return null;
}

/** `encoding="…"` from an XML declaration at the very start, read as ASCII. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(
    ...bytes.subarray(0, Math.min(bytes.length, 200)),
  );
  const decl =
    /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return decl?.[1] ?? null;
}

// Control characters other than tab, newline, form feed and carriage return
// never appear in OCR text; NUL (not explained by UTF-16) marks binary data.
// eslint-disable-next-line no-control-regex -- finding control bytes is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

function assertNotBinary(text: string, name: string | null): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!CONTROL.test(sample)) return;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) controls = Infinity;
    else if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) ||
      c === 0x7f
    )
      controls++;
  }
  if (controls > Math.max(8, sample.length / 100)) {
    throw new ImportError(
      "binary",
      name,
      "this looks like a binary file, not OCR text or XML (it contains control bytes)",
      "这像是二进制文件，不是 OCR 文本或 XML 文件（含有控制字符）",
    );
  }
}

function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Byte offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
