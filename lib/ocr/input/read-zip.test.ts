import { Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";

import { readZip } from "./read-zip";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Calls `edit` with the offset of each central-directory entry, so tests can forge headers. */
function forgeCentral(
  zip: Uint8Array,
  edit: (view: DataView, entry: number, index: number) => void,
): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let eocd = copy.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    edit(view, at, i);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return copy;
}

describe("readZip", () => {
  it("reads deflated and stored entries and skips images, folders and system files", () => {
    const zip = zipSync({
      "issue/mets.xml": utf8("<mets/>"),
      "issue/alto/0001.xml": [utf8("<alto/>"), { level: 0 }],
      "issue/images/0001.tif": new Uint8Array([0x49, 0x49, 0x2a, 0]),
      "issue/empty/": new Uint8Array(0),
      "__MACOSX/issue/._mets.xml": utf8("junk"),
      "issue/.DS_Store": utf8("junk"),
    });
    const contents = readZip("issue.zip", zip);
    expect(
      contents.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]),
    ).toEqual([
      ["issue/mets.xml", "<mets/>"],
      ["issue/alto/0001.xml", "<alto/>"],
    ]);
    expect(contents.skipped).toEqual(["issue/images/0001.tif"]);
  });

  it("decodes GBK entry names written without the UTF-8 flag (Chinese Windows zip tools)", () => {
    const zip = zipSync({ "01XX.txt": [utf8("平湖"), { level: 0 }] });
    const bytes = zip.slice();
    // Replace the placeholder "XX" by 版 in GBK (B0 E6) wherever the name is stored.
    for (let i = 0; i + 8 <= bytes.length; i++) {
      if (new TextDecoder().decode(bytes.subarray(i, i + 8)) === "01XX.txt")
        bytes.set([0xb0, 0xe6], i + 2);
    }
    expect(readZip("p.zip", bytes).files[0]!.name).toBe("01版.txt");
  });

  it("keeps UTF-8 names with accented letters that would also read as GB18030", () => {
    const zip = zipSync({ "Grüße/créée.xml": utf8("<alto/>") });
    expect(readZip("de.zip", zip).files.map((f) => f.name)).toEqual([
      "Grüße/créée.xml",
    ]);
  });

  it("reads entries a streaming writer sized only in data descriptors after their data", () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [name, text] of [
      ["alto/0001.xml", "<alto>一</alto>"],
      ["alto/0002.xml", "<alto>二</alto>".repeat(2000)],
    ] as const) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(utf8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const files = readZip("stream.zip", bytes).files;
    expect(files.map((f) => [f.name, f.bytes.length])).toEqual([
      ["alto/0001.xml", utf8("<alto>一</alto>").length],
      ["alto/0002.xml", utf8("<alto>二</alto>").length * 2000],
    ]);
  });

  it("refuses an archive with too many entries", () => {
    const entries = Object.fromEntries(
      Array.from({ length: 1001 }, (_, i) => [`p${i}.txt`, utf8("x")]),
    );
    const e = catchImportError(() =>
      readZip("many.zip", zipSync(entries, { level: 0 })),
    );
    expect(e.code).toBe("zip-limit");
    expect(e.message).toBe(
      "many.zip: the zip archive holds more than 1000 entries, the limit for one upload",
    );
    expect(e.messageZh).toBe(
      "many.zip：zip 压缩包内的文件超过 1000 个，超出一次上传的上限",
    );
  });

  it("stops a zip bomb that declares a small size and inflates to far more", () => {
    const bomb = forgeCentral(
      zipSync({ "p1.xml": new Uint8Array(8 * 1024 * 1024) }),
      (view, at) => view.setUint32(at + 24, 1000, true),
    );
    const e = catchImportError(() => readZip("bomb.zip", bomb));
    expect(e.message).toBe(
      "bomb.zip/p1.xml: the file inflates to more than its declared size; refusing a possible zip bomb",
    );
    expect(e.messageZh).toBe(
      "bomb.zip/p1.xml：解压后的大小超过了声明的大小，疑似 zip 炸弹，已拒绝",
    );
  });

  it("refuses an entry declared larger than one file may be, before inflating it", () => {
    const big = forgeCentral(
      zipSync({ "p1.xml": utf8("<alto/>") }),
      (view, at) => view.setUint32(at + 24, 11 * 1024 * 1024, true),
    );
    expect(catchImportError(() => readZip("big.zip", big)).message).toBe(
      "big.zip/p1.xml: the file is 11 MiB; the limit is 10 MiB",
    );
  });

  it("refuses entries that together declare more than the total limit", () => {
    const entries = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`p${i + 1}.xml`, utf8("<alto/>")]),
    );
    const zip = forgeCentral(zipSync(entries), (view, at) =>
      view.setUint32(at + 24, 9.5 * 1024 * 1024, true),
    );
    const e = catchImportError(() => readZip("issue.zip", zip));
    expect(e.code).toBe("zip-limit");
    expect(e.message).toBe(
      "issue.zip: the files in the zip archive add up to more than 48 MiB",
    );
  });

  it("refuses unsafe paths, encrypted entries, damaged data and truncated archives", () => {
    expect(
      catchImportError(() =>
        readZip("a.zip", zipSync({ "../../etc/evil.xml": utf8("<alto/>") })),
      ).message,
    ).toBe(
      "a.zip: the zip archive contains an unsafe path (../../etc/evil.xml)",
    );
    // AES (method 99 in both headers) is known before inflating; ZipCrypto only reads as damage.
    const aes = forgeCentral(
      zipSync({ "p1.xml": utf8("<alto/>") }),
      (view, at) => {
        view.setUint16(at + 10, 99, true);
        view.setUint16(view.getUint32(at + 42, true) + 8, 99, true);
      },
    );
    expect(catchImportError(() => readZip("b.zip", aes)).message).toBe(
      "b.zip: p1.xml is encrypted; Folio cannot read encrypted archives",
    );
    const scrambled = zipSync({
      "p1.xml": utf8("<alto>平湖日报</alto>".repeat(50)),
    });
    scrambled.fill(0xa5, 40, 60);
    expect(catchImportError(() => readZip("e.zip", scrambled)).message).toBe(
      "e.zip/p1.xml: the compressed data is damaged (or encrypted)",
    );
    const zip = zipSync({ "p1.xml": utf8("<alto>平湖日报</alto>".repeat(50)) });
    const damaged = zip.slice();
    damaged.fill(0xff, 40, 60);
    expect(catchImportError(() => readZip("c.zip", damaged)).message).toBe(
      "c.zip/p1.xml: the compressed data is damaged (or encrypted)",
    );
    expect(
      catchImportError(() => readZip("d.zip", zip.subarray(0, zip.length - 30)))
        .message,
    ).toBe(
      "d.zip: the zip archive is damaged or truncated (no central directory)",
    );
  });
});
