import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";
import {
  fixtureBytes,
  fixtureDirInputs,
  fixtureInput,
  fixtureText,
  zipOf,
} from "@/lib/testing/ocr-fixtures";

import { type OcrInput, readOcrFiles } from "./read-ocr-input";

const REPAIR = { page: null, repair: true };
const utf8 = (s: string) => new TextEncoder().encode(s);

/** GB18030 bytes of BMP text, built from Node's own decoder (Node has no GB encoder). */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (b !== 0x7f && ch.length === 1 && !table.has(ch))
        table.set(ch, [a, b]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]),
    ),
  );
}

const headlines = (doc: ReturnType<typeof readOcrFiles>) =>
  doc.pages.map((p) => p.articles.map((a) => a.headline));

describe("readOcrFiles: text pages", () => {
  it("reads a Markdown page: numbered from its name, original bytes and checksum kept", () => {
    const input = fixtureInput("pages/pinghu-2024-01-p1.md");
    const doc = readOcrFiles([input], REPAIR);
    expect(doc.files).toEqual([
      {
        name: "pinghu-2024-01-p1.md",
        bytes: input.bytes,
        format: "markdown",
        encoding: "UTF-8",
        checksum: createHash("sha256").update(input.bytes).digest("hex"),
      },
    ]);
    expect(doc.files[0]!.bytes).toBe(input.bytes);
    expect(doc.pages.map((p) => [p.number, p.file])).toEqual([
      [1, "pinghu-2024-01-p1.md"],
    ]);
    expect(headlines(doc)[0]).toEqual([
      "不断擦亮高质量外资“金名片”",
      "嘉兴市政协主席陈利众来平走访政协委员",
      "平湖数字乡村获省级“优秀”",
      "实干担当立潮头",
      "勇挑大梁担使命 提质进位走前列",
    ]);
  });

  it("reads the same page saved as GB18030 with CRLF line ends, and as UTF-16LE with a BOM, identically", () => {
    const text = fixtureText("pages/pinghu-2024-01-p1.md");
    const utf8Doc = readOcrFiles(
      [{ name: "p1.md", bytes: utf8(text) }],
      REPAIR,
    );
    const gbDoc = readOcrFiles(
      [{ name: "p1.md", bytes: gb18030(text.replace(/\n/g, "\r\n")) }],
      REPAIR,
    );
    const utf16 = new Uint8Array(2 + text.length * 2);
    const view = new DataView(utf16.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < text.length; i++)
      view.setUint16(2 + i * 2, text.charCodeAt(i), true);
    const utf16Doc = readOcrFiles([{ name: "p1.md", bytes: utf16 }], REPAIR);
    expect(gbDoc.files[0]!.encoding).toBe("GB18030");
    expect(utf16Doc.files[0]!.encoding).toBe("UTF-16LE");
    expect(gbDoc.pages).toEqual(utf8Doc.pages);
    expect(utf16Doc.pages).toEqual(utf8Doc.pages);
  });

  it("numbers several pages by their names and returns them in page order", () => {
    const page = (name: string, headline: string) => ({
      name,
      bytes: utf8(`## ${headline}\n\n本报讯 正文第一段。\n\n正文第二段。\n`),
    });
    const doc = readOcrFiles(
      [page("02版.txt", "第二版头条"), page("p01.md", "第一版头条")],
      { page: 9, repair: true },
    );
    expect(doc.pages.map((p) => [p.number, p.file])).toEqual([
      [1, "p01.md"],
      [2, "02版.txt"],
    ]);
    expect(doc.files.map((f) => [f.name, f.format])).toEqual([
      ["02版.txt", "markdown"],
      ["p01.md", "markdown"],
    ]);
  });

  it("uses the page given for a single file whose name does not say", () => {
    expect(
      readOcrFiles([{ name: "front.md", bytes: utf8("## 头条\n\n正文。\n") }], {
        page: 3,
        repair: true,
      }).pages[0]!.number,
    ).toBe(3);
  });

  it("prefers the page given to the file name of a single page, and says so", () => {
    const doc = readOcrFiles(
      [{ name: "a2.txt", bytes: utf8("## 头条\n\n正文。\n") }],
      { page: 3, repair: true },
    );
    expect(doc.pages.map((p) => [p.number, p.file])).toEqual([[3, "a2.txt"]]);
    expect(doc.warnings).toContainEqual({
      file: "a2.txt",
      page: 3,
      message: "the file name says page 2; using page 3 as given",
    });
  });

  it("takes the number from the file name when no page is given", () => {
    expect(
      readOcrFiles(
        [{ name: "a2.txt", bytes: utf8("## 头条\n\n正文。\n") }],
        REPAIR,
      ).pages[0]!.number,
    ).toBe(2);
  });

  it("asks for the page number when nothing says it", () => {
    const e = catchImportError(() =>
      readOcrFiles(
        [{ name: "front.md", bytes: utf8("## 头条\n\n正文。\n") }],
        REPAIR,
      ),
    );
    expect(e.code).toBe("page-number");
    expect(e.message).toBe(
      "front.md: cannot tell which page this is: give the page number (--page N) or name the file like p01.md or 01版.txt",
    );
    expect(e.messageZh).toBe(
      "front.md：无法确定这是第几版：请指定版次（--page N），或将文件命名为 p01.md、01版.txt 这样的形式",
    );
  });

  it("refuses two files claiming the same page", () => {
    const bytes = utf8("## 头条\n\n正文。\n");
    const e = catchImportError(() =>
      readOcrFiles(
        [
          { name: "p1.md", bytes },
          { name: "page-1.txt", bytes },
        ],
        REPAIR,
      ),
    );
    expect(e.message).toBe("p1.md and page-1.txt are both page 1");
    expect(e.messageZh).toBe("p1.md 和 page-1.txt 都是第 1 版");
  });
});

