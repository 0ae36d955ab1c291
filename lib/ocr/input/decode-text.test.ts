import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";

import { decodeText } from "./decode-text";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++, at += 2)
    view.setUint16(at, s.charCodeAt(i), littleEndian);
  return out;
}

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(utf8("平湖日报\n第1版"))).toEqual({
      text: "平湖日报\n第1版",
      encoding: "UTF-8",
    });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    expect(
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("## 平湖")])),
    ).toEqual({ text: "## 平湖", encoding: "UTF-8 BOM" });
  });

  it("reads UTF-16LE and UTF-16BE with a BOM", () => {
    expect(decodeText(utf16("<alto>平湖</alto>", true, true))).toEqual({
      text: "<alto>平湖</alto>",
      encoding: "UTF-16LE",
    });
    expect(decodeText(utf16("<alto>平湖</alto>", false, true))).toEqual({
      text: "<alto>平湖</alto>",
      encoding: "UTF-16BE",
    });
  });

  it("recognises UTF-16 without a BOM by its NUL bytes", () => {
    const xml = '<?xml version="1.0"?><alto><String CONTENT="平湖"/></alto>';
    expect(decodeText(utf16(xml, true, false))).toEqual({
      text: xml,
      encoding: "UTF-16LE",
    });
    expect(decodeText(utf16(xml, false, false))).toEqual({
      text: xml,
      encoding: "UTF-16BE",
    });
  });

  it("reads GB18030 (GBK) bytes: 平湖 is C6BD BAFE", () => {
    const gb = bytes(0xc6, 0xbd, 0xba, 0xfe, 0x0a, 0xc8, 0xd5, 0xb1, 0xa8); // 平湖\n日报
    expect(decodeText(gb)).toEqual({ text: "平湖\n日报", encoding: "GB18030" });
  });

  it("normalises CRLF and CR line ends", () => {
    expect(decodeText(utf8("第一段\r\n第二段\r第三段")).text).toBe(
      "第一段\n第二段\n第三段",
    );
  });

  it("honours an XML declaration naming a single-byte encoding", () => {
    const xml = [
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a>F'),
      0xfc,
      ...utf8("r</a>"),
    ];
    expect(decodeText(new Uint8Array(xml))).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>Für</a>',
      encoding: "windows-1252",
    });
  });

  it("rejects an empty file", () => {
    const e = catchImportError(() => decodeText(new Uint8Array(0), "p1.md"));
    expect(e.message).toBe("p1.md: the file is empty");
    expect(e.messageZh).toBe("p1.md：文件为空");
    expect(e.file).toBe("p1.md");
  });

  it("rejects a file with only whitespace (ideographic spaces included)", () => {
    const e = catchImportError(() =>
      decodeText(utf8(" \n\t\u3000\r\n"), "p1.md"),
    );
    expect(e.message).toBe("p1.md: the file contains only whitespace");
    expect(e.messageZh).toBe("p1.md：文件只有空白，没有文字");
  });

  it("rejects a PNG image by its magic number", () => {
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
    );
    const e = catchImportError(() => decodeText(png, "scan.png"));
    expect(e.message).toBe(
      "scan.png: this is a PNG image, not OCR text or XML",
    );
    expect(e.messageZh).toBe(
      "scan.png：这是 PNG 图片，不是 OCR 文本或 XML 文件",
    );
  });

  it("rejects a PDF", () => {
    expect(
      catchImportError(() => decodeText(utf8("%PDF-1.7\n..."), "p1.pdf"))
        .message,
    ).toBe("p1.pdf: this is a PDF document, not OCR text or XML");
  });

  it("rejects binary data full of control bytes", () => {
    const data = new Uint8Array(200).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41));
    expect(catchImportError(() => decodeText(data, "blob.txt")).message).toBe(
      "blob.txt: this looks like a binary file, not OCR text or XML (it contains control bytes)",
    );
  });

  it("rejects bytes that are neither UTF-8 nor GB18030", () => {
    // 0x80 and 0xFF are invalid lead bytes in both encodings.
    const bad = new Uint8Array([...utf8("平湖"), 0x80, 0xff, 0x41]);
    const e = catchImportError(() => decodeText(bad, "p3.txt"));
    expect(e.code).toBe("undecodable");
    expect(e.message).toBe(
      "p3.txt: the text is neither UTF-8, UTF-16 nor GB18030 (invalid bytes at byte 6); save it as UTF-8 and try again",
    );
    expect(e.messageZh).toBe(
      "p3.txt：无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030（第 6 字节处有无效字节）；请另存为 UTF-8 后重试",
    );
  });

  it("rejects a UTF-16 BOM followed by broken UTF-16", () => {
    const e = catchImportError(() =>
      decodeText(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00), "p1.txt"),
    );
    expect(e.message).toBe(
      "p1.txt: the file starts like UTF-16LE text but contains invalid UTF-16LE bytes",
    );
  });
});
