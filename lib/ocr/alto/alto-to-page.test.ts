// ALTO pages read without METS, through the importer's front door: the pages
// reported from other producers' OCR (fixtures/reported) and the kinds of
// fault they stand for.
import { describe, expect, it } from "vitest";

import { fixtureInput } from "@/lib/testing/ocr-fixtures";

import { type OcrInput, readOcrFiles } from "../read-ocr-input";
import { toCliJson } from "../to-cli-json";

const read = (input: OcrInput, repair = true) =>
  readOcrFiles([input], { page: 1, repair });
const reported = (name: string, repair = true) =>
  read(fixtureInput(`reported/${name}`), repair);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** An ALTO v3 page of TextBlocks, each [id, vpos, height, hpos, width, lines of words]. */
function altoPage(
  blocks: [string, number, number, number, number, string[]][],
  pageWidth = 2000,
): OcrInput {
  const body = blocks
    .map(([id, vpos, height, hpos, width, lines]) => {
      const textLines = lines.map(
        (line) =>
          `<TextLine>${line
            .split(" ")
            .map((w) => `<String CONTENT="${w}"/>`)
            .join("<SP/>")}</TextLine>`,
      );
      return `<TextBlock ID="${id}" HPOS="${hpos}" VPOS="${vpos}" WIDTH="${width}" HEIGHT="${height}">${textLines.join("")}</TextBlock>`;
    })
    .join("\n");
  const xml = `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1" WIDTH="${pageWidth}" HEIGHT="3000"><PrintSpace>\n${body}\n</PrintSpace></Page></Layout></alto>`;
  return { name: "page.xml", bytes: utf8(xml) };
}

