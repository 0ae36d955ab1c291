import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";
import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { parseXml } from "../xml/parse-xml";
import { parseMets } from "./mets-parse";

const read = (relative: string) =>
  parseMets(relative, parseXml(relative, fixtureText(relative)));
const fromXml = (xml: string) =>
  parseMets("mets.xml", parseXml("mets.xml", xml));
/** A METS issue: one page of `areas` area divs A0…, an article ART1, and the given structLink. */
const linked = (
  areas: number,
  structLink: string,
  logical = '<div ID="ART1" TYPE="article"/>',
) =>
  `<mets xmlns:xlink="http://www.w3.org/1999/xlink"><structMap TYPE="PHYSICAL"><div ID="P1" TYPE="page" ORDER="1">${Array.from(
    { length: areas },
    (_, i) =>
      `<div ID="A${i}"><fptr><area FILEID="F1" BEGIN="B${i}"/></fptr></div>`,
  ).join(
    "",
  )}</div></structMap><structMap TYPE="LOGICAL">${logical}</structMap><structLink>${structLink}</structLink></mets>`;
const locators = (label: string, hrefs: string[]) =>
  hrefs
    .map((h) => `<smLocatorLink xlink:href="#${h}" xlink:label="${label}"/>`)
    .join("");
const range = (n: number, name: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => name(i));

