// Issue 13 item 12: Latin lines glued on CCS-namespace ALTO (Chronicling
// America, docWorks). The namespace itself changes nothing (names are read by
// local name); the producer's conventions do: it labels every hyphenated word
// with SUBS_TYPE, so a HYP without SUBS_* is a compound's hyphen, not a word
// break; it sometimes leaves out the SP between two words whose boxes stand
// apart; and its SUBS_CONTENT names the word without the punctuation printed
// on the halves.
import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { readOcrFiles } from "../read-ocr-input";
import { type AltoToken, assembleLine } from "./alto-line";

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (xml: string) =>
  readOcrFiles([{ name: "ocr.xml", bytes: utf8(xml) }], {
    page: 1,
    repair: true,
  });
const ccs = fixtureText("qa/alto/ccs-1880s-latin.xml");

const TEXT =
  'The new court house at the county seat was completed on Tuesday, and the commissioners, who met the same day, accepted it from the builders. Mr. Smith, of Boston, who drew the plans, spoke for an hour; the building, he said, would stand a hundred years. A well-known citizen, Col. Brown, replied briefly. The band played "Hail Columbia," and the people went home well pleased.';

describe("ccs-1880s-latin.xml: an 1880s American page in the CCS ALTO namespace", () => {
  it.each([
    ["the CCS namespace", ccs],
    [
      "ALTO 2",
      ccs.replace(
        'xmlns="http://schema.ccs-gmbh.com/ALTO"',
        'xmlns="http://www.loc.gov/standards/alto/ns-v2#"',
      ),
    ],
    [
      "no namespace (docWorks ALTO 1.x)",
      ccs.replace(' xmlns="http://schema.ccs-gmbh.com/ALTO"', ""),
    ],
  ])("reads every line apart and every hyphenated word whole: %s", (_, xml) => {
    const doc = read(xml);
    const article = doc.pages[0]!.articles[0]!;
    expect(article.headline).toBe("THE NEW COURT-HOUSE.");
    expect(article.blocks.map((b) => b.text)).toEqual([TEXT]);
    expect(doc.repairs.map((r) => [r.original, r.replacement])).toEqual([
      ["commis-\nsioners,", "commissioners,"],
      ["hun-\ndred", "hundred"],
    ]);
  });
});

const word = (text: string, from: number, char = 24): AltoToken => ({
  kind: "word",
  text,
  wc: null,
  cc: null,
  width: char,
  alternatives: null,
  span: { from, to: from + text.length * char },
});
const sp: AltoToken = {
  kind: "space",
  text: " ",
  wc: null,
  cc: null,
  width: 24,
  alternatives: null,
};

describe("a left-out SP between Latin Strings", () => {
  it("spaces two words whose boxes stand a third of a character apart or more", () => {
    expect(
      assembleLine([
        word("the", 0),
        sp,
        word("seat", 96),
        word("was", 96 + 96 + 10),
      ]).text,
    ).toBe("the seat was");
    // Abutting boxes (one word cut in two) and punctuation stay joined.
    expect(
      assembleLine([
        word("the", 0),
        sp,
        word("Wash", 96),
        word("ington", 96 + 96 + 2),
      ]).text,
    ).toBe("the Washington");
    expect(
      assembleLine([
        word("said", 0),
        sp,
        word("Brown", 120),
        word(",", 120 + 120 + 20),
      ]).text,
    ).toBe("said Brown,");
    expect(
      assembleLine([
        word("he", 0),
        sp,
        word("(", 72),
        word("Mr.", 72 + 24 + 20),
      ]).text,
    ).toBe("he (Mr.");
  });

  it("never spaces Chinese strings, and reads a line without geometry as before", () => {
    expect(
      assembleLine([
        word("平湖", 0, 40),
        sp,
        word("日报", 100, 40),
        word("讯", 100 + 80 + 30, 40),
      ]).text,
    ).toBe("平湖 日报讯");
    const bare = (text: string): AltoToken => ({
      kind: "word",
      text,
      wc: null,
      cc: null,
      width: null,
      alternatives: null,
    });
    expect(
      assembleLine([bare("county"), sp, bare("seat"), bare("was")]).text,
    ).toBe("county seatwas");
  });
});

describe("a HYP without SUBS_* at a line end", () => {
  const page = (labelled: boolean) =>
    `<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page ID="P1" WIDTH="3000" HEIGHT="3000"><PrintSpace><TextBlock ID="TB1">` +
    `<TextLine><String CONTENT="A"/><SP/><String CONTENT="well"/><HYP CONTENT="-"/></TextLine>` +
    `<TextLine><String CONTENT="known"/><SP/><String CONTENT="man"/><SP/><String CONTENT="spoke"/><SP/><String CONTENT="brief"${labelled ? ' SUBS_TYPE="HypPart1" SUBS_CONTENT="briefly."' : ""}/><HYP CONTENT="-"/></TextLine>` +
    `<TextLine><String CONTENT="ly."${labelled ? ' SUBS_TYPE="HypPart2" SUBS_CONTENT="briefly."' : ""}/></TextLine>` +
    `</TextBlock></PrintSpace></Page></Layout></alto>`;

  it("keeps the hyphen where the page labels its hyphenated words", () => {
    expect(
      read(page(true)).pages[0]!.articles[0]!.blocks.map((b) => b.text),
    ).toEqual(["A well-known man spoke briefly."]);
  });

  it("joins the word where the page labels none (the HYP is the only sign of a break)", () => {
    expect(
      read(page(false)).pages[0]!.articles[0]!.blocks.map((b) => b.text),
    ).toEqual(["A wellknown man spoke briefly."]);
  });
});

describe("punctuation on the halves of a hyphenated word", () => {
  it("keeps what SUBS_CONTENT leaves out, before and after", () => {
    const xml =
      `<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page ID="P1" WIDTH="3000" HEIGHT="3000"><PrintSpace><TextBlock ID="TB1">` +
      `<TextLine><String CONTENT="to"/><SP/><String CONTENT="(Wash" SUBS_TYPE="HypPart1" SUBS_CONTENT="Washington"/><HYP CONTENT="-"/></TextLine>` +
      `<TextLine><String CONTENT="ington)," SUBS_TYPE="HypPart2" SUBS_CONTENT="Washington"/><SP/><String CONTENT="then"/><SP/><String CONTENT="home."/></TextLine>` +
      `</TextBlock></PrintSpace></Page></Layout></alto>`;
    const doc = read(xml);
    expect(doc.pages[0]!.articles[0]!.blocks.map((b) => b.text)).toEqual([
      "to (Washington), then home.",
    ]);
    expect(doc.repairs.map((r) => r.replacement)).toEqual(["(Washington),"]);
  });
});