describe("readOcrFiles: ALTO without METS", () => {
  it("splits the blocks into articles at the headings the layout shows, margins as furniture, and says so", () => {
    const doc = readOcrFiles(
      [fixtureInput("alto/alto-v3-chinese.xml")],
      REPAIR,
    );
    const [page] = doc.pages;
    expect(page).toMatchObject({
      number: 1,
      file: "alto-v3-chinese.xml",
      furniture: ["平湖日报 2024年1月3日 星期三"],
    });
    expect(page!.articles.map((a) => [a.headline, a.deck, a.key])).toEqual([
      ["不断擦亮高质量外资“金名片”", "平湖实际利用外资持续走在全省前列", null],
      ["平湖数字乡村获省级“优秀”", null, null],
    ]);
    expect(page!.articles[0]!.blocks[0]!.text).toMatch(
      /^平湖是高质量外资集聚地，外资经济在平湖经济社会发展中扮演着重要的角色。/,
    );
    expect(doc.repairs.filter((r) => r.kind === "whitespace")[0]).toEqual({
      kind: "whitespace",
      page: 1,
      article: 1,
      block: 0,
      original: "平湖是 高质量",
      replacement: "平湖是高质量",
    });
    expect(doc.warnings).toContainEqual({
      file: "alto-v3-chinese.xml",
      page: 1,
      message: "no METS: articles split where the layout shows headings",
    });
  });

  it("records hyphenation joins and keeps word confidences (ALTO 1.x)", () => {
    const doc = readOcrFiles(
      [fixtureInput("alto/alto-v1-docworks.xml")],
      REPAIR,
    );
    const article = doc.pages[0]!.articles[0]!;
    expect(doc.pages[0]!.number).toBe(5); // PRINTED_IMG_NR
    expect(article.headline).toBe("Neue Brücke für die Stadt");
    expect(article.blocks.map((b) => b.text)).toEqual([
      "Die Stadtverwaltung hat am Montag den Bau einer neuen Brücke beschlossen. Die Zeitung berichtete über die Planung seit Jahren.",
      "Der Bürgermeister sprach von einem wichtigen Tag für die Region.",
    ]);
    expect(doc.repairs).toEqual([
      {
        kind: "hyphenation",
        page: 5,
        article: 1,
        block: 0,
        original: "Brü-\ncke",
        replacement: "Brücke",
      },
      {
        kind: "hyphenation",
        page: 5,
        article: 1,
        block: 0,
        original: "Pla-\nnung",
        replacement: "Planung",
      },
    ]);
    expect(article.words).toEqual([
      { block: 0, offset: 54, text: "Brücke", wc: 0.88, cc: "010020" },
      { block: 1, offset: 35, text: "wichtigen", wc: 0.42, cc: "000790000" },
    ]);
    const word = article.words[1]!;
    expect(
      article.blocks[word.block]!.text.slice(
        word.offset,
        word.offset + word.text.length,
      ),
    ).toBe("wichtigen");
  });

  it("leaves hyphenated words as printed without repairs", () => {
    const doc = readOcrFiles([fixtureInput("alto/alto-v1-docworks.xml")], {
      page: null,
      repair: false,
    });
    expect(doc.repairs).toEqual([]);
    expect(doc.pages[0]!.articles[0]!.blocks[0]!.text).toBe(
      "Die Stadtverwaltung hat am Montag den Bau einer neuen Brü-cke beschlossen. Die Zeitung berichtete über die Pla-nung seit Jahren.",
    );
  });

  it("follows the ReadingOrder and lets the column-break repair join the columns", () => {
    const doc = readOcrFiles([fixtureInput("alto/alto-v4-reading-order.xml")], {
      page: 1,
      repair: true,
    });
    const article = doc.pages[0]!.articles[0]!;
    expect(article.headline).toBe("实干担当立潮头");
    expect(article.bylines).toEqual([
      { role: "commentator", label: "本报评论员", names: [] },
    ]);
    expect(article.blocks.map((b) => b.text)).toEqual([
      "实干担当立潮头，创新争先是核心。何以破题？惟创新者进，惟创新者强，惟创新者胜。“天高海阔凭鱼跃”，我们要在激烈的竞争中擦亮璀璨明珠的光彩。",
    ]);
    expect(doc.repairs.map((r) => [r.kind, r.original, r.replacement])).toEqual(
      [["column-break", "惟创\n\n新者胜", "惟创新者胜"]],
    );
  });

  it("follows IDNEXT chains", () => {
    const article = readOcrFiles([fixtureInput("alto/alto-idnext.xml")], {
      page: 2,
      repair: true,
    }).pages[0]!.articles[0]!;
    expect(article.headline).toBe("嘉兴市政协主席陈利众来平走访政协委员");
    expect(article.blocks.map((b) => b.text.slice(0, 6))).toEqual([
      "昨天下午，嘉",
      "会上，还传达",
    ]);
  });

  it("prefers the page given to the file name and PRINTED_IMG_NR of a single ALTO page", () => {
    const alto = fixtureBytes("alto/alto-v1-docworks.xml"); // PRINTED_IMG_NR 5
    const named = readOcrFiles([{ name: "p4.xml", bytes: alto }], {
      page: 3,
      repair: true,
    });
    expect(named.pages[0]!.number).toBe(3);
    expect(named.repairs.map((r) => r.page)).toEqual([3, 3]);
    expect(named.warnings).toContainEqual({
      file: "p4.xml",
      page: 3,
      message: "the file name says page 4; using page 3 as given",
    });
    const unnamed = readOcrFiles([{ name: "scan.xml", bytes: alto }], {
      page: 3,
      repair: true,
    });
    expect(unnamed.pages[0]!.number).toBe(3);
    expect(unnamed.warnings).toContainEqual({
      file: "scan.xml",
      page: 3,
      message: "the ALTO (PRINTED_IMG_NR) says page 5; using page 3 as given",
    });
    expect(
      readOcrFiles([{ name: "p4.xml", bytes: alto }], REPAIR).pages[0]!.number,
    ).toBe(4);
  });

  it("asks for the page number of an ALTO page nothing numbers", () => {
    expect(
      catchImportError(() =>
        readOcrFiles([fixtureInput("alto/alto-v2-english.xml")], REPAIR),
      ).code,
    ).toBe("page-number");
    expect(
      readOcrFiles([fixtureInput("alto/alto-v2-english.xml")], {
        page: 7,
        repair: true,
      }).pages[0]!.number,
    ).toBe(7);
  });
});

