// Where a single page's number comes from (issue "The importer on real-world
// pages", section 2): the name vendors and newsrooms give the file, front
// matter, the ALTO's PRINTED_IMG_NR or PHYSICAL_IMG_NR; when nothing says,
// a clear refusal for an import and a null page with a warning for segment.

import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";
import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { readOcrFiles } from "./read-ocr-input";

const utf8 = (s: string) => new TextEncoder().encode(s);
const PAGE =
  "## 乡村道路完成改造\n\n今年以来，我镇共完成十二条乡村道路的改造。\n";
const numberOf = (name: string, text = PAGE) =>
  readOcrFiles([{ name, bytes: utf8(text) }], { page: null, repair: true })
    .pages[0]?.number;

describe("page numbers of single pages", () => {
  it.each([
    ["03-综合_标题.md", 3],
    ["A03.md", 3],
    ["第03版.txt", 3],
    ["2024-03-08_03版.md", 3],
    ["page-03.md", 3],
  ])("reads %s as page %i", (name, page) => {
    expect(numberOf(name)).toBe(page);
  });

  it("reads front matter: section: 第03版, 版次:, page:", () => {
    expect(
      numberOf(
        "scan.md",
        `---\nsection: "第03版"\nsection_name: "综合"\n---\n${PAGE}`,
      ),
    ).toBe(3);
    expect(numberOf("scan.md", `---\n版次: 4\n---\n${PAGE}`)).toBe(4);
    expect(numberOf("scan.md", `---\npage: 5\n---\n${PAGE}`)).toBe(5);
  });

  it("numbers ALTO scans of a batch by PHYSICAL_IMG_NR when they print no page number", () => {
    const scan = (n: number) =>
      fixtureText("alto/alto-v1-docworks.xml")
        .replace(' PRINTED_IMG_NR="5"', "")
        .replace('PHYSICAL_IMG_NR="5"', `PHYSICAL_IMG_NR="${n}"`);
    const doc = readOcrFiles(
      [
        { name: "scan-a.xml", bytes: utf8(scan(8)) },
        { name: "scan-b.xml", bytes: utf8(scan(7)) },
      ],
      { page: null, repair: true },
    );
    expect(doc.pages.map((p) => [p.number, p.file])).toEqual([
      [7, "scan-b.xml"],
      [8, "scan-a.xml"],
    ]);
    // The national library's scan number in the name wins.
    expect(numberOf("DDD_010179815_002_alto.xml", scan(7))).toBe(2);
  });

  it("refuses an import it cannot number, asking for the page", () => {
    const error = catchImportError(() =>
      readOcrFiles([{ name: "scan.md", bytes: utf8(PAGE) }], {
        page: null,
        repair: true,
      }),
    );
    expect(error.message).toMatch(/give the page number \(--page N\)/);
  });

  it("leaves the number empty with a warning when asked to (folio segment)", () => {
    const doc = readOcrFiles([{ name: "scan.md", bytes: utf8(PAGE) }], {
      page: null,
      repair: true,
      unknownPage: "warn",
    });
    expect(doc.pages.map((p) => p.number)).toEqual([null]);
    expect(doc.warnings).toEqual([
      {
        file: "scan.md",
        page: null,
        message:
          "cannot tell which page this is; the page number is left empty",
      },
    ]);
  });
});

describe("a page number given for several files", () => {
  it("is not applied to any of them, and the warning says so", () => {
    const doc = readOcrFiles(
      [
        { name: "p02.md", bytes: utf8(PAGE) },
        { name: "p03.md", bytes: utf8(PAGE.replace("乡村道路", "城市道路")) },
      ],
      { page: 7, repair: true },
    );
    expect(doc.pages.map((p) => p.number)).toEqual([2, 3]);
    expect(doc.warnings.map((w) => w.message)).toContain(
      "page 7 was given for 2 files; each file's page number is read from its name or content instead",
    );
  });

  it("says nothing when one file is given", () => {
    const doc = readOcrFiles([{ name: "p02.md", bytes: utf8(PAGE) }], {
      page: 2,
      repair: true,
    });
    expect(
      doc.warnings.filter((w) => w.message.includes("was given for")),
    ).toEqual([]);
  });
});
