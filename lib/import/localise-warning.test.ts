import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import { localiseWarning, warningInChinese } from "./localise-warning";

/** Every warning template the pipeline writes, filled in as it fills them. */
const TEMPLATES = [
  "no METS: articles split where the layout shows headings",
  "no METS article on this page: articles split where the layout shows headings",
  "12 text block(s) not in any METS article; imported as articles split where the layout shows headings",
  "no text found on this page",
  "no article found on the page",
  "referenced by the METS but not ALTO; ignored",
  "page 3 has no ALTO file; skipped",
  "article DIV12 has no text blocks on any page; skipped",
  "articles refer to file(s) no page has (F1, F2); those parts are ignored",
  "2 METS area(s) name block IDs not found in their ALTO file (TB1, TB2); ignored",
  "ORDERLABELs 1, 1 are not a page sequence; pages numbered by their scan ORDER (1, 2) instead",
  "2 <Page> elements in one ALTO file; read as one page",
  "ReadingOrder refers to 1 unknown ID(s) (X); ignored",
  "skipped 2 file(s) that are not OCR text: a.jpg, b.pdf",
  "not referenced by the METS file; ignored",
  "XML with root <html> is neither ALTO nor METS; ignored",
  "cannot tell which page this is; the page number is left empty",
  "the file name says page 2; using page 3 as given",
  "page 7 was given for 2 files; each file's page number is read from its name or content instead",
  "the ALTO (PRINTED_IMG_NR) says page 2; using page 3 as given",
  "front matter says page 2; using page 3",
  "article 2: unreadable byline kept as printed: 记者 ■",
  "article 1: jump marker （下转?版） dropped: the page number is unknown",
  "text before the first headline read as the rest of an article from another page",
  "text after the jump marker （下转2版） kept in article 3",
  "Several articles jump to page 2 and their headlines do not say which continues where; the continuation at position 1 was joined by page order. Check the jump.",
  "“标题” in the new OCR matches no article on the page; not imported, import it on its own.",
  "“标题” continues from page 1, which holds no open jump to page 2 yet; it will be linked when that page is imported.",
];

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );

describe("localiseWarning", () => {
  it("gives the issue's note in Chinese in the Chinese interface, and as written in English", () => {
    const note = "no METS: articles split where the layout shows headings";
    expect(localiseWarning(note, "zh-CN")).toBe(
      "没有 METS 文件：按版面上的标题拆分稿件",
    );
    expect(localiseWarning(note, "en")).toBe(note);
    expect(
      localiseWarning(
        "article 4: jump marker (下转) dropped: the page number is unknown",
        "zh-CN",
      ),
    ).toBe("第4篇：转版标记 (下转) 已删除：不知道转到第几版");
  });

  it("knows every template the pipeline writes, with no English left", () => {
    for (const message of TEMPLATES) {
      const zh = warningInChinese(message);
      expect(zh, message).not.toBeNull();
      expect(
        zh!.replace(
          /METS|ALTO|ORDERLABEL|ORDER|PRINTED_IMG_NR|ReadingOrder|XML|OCR|<\w+>|DIV\d+|TB\d|F\d|[a-z]\.(jpg|pdf)|X|ID/g,
          "",
        ),
        message,
      ).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("knows every warning the fixtures give", () => {
    const files = walk("fixtures").filter(
      (f) => /\.(md|txt|xml)$/.test(f) && !f.includes("golden"),
    );
    const unknown = new Set<string>();
    for (const file of files) {
      let warnings: { message: string }[] = [];
      try {
        warnings = readOcrFiles(
          [
            {
              name: path.basename(file),
              bytes: new Uint8Array(fs.readFileSync(file)),
            },
          ],
          { page: 1, repair: true },
        ).warnings;
      } catch {
        continue; // refused inputs are errors, localised where they are thrown
      }
      for (const w of warnings)
        if (warningInChinese(w.message) === null) unknown.add(w.message);
    }
    expect([...unknown]).toEqual([]);
  });
});