describe("readOcrFiles: METS issues", () => {
  const issue = () => fixtureDirInputs("mets/issue-2024-01-03");

  it("builds one article per page part, sharing the METS key, with jumps between the parts", () => {
    const doc = readOcrFiles(issue(), REPAIR);
    expect(doc.files.map((f) => [f.name, f.format])).toEqual([
      ["alto/0001.xml", "alto"],
      ["alto/0002.xml", "alto"],
      ["mets.xml", "mets"],
    ]);
    expect(doc.pages.map((p) => [p.number, p.file])).toEqual([
      [1, "alto/0001.xml"],
      [2, "alto/0002.xml"],
    ]);
    const [p1, p2] = doc.pages;
    expect(p1!.articles.map((a) => [a.key, a.headline, a.jumps])).toEqual([
      [
        "ART1",
        "勇挑大梁担使命 提质进位走前列",
        [{ direction: "to", page: 2, marker: "" }],
      ],
      // The printed marker says what METS says: no second jump.
      [
        "ART2",
        "平湖数字乡村获省级“优秀”",
        [{ direction: "to", page: 2, marker: "（下转2版）" }],
      ],
    ]);
    expect(p2!.articles.map((a) => [a.key, a.headline, a.jumps])).toEqual([
      ["ART1", null, [{ direction: "from", page: 1, marker: "" }]],
      ["ART2", null, [{ direction: "from", page: 1, marker: "（上接1版）" }]],
    ]);
  });

  it("reads METS roles as hints: deck, byline, body; the section as rubric", () => {
    const art1 = readOcrFiles(issue(), REPAIR).pages[0]!.articles[0]!;
    expect(art1).toMatchObject({
      deck: "访市委常委、平湖经济技术开发区党工委书记何苗",
      bylines: [
        { role: "reporter", label: "记者", names: ["李雨婷", "黄雨欣"] },
      ],
      rubric: "一把手访谈",
    });
    expect(art1.blocks.map((b) => b.text.slice(0, 5))).toEqual([
      "开局就奔跑",
      "奋勇前行，",
    ]);
  });

  // Issue 13 item 11: a long unclaimed block nothing places is kept for an editor, never a headless article.
  it("puts short unclaimed blocks in the furniture and keeps long ones nothing places as unlinked blocks, with a warning", () => {
    const doc = readOcrFiles(issue(), REPAIR);
    expect(doc.pages[0]!.furniture).toEqual([
      "平湖日报 2024年1月3日 星期三 第1版",
      "图为钟埭街道新开工项目现场",
    ]);
    expect(
      doc.pages[0]!.unlinked?.map((u) => [u.id, u.after, u.text.slice(0, 6)]),
    ).toEqual([["P1_TB11", "ART2", "市气象台预报"]]);
    expect(doc.warnings).toEqual([
      {
        file: "alto/0001.xml",
        page: 1,
        message:
          "1 text block(s) not in any METS article and placed by nothing; kept as unlinked blocks for an editor to place",
      },
    ]);
  });

  it("reads a METS issue from a zip, skipping the page images beside it", () => {
    const inputs: OcrInput[] = [
      ...issue().map((f) => ({
        name: `pinghu-2024-01-03/${f.name}`,
        bytes: f.bytes,
      })),
      {
        name: "pinghu-2024-01-03/images/0001.tif",
        bytes: new Uint8Array([0x49, 0x49, 0x2a, 0]),
      },
    ];
    const doc = readOcrFiles(
      [{ name: "issue.zip", bytes: zipOf(inputs) }],
      REPAIR,
    );
    expect(doc.pages.map((p) => [p.number, p.file, p.articles.length])).toEqual(
      [
        [1, "pinghu-2024-01-03/alto/0001.xml", 2],
        [2, "pinghu-2024-01-03/alto/0002.xml", 2],
      ],
    );
    expect(doc.warnings).toContainEqual({
      file: null,
      page: null,
      message:
        "skipped 1 file(s) that are not OCR text: pinghu-2024-01-03/images/0001.tif",
    });
  });

  it("reads a structLink (smLinkGrp) METS and numbers the page from its ORDERLABEL", () => {
    const doc = readOcrFiles(fixtureDirInputs("mets/smlink-issue"), REPAIR);
    expect(doc.pages.map((p) => [p.number, p.furniture])).toEqual([
      [3, ["第3版 综合"]],
    ]);
    expect(
      doc.pages[0]!.articles.map((a) => [a.key, a.headline, a.dateline]),
    ).toEqual([
      ["LOG_2", "市政协召开专题协商会", "本报讯"],
      ["LOG_3", "独山港镇开展冬季消防安全检查", "本报讯"],
    ]);
  });

  it("keeps the METS page numbers whatever page is given", () => {
    expect(
      readOcrFiles(issue(), { page: 7, repair: true }).pages.map(
        (p) => p.number,
      ),
    ).toEqual([1, 2]);
  });

  it("refuses a METS file that refers to an ALTO file not given", () => {
    const e = catchImportError(() =>
      readOcrFiles(
        issue().filter((f) => f.name !== "alto/0002.xml"),
        REPAIR,
      ),
    );
    expect(e.code).toBe("missing-file");
    expect(e.message).toBe(
      "mets.xml: the METS refers to file://./alto/0002.xml, which is not among the files given",
    );
    expect(e.messageZh).toBe(
      "mets.xml：METS 文件引用的 file://./alto/0002.xml 不在所给的文件中",
    );
  });

  it("refuses METS articles that claim the same lines over and over", () => {
    const lines = Array.from(
      { length: 1000 },
      (_, i) => `<TextLine><String CONTENT="第${i}行"/></TextLine>`,
    ).join("");
    const alto = `<alto><Layout><Page ID="P1"><PrintSpace><TextBlock ID="TB1">${lines}</TextBlock></PrintSpace></Page></Layout></alto>`;
    const articles = Array.from(
      { length: 1001 },
      (_, i) =>
        `<div ID="ART${i}" TYPE="article"><fptr><area FILEID="F1" BEGIN="TB1"/></fptr></div>`,
    );
    const mets = (href: string) =>
      `<mets xmlns:xlink="x"><fileSec><fileGrp USE="ALTO"><file ID="F1" MIMETYPE="text/xml"><FLocat xlink:href="${href}"/></file></fileGrp></fileSec>` +
      `<structMap TYPE="PHYSICAL"><div TYPE="page" ORDER="1"><fptr FILEID="F1"/></div></structMap><structMap TYPE="LOGICAL">${articles.join("")}</structMap></mets>`;
    const e = catchImportError(() =>
      readOcrFiles(
        [
          { name: "mets.xml", bytes: utf8(mets("p1.xml")) },
          { name: "p1.xml", bytes: utf8(alto) },
        ],
        REPAIR,
      ),
    );
    expect(e.code).toBe("mets");
    expect(e.message).toBe(
      "mets.xml: the METS articles claim more than 1,000,000 lines of ALTO text in all (the same lines over and over?); that is the limit for one issue",
    );
    expect(e.messageZh).toBe(
      "mets.xml：METS 文件中的文章共引用了超过 1,000,000 行 ALTO 文字（是否反复引用了同样的内容？），超出一期的上限",
    );
    const long = catchImportError(() =>
      readOcrFiles(
        [
          {
            name: "mets.xml",
            bytes: utf8(mets(`${"x/".repeat(50_000)}p2.xml`)),
          },
          { name: "p1.xml", bytes: utf8(alto) },
        ],
        REPAIR,
      ),
    );
    expect(long.message).toBe(
      `mets.xml: the METS refers to ${"x/".repeat(100)}…, which is not among the files given`,
    );
  });

  it("refuses a METS file without pages", () => {
    const e = catchImportError(() =>
      readOcrFiles(
        [
          {
            name: "mets.xml",
            bytes: utf8('<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>'),
          },
        ],
        REPAIR,
      ),
    );
    expect(e.message).toBe(
      "mets.xml: the METS file lists no pages (no physical structMap with page divs)",
    );
  });

  it("refuses two METS files at once", () => {
    const mets = fixtureBytes("mets/issue-2024-01-03/mets.xml");
    const e = catchImportError(() =>
      readOcrFiles(
        [...issue(), { name: "copy/mets.xml", bytes: mets }],
        REPAIR,
      ),
    );
    expect(e.message).toBe(
      "Found 2 METS files (mets.xml, copy/mets.xml); import one issue at a time",
    );
  });

  it("warns about files the METS does not use", () => {
    const doc = readOcrFiles(
      [...issue(), { name: "notes.md", bytes: utf8("## 备注\n\n正文。\n") }],
      REPAIR,
    );
    expect(doc.warnings).toContainEqual({
      file: "notes.md",
      page: null,
      message: "not referenced by the METS file; ignored",
    });
    expect(doc.files.map((f) => f.name)).not.toContain("notes.md");
  });
});

