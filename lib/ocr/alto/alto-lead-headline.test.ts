// Issue 13 item 10 on ALTO without METS: the lead package's headline, as tall
// as a masthead and across the page, heads an article with its deck; the
// paper's name over a date line stays the masthead.
import { describe, expect, it } from "vitest";

import { readOcrFiles } from "../read-ocr-input";

const utf8 = (s: string) => new TextEncoder().encode(s);
const BODY = [
  "岁末年初，走进新埭镇的田间地头，处处是一派繁忙景象。",
  "今年以来，我县坚持农业农村优先发展，全县农业产业",
  "化水平持续提升，农民收入稳步增长。",
];

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
  return `<TextBlock ID="${id}" HPOS="${hpos}" VPOS="${vpos}" WIDTH="${width}" HEIGHT="${lines.length * (lineHeight + 10) - 10}">${textLines.join("")}</TextBlock>`;
}

function page(
  head: string,
  version = 'xmlns="http://www.loc.gov/standards/alto/ns-v3#"',
) {
  const xml = `<alto ${version}><Layout><Page WIDTH="3000" HEIGHT="4000"><PrintSpace HPOS="0" VPOS="0" WIDTH="3000" HEIGHT="4000">${head}
    ${block("B1", 600, 100, 900, 40, BODY)}${block("B2", 600, 1100, 900, 40, BODY)}${block("B3", 600, 2100, 900, 40, BODY)}</PrintSpace></Page></Layout></alto>`;
  const p = readOcrFiles([{ name: "p01.xml", bytes: utf8(xml) }], {
    page: 1,
    repair: true,
  }).pages[0]!;
  return {
    furniture: p.furniture,
    heads: p.articles.map((a) => [
      a.rubric,
      a.headline,
      a.deck,
      a.bylines.map((b) => b.names.join("")).join(" "),
    ]),
  };
}

const LEAD = ["经济头条", "乡村振兴绘新景", "我县农业产业化发展综述", "张伟"];

describe("the lead headline (头条) at the top of an ALTO page is not the masthead", () => {
  it.each([
    [
      "headline, dashed deck and byline in blocks of their own",
      block("H", 100, 100, 2600, 120, ["乡村振兴绘新景（经济头条）"]) +
        block("D", 260, 300, 2000, 60, ["——我县农业产业化发展综述"]) +
        block("BY", 360, 100, 800, 40, ["本报记者 张伟"]),
    ],
    [
      "headline and undashed deck in one block, byline under it",
      block("H", 100, 100, 2600, 120, [
        "乡村振兴绘新景（经济头条）",
        "我县农业产业化发展综述",
      ]) + block("BY", 400, 100, 800, 40, ["本报记者 张伟"]),
    ],
    [
      "headline and dashed deck in one block",
      block("H", 100, 100, 2600, 120, [
        "乡村振兴绘新景（经济头条）",
        "——我县农业产业化发展综述",
      ]) + block("BY", 400, 100, 800, 40, ["本报记者 张伟"]),
    ],
  ])("%s", (_, head) => {
    expect(page(head)).toEqual({ furniture: [], heads: [LEAD] });
    expect(page(head, "").heads).toEqual([LEAD]);
  });

  it("a lead headline with no rubric over its byline", () => {
    const head =
      block("H", 100, 100, 2600, 120, ["乡村振兴绘新景"]) +
      block("BY", 280, 100, 800, 40, ["本报记者 张伟"]);
    expect(page(head)).toEqual({
      furniture: [],
      heads: [[null, "乡村振兴绘新景", null, "张伟"]],
    });
  });

  it("keeps the paper's name over the date line as the masthead, and a lead headline under it", () => {
    const head =
      block("M", 20, 100, 2600, 140, ["平湖日报"]) +
      block("DATE", 180, 100, 2600, 40, ["2024年3月8日 星期五"]) +
      block("H", 260, 100, 2600, 120, ["乡村振兴绘新景（经济头条）"]) +
      block("BY", 420, 100, 800, 40, ["本报记者 张伟"]);
    expect(page(head)).toEqual({
      furniture: ["平湖日报", "2024年3月8日 星期五"],
      heads: [["经济头条", "乡村振兴绘新景", null, "张伟"]],
    });
  });

  it("keeps a masthead over a byline-less date line even without a paper-name suffix", () => {
    const head =
      block("M", 20, 100, 2600, 140, ["LE PETIT JOURNAL"]) +
      block("DATE", 180, 100, 2600, 40, ["LUNDI 12 JANVIER 1912 — 5 CENTIMES"]);
    expect(page(head).furniture).toEqual([
      "LE PETIT JOURNAL",
      "LUNDI 12 JANVIER 1912 — 5 CENTIMES",
    ]);
  });
});
