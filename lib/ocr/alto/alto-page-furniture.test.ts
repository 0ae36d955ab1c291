// Page furniture without article markup: running heads and folios are, a
// headline or a last paragraph with a number in it is not (QA #2). The QA
// pages (fixtures/qa/alto) and variants of them in every ALTO version, with
// and without TextStyle, with and without page margins.
import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { readOcrFiles } from "../read-ocr-input";
import { parseDateline } from "../segment/parse-dateline";
import { parseXml } from "../xml/parse-xml";
import { pageFurniture, repeatedRunningHeads } from "./alto-page-furniture";
import { parseAlto } from "./alto-parse";

const utf8 = (s: string) => new TextEncoder().encode(s);
const segment = (xml: string, name = "page.xml") =>
  readOcrFiles([{ name, bytes: utf8(xml) }], { page: 4, repair: true });
const HEAD = "THE EVENING STAR, TUESDAY, JUNE 3, 1952 PAGE 4";
const LAST = "Work will begin in the spring; the cost is $4,000,000.";

const e04 = fixtureText("qa/alto/e04-digit-headline.xml");

/** The same page as another producer would write it. */
const variants: [string, (xml: string) => string][] = [
  ["ALTO 3 with TextStyle and TopMargin", (x) => x],
  ["ALTO 2 without a namespace", (x) => x.replace(/<alto [^>]*>/, "<alto>")],
  ["ALTO 4", (x) => x.replace("ns-v3#", "ns-v4#")],
  ["ALTO 3 without TextStyle (line heights only)", withoutStyles],
  ["ALTO 3 without margins (running head in the PrintSpace)", withoutMargins],
  [
    "ALTO 2 without TextStyle, margins or page size",
    (x) =>
      withoutPageSize(withoutMargins(withoutStyles(x))).replace(
        /<alto [^>]*>/,
        "<alto>",
      ),
  ],
];

function withoutStyles(xml: string): string {
  return xml
    .replace(/<Styles>[\s\S]*?<\/Styles>/, "")
    .replace(/ STYLEREFS="[^"]*"/g, "");
}

function withoutMargins(xml: string): string {
  const running = /<TopMargin[^>]*>([\s\S]*?)<\/TopMargin>/.exec(xml)![1]!;
  return xml
    .replace(/<TopMargin[\s\S]*?<\/TopMargin>\n?/, "")
    .replace(/(<PrintSpace[^>]*>)/, `$1${running}`)
    .replace(
      /<PrintSpace[^>]*>/,
      '<PrintSpace ID="PS" HPOS="0" VPOS="0" WIDTH="3000" HEIGHT="4000">',
    );
}

function withoutPageSize(xml: string): string {
  return xml
    .replace(/<PrintSpace[^>]*>/, "<PrintSpace>")
    .replace(/ WIDTH="3000" HEIGHT="4000"/, "");
}

describe("pageFurniture: running heads, not headlines or paragraphs with a number (QA #2)", () => {
  it("keeps a two-line last paragraph holding an amount as text (e01-alto3)", () => {
    const page = segment(fixtureText("qa/alto/e01-alto3.xml")).pages[0]!;
    expect(page.furniture).toEqual([HEAD]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      "Harbor Bridge Plan Wins Vote",
      "Fire Destroys Old Mill",
    ]);
    expect(page.articles[0]!.blocks.map((b) => b.text).at(-1)).toBe(LAST);
  });

  for (const [label, variant] of variants) {
    it(`starts an article at each headline opening with a digit: ${label} (e04-digit-headline)`, () => {
      const page = segment(variant(e04)).pages[0]!;
      expect(page.furniture).toEqual([HEAD]);
      expect(page.articles.map((a) => a.headline)).toEqual([
        "3 Bridge Plan Wins, Vote",
        "2 Mills Burn Down",
      ]);
      expect(
        page.articles.map((a) => a.bylines.map((b) => b.names.join(" "))),
      ).toEqual([["JOHN SMITH"], ["MARY JONES"]]);
      expect(page.articles[0]!.blocks.map((b) => b.text).at(-1)).toBe(LAST);
      // Wire datelines go through the text pages' dateline step (QA #4).
      const lead =
        "LOWELL, Mass., June 2 (AP) — Flames swept through the old mill today. No one was hurt.";
      expect(page.articles[1]!.dateline).toBe(
        parseDateline(lead)?.dateline ?? null,
      );
      expect(page.articles[1]!.blocks[0]!.text).toContain(
        "Flames swept through the old mill today.",
      );
    });
  }

  it("takes a running foot at the page's bottom edge, but not a short last paragraph with a date", () => {
    const xml = `<alto><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace HPOS="0" VPOS="0" WIDTH="2000" HEIGHT="3000">
      ${block("B1", 100, 100, 900, 40, ["Le conseil municipal a voté hier soir", "le budget de la ville pour l'année", "prochaine après une longue discussion."])}
      ${block("B3", 2600, 1100, 900, 40, ["Le conseil municipal a voté hier soir", "le budget de la ville pour l'année", "prochaine après une longue discussion."])}
      ${block("LAST", 2760, 1100, 900, 40, ["The meeting is on June 12, at noon."])}
      ${block("FOOT", 2900, 600, 800, 40, ["Le Petit Journal, mardi 3 juin 1907."])}
    </PrintSpace></Page></Layout></alto>`;
    const alto = parseAlto("p.xml", parseXml("p.xml", xml), { repair: true });
    expect(
      [...pageFurniture(alto)].map((b) => alto.blocks[b]!.lines.join(" ")),
    ).toEqual(["Le Petit Journal, mardi 3 juin 1907."]);
  });

  it("takes a narrow running head that other pages of the issue repeat, and nothing else they share", () => {
    const page = (n: number, head: string) =>
      parseAlto(
        `p${n}.xml`,
        parseXml(
          `p${n}.xml`,
          `<alto><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace HPOS="0" VPOS="0" WIDTH="2000" HEIGHT="3000">
          ${block("RUN", 20, 700, 500, 40, [head])}
          ${block("B1", 100, 100, 900, 40, ["The council met on Monday evening to", "discuss the budget for the coming year,", "and approved it after a long debate."])}
          ${block("B2", 100, 1100, 900, 40, ["The council met on Monday evening to", "discuss the budget for the coming year,", "and approved it after a long debate."])}
        </PrintSpace></Page></Layout></alto>`,
        ),
        { repair: true },
      );
    const pages = [page(2, "THE HERALD — 2"), page(3, "THE HERALD — 3")];
    const repeated = repeatedRunningHeads(pages);
    expect([...repeated]).toEqual(["the herald"]);
    expect([...pageFurniture(pages[0]!)]).toEqual([]);
    expect([...pageFurniture(pages[0]!, { repeated })]).toEqual([0]);
  });
});

/** A TextBlock at [vpos, hpos, width] with lines `lineHeight` tall. */
function block(
  id: string,
  vpos: number,
  hpos: number,
  width: number,
  lineHeight: number,
  lines: string[],
): string {
  const textLines = lines.map(
    (line, k) =>
      `<TextLine HPOS="${hpos}" VPOS="${vpos + k * (lineHeight + 10)}" WIDTH="${width}" HEIGHT="${lineHeight}">${line
        .split(" ")
        .map((w) => `<String CONTENT="${w}"/>`)
        .join("<SP/>")}</TextLine>`,
  );
  const height = lines.length * (lineHeight + 10) - 10;
  return `<TextBlock ID="${id}" HPOS="${hpos}" VPOS="${vpos}" WIDTH="${width}" HEIGHT="${height}">${textLines.join("")}</TextBlock>`;
}