describe("readOcrFiles: hostile and broken input", () => {
  const one = (name: string, bytes: Uint8Array) => () =>
    readOcrFiles([{ name, bytes }], { page: 1, repair: true });
  const alto = fixtureText("alto/alto-v3-chinese.xml");

  it.each([
    [
      "truncated XML",
      "pinghu-p3.xml",
      utf8(alto.split("\n").slice(0, 30).join("\n")),
      "pinghu-p3.xml: the XML is truncated (line 30)",
    ],
    [
      "an external entity (XXE)",
      "p1.xml",
      utf8(
        '<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/passwd">]><alto>&x;</alto>',
      ),
      "p1.xml: the XML declares entities (<!ENTITY …>), which Folio refuses to read for security reasons (XXE, entity expansion)",
    ],
    [
      "billion laughs",
      "p1.xml",
      utf8(
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><alto>&lol2;</alto>',
      ),
      "p1.xml: the XML declares entities (<!ENTITY …>), which Folio refuses to read for security reasons (XXE, entity expansion)",
    ],
    [
      "a PNG image",
      "p1.txt",
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0,
      ]),
      "p1.txt: this is a PNG image, not OCR text or XML",
    ],
    ["an empty file", "p1.md", new Uint8Array(0), "p1.md: the file is empty"],
    [
      "undecodable bytes",
      "p1.txt",
      new Uint8Array([0xc6, 0xbd, 0xff, 0xfe, 0x80]),
      "p1.txt: the text is neither UTF-8, UTF-16 nor GB18030 (invalid bytes at byte 2); save it as UTF-8 and try again",
    ],
    [
      "XML that is neither ALTO nor METS",
      "p1.xml",
      utf8("<html><body>平湖</body></html>"),
      "p1.xml: this XML (root <html>) is neither ALTO nor METS",
    ],
  ])("refuses %s with a clear message", (_label, name, bytes, message) => {
    const e = catchImportError(one(name, bytes));
    expect(e.message).toBe(message);
    expect(e.messageZh).not.toBe("");
  });

  it("refuses a file over the size limit", () => {
    const e = catchImportError(
      one("p1.txt", new Uint8Array(25 * 1024 * 1024).fill(0x41)),
    );
    expect(e.code).toBe("too-large");
    expect(e.message).toBe(
      "p1.txt: the file is 25 MiB; the limit for one file is 10 MiB",
    );
    expect(e.messageZh).toBe(
      "p1.txt：文件大小为 25 MiB，超过单个文件的上限 10 MiB",
    );
  });

  it("refuses a zip with too many files", () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      name: `p${i}.md`,
      bytes: utf8("x"),
    }));
    expect(catchImportError(one("issue.zip", zipOf(many))).message).toBe(
      "issue.zip: the zip archive holds more than 1000 entries, the limit for one upload",
    );
  });

  it("refuses a zip bomb", () => {
    const zip = zipOf([
      { name: "p1.xml", bytes: new Uint8Array(4 * 1024 * 1024) },
    ]);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const central = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(central + 24, 100, true); // declare 100 bytes
    expect(catchImportError(one("bomb.zip", zip)).message).toBe(
      "bomb.zip/p1.xml: the file inflates to more than its declared size; refusing a possible zip bomb",
    );
  });

  it("refuses an empty input", () => {
    expect(catchImportError(() => readOcrFiles([], REPAIR)).message).toBe(
      "No OCR files to import (text, Markdown, ALTO or METS)",
    );
  });
});
