// METS issues as reported from other producers (fixtures/reported) and the
// METS profiles they stand for, read through the importer's front door.
import { describe, expect, it } from "vitest";

import { fixtureDirInputs } from "@/lib/testing/ocr-fixtures";

import { type OcrInput, readOcrFiles } from "../read-ocr-input";
import { toCliJson } from "../to-cli-json";

const REPAIR = { page: null, repair: true };
const utf8 = (s: string) => new TextEncoder().encode(s);

const ALTO = `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1" WIDTH="2000" HEIGHT="3000"><PrintSpace>
  <TextBlock ID="TB1" HPOS="100" VPOS="100" WIDTH="800" HEIGHT="60"><TextLine><String CONTENT="Harbour"/><SP/><String CONTENT="plans"/><SP/><String CONTENT="approved."/></TextLine></TextBlock>
  <TextBlock ID="TB2" HPOS="100" VPOS="200" WIDTH="800" HEIGHT="120"><TextLine><String CONTENT="The"/><SP/><String CONTENT="council"/><SP/><String CONTENT="met."/></TextLine></TextBlock>
  <TextBlock ID="TB3" HPOS="100" VPOS="400" WIDTH="800" HEIGHT="120"><TextLine><String CONTENT="Rain"/><SP/><String CONTENT="is"/><SP/><String CONTENT="due"/><SP/><String CONTENT="today."/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>`;

/** A METS whose ARTICLE divs are empty, linked to ALTO blocks by smLinkGrp only, titled in MODS records. */
function modsIssue(): OcrInput[] {
  const mods = (id: string, title: string) =>
    `<mets:dmdSec ID="${id}"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:titleInfo>${title}</mods:titleInfo><mods:relatedItem><mods:titleInfo><mods:title>The Daily Example</mods:title></mods:titleInfo></mods:relatedItem></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>`;
  const link = (n: number, logical: string, block: string) =>
    `<mets:smLinkGrp><mets:smLocatorLink xlink:href="#${logical}" xlink:label="L${n}"/><mets:smLocatorLink xlink:href="#${block}" xlink:label="P${n}"/><mets:smArcLink xlink:from="L${n}" xlink:to="P${n}"/></mets:smLinkGrp>`;
  const mets = `<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">
  ${mods("DMD_ART1", "<mods:title>Harbour plans approved</mods:title>")}
  ${mods("DMD_ART2", "<mods:nonSort>The </mods:nonSort><mods:title>weather</mods:title><mods:subTitle>rain again</mods:subTitle>")}
  <mets:fileSec><mets:fileGrp USE="FULLTEXT"><mets:file ID="ALTO1" MIMETYPE="text/xml"><mets:FLocat xlink:href="alto/0001.xml"/></mets:file></mets:fileGrp></mets:fileSec>
  <mets:structMap TYPE="PHYSICAL"><mets:div TYPE="newspaper"><mets:div ID="PHYS1" TYPE="page" ORDER="1" ORDERLABEL="1"><mets:fptr FILEID="ALTO1"/>
    <mets:div ID="PTB1" TYPE="area"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="TB1"/></mets:fptr></mets:div>
    <mets:div ID="PTB2" TYPE="area"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="TB2"/></mets:fptr></mets:div>
    <mets:div ID="PTB3" TYPE="area"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="TB3"/></mets:fptr></mets:div>
  </mets:div></mets:div></mets:structMap>
  <mets:structMap TYPE="LOGICAL"><mets:div TYPE="issue"><mets:div ID="ART1" TYPE="ARTICLE" DMDID="DMD_ART1"/><mets:div ID="ART2" TYPE="ARTICLE" DMDID="DMD_ART2"/></mets:div></mets:structMap>
  <mets:structLink>${link(1, "ART1", "PTB1")}${link(2, "ART1", "PTB2")}${link(3, "ART2", "PTB3")}</mets:structLink>
</mets:mets>`;
  return [
    { name: "mets.xml", bytes: utf8(mets) },
    { name: "alto/0001.xml", bytes: utf8(ALTO) },
  ];
}