describe("parseMets", () => {
  it("reads the fileSec with each file's group USE", () => {
    const issue = read("mets/issue-2024-01-03/mets.xml");
    expect(issue.files.get("ALTO00002")).toEqual({
      id: "ALTO00002",
      href: "file://./alto/0002.xml",
      mimetype: "text/xml",
      use: "FULLTEXT",
    });
    expect(issue.files.get("IMG00001")?.use).toBe("IMAGE");
  });

  it("reads pages in physical ORDER with their files", () => {
    expect(read("mets/issue-2024-01-03/mets.xml").pages).toEqual([
      { id: "DIVP1", number: 1, fileIds: ["IMG00001", "ALTO00001"] },
      { id: "DIVP2", number: 2, fileIds: ["IMG00002", "ALTO00002"] },
    ]);
  });

  it("reads articles as ordered areas with their roles, through seq/par, and the section as rubric", () => {
    const [art1, art2] = read("mets/issue-2024-01-03/mets.xml").articles;
    expect(art1).toMatchObject({ key: "ART1", rubric: "一把手访谈" });
    expect(
      art1!.pieces.map((p) => [
        p.role,
        p.area.fileId,
        p.area.begin,
        p.area.end,
      ]),
    ).toEqual([
      ["heading", "ALTO00001", "P1_TB1", null],
      ["deck", "ALTO00001", "P1_TB2", null],
      ["byline", "ALTO00001", "P1_TB3", null],
      ["body", "ALTO00001", "P1_TB4", "P1_TB5"],
      ["body", "ALTO00002", "P2_TB2", null],
      ["body", "ALTO00002", "P2_TB3", null],
    ]);
    expect(art2).toMatchObject({ key: "ART2", rubric: null });
    expect(art2!.pieces).toHaveLength(5);
  });

  it("takes article content from structLink: smLinkGrp locators and arcs, and plain smLink", () => {
    const issue = read("mets/smlink-issue/mets.xml");
    expect(issue.pages).toEqual([
      { id: "PHYS_0003", number: 3, fileIds: ["FULLTEXT_0003"] },
    ]);
    expect(
      issue.articles.map((a) => [
        a.key,
        a.pieces.map((p) => `${p.role}:${p.area.begin}`),
      ]),
    ).toEqual([
      ["LOG_2", ["heading:PG3_TB1", "body:PG3_TB2", "body:PG3_TB3"]],
      ["LOG_3", ["heading:PG3_TB4", "body:PG3_TB5"]],
    ]);
  });

  it("numbers pages by ORDER when ORDERLABELs repeat", () => {
    const xml = `<mets><structMap TYPE="PHYSICAL"><div TYPE="issue">
      <div ID="a" TYPE="PAGE" ORDER="1" ORDERLABEL="A1"/><div ID="b" TYPE="PAGE" ORDER="2" ORDERLABEL="B1"/>
    </div></structMap></mets>`;
    const issue = parseMets("m.xml", parseXml("m.xml", xml));
    expect(issue.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(issue.warnings).toEqual([
      "ORDERLABELs A1, B1 are not a page sequence; pages numbered by their scan ORDER (1, 2) instead",
    ]);
  });

  // The timeout is the assertion: the quadratic code took 45 s for this here, now 0.5 s.
  it(
    "links an article to 60,000 areas through one smLinkGrp label, in order",
    { timeout: 10_000 },
    () => {
      const n = 60_000;
      const grp = `<smLinkGrp>${locators("art", ["ART1", "ART1"])}${locators(
        "p",
        range(n, (i) => `A${i}`),
      )}<smArcLink xlink:from="art" xlink:to="p"/><smArcLink xlink:from="art" xlink:to="p"/></smLinkGrp>`;
      const [article] = fromXml(linked(n, grp)).articles;
      expect(article!.pieces).toHaveLength(n);
      expect([
        article!.pieces[0]!.area.begin,
        article!.pieces[n - 1]!.area.begin,
      ]).toEqual(["B0", `B${n - 1}`]);
    },
  );

  it("refuses a structLink that multiplies out to more than 200,000 links", () => {
    const grp = `<smLinkGrp>${locators(
      "a",
      range(1000, (i) => `L${i}`),
    )}${locators(
      "b",
      range(1000, (i) => `A${i}`),
    )}<smArcLink xlink:from="a" xlink:to="b"/></smLinkGrp>`;
    const e = catchImportError(() => fromXml(linked(1000, grp)));
    expect(e.code).toBe("mets");
    expect(e.message).toBe(
      "mets.xml: the METS structLink spells out more than 200,000 links between articles and page areas; that is the limit for one issue",
    );
    expect(e.messageZh).toBe(
      "mets.xml：METS 文件的 structLink 中文章与版面区域之间的链接超过 200,000 个，超出一期的上限",
    );
  });

  it("refuses articles naming more than 200,000 areas in all", () => {
    // 201 nested divs, each linked to the article, each holding the 1,000 areas below it.
    let nested = `<fptr>${range(1000, (i) => `<area FILEID="F1" BEGIN="B${i}"/>`).join("")}</fptr>`;
    for (let d = 200; d >= 0; d--) nested = `<div ID="D${d}">${nested}</div>`;
    const links = range(
      201,
      (d) => `<smLink xlink:from="ART1" xlink:to="D${d}"/>`,
    ).join("");
    const xml = `<mets xmlns:xlink="x"><structMap TYPE="PHYSICAL"><div ID="P1" TYPE="page">${nested}</div></structMap><structMap TYPE="LOGICAL"><div ID="ART1" TYPE="article"/></structMap><structLink>${links}</structLink></mets>`;
    const e = catchImportError(() => fromXml(xml));
    expect(e.message).toBe(
      "mets.xml: the METS articles name more than 200,000 ALTO areas in all; that is the limit for one issue",
    );
    expect(e.messageZh).toBe(
      "mets.xml：METS 文件中的文章共引用了超过 200,000 个 ALTO 区域，超出一期的上限",
    );
  });

  it("refuses a METS file listing more than 1,000 pages", () => {
    const pages = range(
      1001,
      (i) => `<div TYPE="page" ORDER="${i + 1}"/>`,
    ).join("");
    const e = catchImportError(() =>
      fromXml(
        `<mets><structMap TYPE="PHYSICAL"><div>${pages}</div></structMap></mets>`,
      ),
    );
    expect(e.message).toBe(
      "mets.xml: the METS file lists 1001 pages; the limit is 1000 (import one issue at a time)",
    );
    expect(e.messageZh).toBe(
      "mets.xml：METS 文件列出了 1001 个版面，上限为 1000 个（请一次只导入一期）",
    );
  });
});