describe("ALTO pages from other producers", () => {
  it("spaces Latin lines whatever punctuation ends or starts them (latin-line-ends)", () => {
    const json = toCliJson(reported("latin-line-ends.alto.xml"));
    expect(json.pages[0]!.articles.map((a) => a.blocks)).toEqual([
      [
        {
          type: "paragraph",
          text: "They came to Paris, in June; it rained. Then came snow! Who knows? (so they say) end",
        },
      ],
    ]);
    expect(json.repairs).toEqual([]);
  });

  it("starts an article at a heading block in capitals and reads the signature above it as a byline (heading-blocks)", () => {
    const json = toCliJson(reported("heading-blocks.alto.xml"));
    expect(json.pages[0]!.furniture).toEqual([]);
    expect(json.pages[0]!.articles).toEqual([
      {
        kicker: null,
        headline: "DANS LES MINISTERES",
        deck: null,
        dateline: null,
        bylines: [{ role: "reporter", label: "", names: ["Jeanne MARTIN"] }],
        blocks: [
          {
            type: "paragraph",
            text: "Le conseil des ministres s'est réuni hier matin sous la présidence du chef de l'Etat pour examiner le budget.",
          },
        ],
        jumps: [],
      },
      {
        kicker: null,
        headline: "UN PEU PARTOUT",
        deck: null,
        dateline: null,
        bylines: [],
        blocks: [
          {
            type: "paragraph",
            text: "On annonce le mariage de deux jeunes gens de la ville, qui aura lieu samedi.",
          },
        ],
        jumps: [],
      },
    ]);
    expect(json.repairs).toEqual([]);
  });

  it("reads a hyphenated word once from duplicate first halves, keeping the other readings (duplicate-hyphen-part)", () => {
    const doc = reported("duplicate-hyphen-part.alto.xml");
    expect(doc.pages[0]!.articles[0]!.blocks).toEqual([
      { type: "paragraph", text: "writing to the Germantown Telegraph, notes" },
    ]);
    expect(doc.repairs).toEqual([
      {
        kind: "hyphenation",
        page: 1,
        article: 1,
        block: 0,
        original: "Ger-\nmantown",
        replacement: "Germantown",
      },
    ]);
    expect(doc.pages[0]!.articles[0]!.words).toEqual([
      {
        block: 0,
        offset: 15,
        text: "Germantown",
        wc: null,
        cc: null,
        alternatives: ["Germaneown"],
      },
    ]);
    const printed = reported("duplicate-hyphen-part.alto.xml", false).pages[0]!
      .articles[0]!;
    expect(printed.blocks[0]!.text).toBe(
      "writing to the Ger-mantown Telegraph, notes",
    );
    expect(printed.words).toEqual([
      {
        block: 0,
        offset: 15,
        text: "Ger",
        wc: null,
        cc: null,
        alternatives: ["Germaneown", "Germantown"],
      },
    ]);
  });

  it("makes no Chinese repair on French text next to a dash (latin-em-dash)", () => {
    const json = toCliJson(reported("latin-em-dash.alto.xml"));
    expect(json.pages[0]!.articles[0]!.blocks).toEqual([
      {
        type: "paragraph",
        text: "dit une troisième,— Oui ! Quelle aventure !— Partons.",
      },
    ]);
    expect(json.repairs).toEqual([]);
  });

  it("sets aside running heads, folios and the masthead, and nothing else, as furniture", () => {
    const para = [
      "Le conseil municipal a voté hier soir",
      "le budget de la ville pour l'année",
      "prochaine après une longue discussion.",
    ];
    const page = altoPage([
      ["MAST", 40, 240, 200, 1600, ["LE PETIT JOURNAL"]],
      ["RUN", 300, 40, 200, 1600, ["LUNDI 12 JANVIER 1912 — 5 CENTIMES"]],
      ["H1", 400, 60, 300, 600, ["DANS LES MINISTERES"]],
      ["B1", 480, 180, 200, 800, para],
      ["H2", 700, 60, 300, 600, ["UN PEU PARTOUT"]],
      ["B2", 780, 180, 200, 800, para],
      ["FOLIO", 2900, 40, 900, 100, ["— 3 —"]],
    ]);
    const json = toCliJson(read(page));
    expect(json.pages[0]!.furniture).toEqual([
      "LE PETIT JOURNAL",
      "LUNDI 12 JANVIER 1912 — 5 CENTIMES",
      "— 3 —",
    ]);
    expect(json.pages[0]!.articles.map((a) => a.headline)).toEqual([
      "DANS LES MINISTERES",
      "UN PEU PARTOUT",
    ]);
  });

  it("starts the next article at its kicker when a capitals line stands over a larger-font headline", () => {
    const xml = `<alto><Styles><TextStyle ID="BODY" FONTSIZE="9"/><TextStyle ID="HEAD" FONTSIZE="18"/></Styles><Layout><Page ID="P"><PrintSpace>
      <TextBlock ID="H1" STYLEREFS="HEAD"><TextLine><String CONTENT="Harbour"/><SP/><String CONTENT="plans"/></TextLine></TextBlock>
      <TextBlock ID="B1" STYLEREFS="BODY"><TextLine><String CONTENT="The"/><SP/><String CONTENT="council"/><SP/><String CONTENT="met."/></TextLine><TextLine><String CONTENT="It"/><SP/><String CONTENT="agreed."/></TextLine></TextBlock>
      <TextBlock ID="K2" STYLEREFS="BODY"><TextLine><String CONTENT="CITY"/><SP/><String CONTENT="HALL"/></TextLine></TextBlock>
      <TextBlock ID="H2" STYLEREFS="HEAD"><TextLine><String CONTENT="Budget"/><SP/><String CONTENT="passed"/></TextLine></TextBlock>
      <TextBlock ID="B2" STYLEREFS="BODY"><TextLine><String CONTENT="Rain"/><SP/><String CONTENT="fell."/></TextLine><TextLine><String CONTENT="All"/><SP/><String CONTENT="day."/></TextLine></TextBlock>
    </PrintSpace></Page></Layout></alto>`;
    const articles = read({ name: "p.xml", bytes: utf8(xml) }).pages[0]!
      .articles;
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, "Harbour plans"],
      ["CITY HALL", "Budget passed"],
    ]);
  });

  it("heads an article with a centred line set off by space above when neither font nor capitals mark it", () => {
    const para = [
      "The council met on Monday evening to",
      "discuss the budget for the coming year,",
      "and approved it after a long debate.",
    ];
    const page = altoPage([
      ["B1", 100, 180, 200, 800, para],
      ["H1", 400, 50, 400, 400, ["Harbour plans approved"]],
      ["B2", 470, 180, 200, 800, para],
      ["B3", 670, 50, 200, 500, ["and then the meeting ended"]],
      ["B4", 730, 180, 200, 800, para],
    ]);
    expect(read(page).pages[0]!.articles.map((a) => a.headline)).toEqual([
      null,
      "Harbour plans approved",
    ]);
  });
});
