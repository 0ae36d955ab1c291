import { describe, expect, it } from "vitest";

import type { OcrArticle } from "../types";
import { repairArticle } from "./repair-article";

function article(overrides: Partial<OcrArticle>): OcrArticle {
  return {
    kicker: null,
    headline: null,
    deck: null,
    dateline: null,
    bylines: [],
    blocks: [],
    jumps: [],
    rubric: null,
    key: null,
    originalText: "",
    words: [],
    ...overrides,
  };
}

describe("repairArticle", () => {
  it("makes no CJK repair in an article without Chinese, Japanese or Korean text", () => {
    const french = article({
      headline: "UN PEU PARTOUT :",
      blocks: [
        {
          type: "paragraph",
          text: "dit une troisième,— Oui ! Quelle aventure !—",
        },
        { type: "paragraph", text: "Partons — 1914 ( suite )." },
      ],
    });
    const result = repairArticle(french, { page: 1, article: 1 });
    expect(result.repairs).toEqual([
      {
        kind: "column-break",
        page: 1,
        article: 1,
        block: 0,
        original: "—\n\nPartons ",
        replacement: "— Partons ",
      },
    ]);
    expect(result.article.headline).toBe("UN PEU PARTOUT :");
    expect(result.article.blocks).toEqual([
      {
        type: "paragraph",
        text: "dit une troisième,— Oui ! Quelle aventure !— Partons — 1914 ( suite ).",
      },
    ]);
  });

  it("rejoins, then removes spaces, then fixes punctuation, with final block indices", () => {
    const input = article({
      headline: "勇挑大梁担使命 提质进位走前列",
      deck: "访平湖经济技术开发区(钟埭街道)党工委书记",
      blocks: [
        { type: "paragraph", text: "开局就奔跑。" },
        { type: "paragraph", text: "回望2023,财税 收入创历史新高," },
        { type: "paragraph", text: "企业利税总额增长10%以上。" },
        { type: "subhead", text: "聚焦提档升级,打造产业体系" },
      ],
    });
    const { article: repaired, repairs } = repairArticle(input, {
      page: 1,
      article: 5,
    });

    expect(repaired.headline).toBe("勇挑大梁担使命 提质进位走前列");
    expect(repaired.deck).toBe("访平湖经济技术开发区（钟埭街道）党工委书记");
    expect(repaired.blocks).toEqual([
      { type: "paragraph", text: "开局就奔跑。" },
      {
        type: "paragraph",
        text: "回望2023，财税收入创历史新高，企业利税总额增长10%以上。",
      },
      { type: "subhead", text: "聚焦提档升级，打造产业体系" },
    ]);
    expect(
      repairs.map((repair) => [
        repair.kind,
        repair.block,
        repair.field ?? null,
      ]),
    ).toEqual([
      ["column-break", 1, null],
      ["whitespace", 1, null],
      ["punctuation", -1, "deck"],
      ["punctuation", -1, "deck"],
      ["punctuation", 1, null],
      ["punctuation", 1, null],
      ["punctuation", 2, null],
    ]);
    expect(
      repairs.every((repair) => repair.page === 1 && repair.article === 5),
    ).toBe(true);
    // The input is not changed: segmenting twice gives the same result.
    expect(input.blocks).toHaveLength(4);
  });

  it("returns the article untouched and no repairs when there is nothing to fix", () => {
    const input = article({
      headline: "平湖数字乡村获省级“优秀”",
      blocks: [{ type: "paragraph", text: "我市获评优秀。" }],
    });
    const { article: repaired, repairs } = repairArticle(input, {
      page: 1,
      article: 3,
    });
    expect(repairs).toEqual([]);
    expect(repaired).toEqual(input);
  });
});
