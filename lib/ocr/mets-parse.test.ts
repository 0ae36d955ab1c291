import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { parseMets } from "./mets-parse";
import { parseXml } from "./parse-xml";

const read = (relative: string) => parseMets(parseXml(relative, fixtureText(relative)));

describe("parseMets", () => {
  it("reads the fileSec with each file's group USE", () => {
    const issue = read("mets/issue-2024-01-03/mets.xml");
    expect(issue.files.get("ALTO00002")).toEqual({ id: "ALTO00002", href: "file://./alto/0002.xml", mimetype: "text/xml", use: "FULLTEXT" });
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
    expect(art1!.pieces.map((p) => [p.role, p.area.fileId, p.area.begin, p.area.end])).toEqual([
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
    expect(issue.pages).toEqual([{ id: "PHYS_0003", number: 3, fileIds: ["FULLTEXT_0003"] }]);
    expect(issue.articles.map((a) => [a.key, a.pieces.map((p) => `${p.role}:${p.area.begin}`)])).toEqual([
      ["LOG_2", ["heading:PG3_TB1", "body:PG3_TB2", "body:PG3_TB3"]],
      ["LOG_3", ["heading:PG3_TB4", "body:PG3_TB5"]],
    ]);
  });

  it("numbers pages by ORDER when ORDERLABELs repeat", () => {
    const xml = `<mets><structMap TYPE="PHYSICAL"><div TYPE="issue">
      <div ID="a" TYPE="PAGE" ORDER="1" ORDERLABEL="A1"/><div ID="b" TYPE="PAGE" ORDER="2" ORDERLABEL="B1"/>
    </div></structMap></mets>`;
    const issue = parseMets(parseXml("m.xml", xml));
    expect(issue.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(issue.warnings).toEqual(["ORDERLABELs repeat page numbers; pages numbered by ORDER instead"]);
  });
});
