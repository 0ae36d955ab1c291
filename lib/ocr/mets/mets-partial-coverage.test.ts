// METS issues whose logical structMap covers only part of the page (QA #14):
// the blocks linked to no ARTICLE div are read by the layout rules of a page
// without METS, whatever the ALTO version and whether TextStyles are given.
import { describe, expect, it } from "vitest";

import { fixtureDirInputs } from "@/lib/testing/ocr-fixtures";

import { type OcrInput, readOcrFiles } from "../read-ocr-input";
import { parseDateline } from "../segment/parse-dateline";

const REPAIR = { page: null, repair: true };
const utf8 = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** fixtures/qa/mets2 with each ALTO file rewritten as another producer would write it. */
function mets2(rewrite: (alto: string) => string = (x) => x): OcrInput[] {
  return fixtureDirInputs("qa/mets2").map((f) =>
    f.name.endsWith("mets.xml")
      ? f
      : { name: f.name, bytes: utf8(rewrite(dec(f.bytes))) },
  );
}

const variants: [string, (alto: string) => string][] = [
  ["ALTO 2 with TextStyle (as given)", (x) => x],
  ["ALTO without a namespace", (x) => x.replace(/<alto [^>]*>/, "<alto>")],
  ["ALTO 4", (x) => x.replace("ns-v2#", "ns-v4#")],
  [
    "without TextStyle (taller lines)",
    (x) =>
      x
        .replace(/<Styles>[\s\S]*?<\/Styles>/, "")
        .replace(/ STYLEREFS="[^"]*"/g, ""),
  ],
  [
    "without TextStyle or taller lines (capitals)",
    (x) =>
      x
        .replace(/<Styles>[\s\S]*?<\/Styles>/, "")
        .replace(/ STYLEREFS="[^"]*"/g, "")
        .replace(/HEIGHT="90"/g, 'HEIGHT="40"'),
  ],
];

describe("metsToPages: blocks no METS article links (QA #14)", () => {
  for (const [label, rewrite] of variants) {
    it(`heads the unlinked body blocks with the unlinked heading above them: ${label}`, () => {
      const doc = readOcrFiles(mets2(rewrite), REPAIR);
      const [p1, p2] = doc.pages;
      expect(p1!.articles.map((a) => [a.key, a.headline])).toEqual([
        ["L1", "Grève générale dans le Nord"],
        [null, "LE SALON DE L'AUTO"],
      ]);
      expect(p1!.articles[1]!.blocks.map((b) => b.text)).toEqual([
        "Le Salon de l'automobile ouvrira ses portes le 4 octobre au Grand Palais, annonce le comité d'organisation.",
        "La suite en page 2, dit-on, sans plus de détails sur ce point.",
      ]);
      // A heading whose text METS gives to an article heads nothing of its own.
      expect(p1!.furniture).toEqual(["GRÈVE DES MINEURS"]);
      expect(p2!.furniture).toEqual(["CHRONIQUE DU PORT"]);
      // Issue 13 item 11: the left column's paragraph, which nothing places, is no headless article but an unlinked block.
      expect(
        p2!.articles.map((a) => [a.key, a.headline, a.blocks.length]),
      ).toEqual([["L3", "Chronique du port", 1]]);
      expect(p2!.unlinked?.map((u) => [u.id, u.after, u.text])).toEqual([
        [
          "P2_TB1",
          null,
          "Les mineurs réclament une hausse des salaires de quinze pour cent, selon les délégués reçus hier.",
        ],
      ]);
      expect(doc.warnings.map((w) => w.message)).toContain(
        "3 text block(s) not in any METS article; imported as articles split where the layout shows headings",
      );
    });
  }

  it("reads datelines in ALTO articles as on text pages: the same dateline step (QA #4)", () => {
    const article = readOcrFiles(mets2(), REPAIR).pages[0]!.articles[0]!;
    const printed =
      "PARIS, 3 juin. — Le ministre a reçu les délégués des mineurs hier soir.";
    const expected = parseDateline(printed);
    expect(article.dateline).toBe(expected?.dateline ?? null);
    expect(article.blocks[0]!.text).toContain(
      "Le ministre a reçu les délégués des mineurs hier soir.",
    );
  });
});