describe("METS issues from other producers", () => {
  it("numbers pages by scan ORDER when the ORDERLABELs are not a page sequence, naming them (mets-orderlabel)", () => {
    const doc = readOcrFiles(
      fixtureDirInputs("reported/mets-orderlabel"),
      REPAIR,
    );
    expect(
      doc.pages.map((p) => [p.number, p.file, p.articles[0]!.blocks[0]!.text]),
    ).toEqual([
      [1, "ALTO/p1.xml", "Page in scan order 1."],
      [2, "ALTO/p2.xml", "Page in scan order 2."],
    ]);
    expect(doc.warnings).toContainEqual({
      file: "mets.xml",
      page: null,
      message:
        "ORDERLABELs 6, 4 are not a page sequence; pages numbered by their scan ORDER (1, 2) instead",
    });
  });

  it("splits a page-only METS into articles at its headings, signatures as bylines (mets-page-only)", () => {
    const json = toCliJson(
      readOcrFiles(fixtureDirInputs("reported/mets-page-only"), REPAIR),
    );
    expect(json.pages).toHaveLength(1);
    expect(json.pages[0]!.number).toBe(1);
    expect(json.pages[0]!.furniture).toEqual([]);
    expect(
      json.pages[0]!.articles.map((a) => [
        a.headline,
        a.bylines,
        a.blocks.length,
      ]),
    ).toEqual([
      [
        "DANS LES MINISTERES",
        [{ role: "reporter", label: "", names: ["Jeanne MARTIN"] }],
        1,
      ],
      ["UN PEU PARTOUT", [], 1],
    ]);
  });

  it("reads an NDNP-style issue: np:page divs without ORDER, USE on each file, ALTO beside images and PDFs", () => {
    const files = [1, 2]
      .map(
        (n) =>
          `<mets:file ID="masterFile${n}" USE="master"><mets:FLocat xlink:href="./000${n}.tif"/></mets:file>` +
          `<mets:file ID="otherDerivativeFile${n}" USE="derivative"><mets:FLocat xlink:href="./000${n}.pdf"/></mets:file>` +
          `<mets:file ID="ocrFile${n}" USE="ocr"><mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="file" xlink:href="./000${n}.xml"/></mets:file>`,
      )
      .join("");
    const pages = [1, 2].map(
      (n) =>
        `<mets:div TYPE="np:page"><mets:fptr FILEID="masterFile${n}"/><mets:fptr FILEID="otherDerivativeFile${n}"/><mets:fptr FILEID="ocrFile${n}"/></mets:div>`,
    );
    const mets = `<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"><mets:fileSec><mets:fileGrp>${files}</mets:fileGrp></mets:fileSec><mets:structMap xmlns:np="urn:library-of-congress:ndnp:mets:newspaper"><mets:div TYPE="np:issue">${pages.join("")}</mets:div></mets:structMap></mets:mets>`;
    const doc = readOcrFiles(
      [
        { name: "batch_1912011201.xml", bytes: utf8(mets) },
        { name: "0001.xml", bytes: utf8(ALTO) },
        { name: "0002.xml", bytes: utf8(ALTO.replace("Harbour", "Market")) },
      ],
      REPAIR,
    );
    expect(
      doc.pages.map((p) => [
        p.number,
        p.file,
        p.articles.flatMap((a) => [
          a.headline,
          ...a.blocks.map((b) => b.text),
        ])[0],
      ]),
    ).toEqual([
      [1, "0001.xml", "Harbour plans approved."],
      [2, "0002.xml", "Market plans approved."],
    ]);
    expect(doc.files.map((f) => f.name)).toEqual([
      "batch_1912011201.xml",
      "0001.xml",
      "0002.xml",
    ]);
  });

  it("heads empty ARTICLE divs linked by smLinkGrp with their MODS titles (DMDID), the printed title not repeated", () => {
    const doc = readOcrFiles(modsIssue(), REPAIR);
    expect(
      doc.pages[0]!.articles.map((a) => [
        a.key,
        a.headline,
        a.blocks.map((b) => b.text),
      ]),
    ).toEqual([
      // Printed with a full stop, the title would read as a paragraph: the MODS title says it heads the article.
      ["ART1", "Harbour plans approved.", ["The council met."]],
      ["ART2", "The weather: rain again", ["Rain is due today."]],
    ]);
  });
});
