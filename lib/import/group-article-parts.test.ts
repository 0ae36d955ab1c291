import { describe, expect, it } from "vitest";

import {
  jumpFrom,
  jumpTo,
  ocrArticle,
  ocrPage,
} from "@/lib/testing/ocr-factories";

import { groupArticleParts, headlineSimilarity } from "./group-article-parts";

describe("groupArticleParts", () => {
  it("joins a jump to page 2 with the continuation from page 1", () => {
    const start = ocrArticle({
      headline: "勇挑大梁担使命 提质进位走前列",
      jumps: [jumpTo(2)],
    });
    const other = ocrArticle({ headline: "另一篇" });
    const cont = ocrArticle({
      headline: "勇挑大梁担使命",
      jumps: [jumpFrom(1)],
    });
    const { groups, unmatchedContinuations } = groupArticleParts([
      ocrPage(2, [other, cont]),
      ocrPage(1, [start]),
    ]);
    expect(unmatchedContinuations).toEqual([]);
    expect(
      groups.map((g) => g.parts.map((p) => `${p.page}:${p.indexOnPage}`)),
    ).toEqual([["1:1", "2:2"], ["2:1"]]);
  });

  it("picks the right start by headline when two articles jump to the same page", () => {
    const a = ocrArticle({
      headline: "平湖数字乡村获省级优秀",
      jumps: [jumpTo(3)],
    });
    const b = ocrArticle({
      headline: "嘉兴市政协主席来平走访",
      jumps: [jumpTo(3)],
    });
    const cont = ocrArticle({
      headline: "嘉兴市政协主席来平走访",
      jumps: [jumpFrom(1)],
    });
    const { groups } = groupArticleParts([
      ocrPage(1, [a, b]),
      ocrPage(3, [cont]),
    ]);
    const joined = groups.find((g) => g.parts.length === 2)!;
    expect(joined.parts[0]!.article).toBe(b);
  });

  it("joins headline-less continuations by page order and flags the guess", () => {
    const a = ocrArticle({ headline: "甲稿", jumps: [jumpTo(2)] });
    const b = ocrArticle({ headline: "乙稿", jumps: [jumpTo(2)] });
    const c1 = ocrArticle({ headline: null, jumps: [jumpFrom(1)] });
    const c2 = ocrArticle({ headline: null, jumps: [jumpFrom(1)] });
    const { groups, guessedJoins } = groupArticleParts([
      ocrPage(1, [a, b]),
      ocrPage(2, [c1, c2]),
    ]);
    expect(groups.map((g) => g.parts.map((p) => p.article))).toEqual([
      [a, c1],
      [b, c2],
    ]);
    // The first join had two equal candidates; the second had only one left.
    expect(guessedJoins.map((p) => p.article)).toEqual([c1]);
  });

  it("follows an article over three pages", () => {
    const p1 = ocrArticle({ headline: "长稿", jumps: [jumpTo(2)] });
    const p2 = ocrArticle({ headline: null, jumps: [jumpFrom(1), jumpTo(3)] });
    const p3 = ocrArticle({ headline: null, jumps: [jumpFrom(2)] });
    const { groups, unmatchedContinuations } = groupArticleParts([
      ocrPage(1, [p1]),
      ocrPage(2, [p2]),
      ocrPage(3, [p3]),
    ]);
    expect(unmatchedContinuations).toEqual([]);
    expect(groups.map((g) => g.parts.map((p) => p.page))).toEqual([[1, 2, 3]]);
  });

  it("leaves a continuation whose start is not in the document unmatched", () => {
    const cont = ocrArticle({ jumps: [jumpFrom(1)] });
    const { groups, unmatchedContinuations } = groupArticleParts([
      ocrPage(2, [cont]),
    ]);
    expect(groups).toEqual([]);
    expect(unmatchedContinuations.map((p) => p.article)).toEqual([cont]);
  });

  it("does not join when the jump points to another page", () => {
    const start = ocrArticle({ jumps: [jumpTo(4)] });
    const cont = ocrArticle({ jumps: [jumpFrom(1)] });
    const { unmatchedContinuations } = groupArticleParts([
      ocrPage(1, [start]),
      ocrPage(2, [cont]),
    ]);
    expect(unmatchedContinuations).toHaveLength(1);
  });

  it("groups METS parts by their shared key, in page order", () => {
    const p1 = ocrArticle({ key: "ART1", headline: "跨版文章" });
    const p2 = ocrArticle({ key: "ART1", headline: null });
    const { groups } = groupArticleParts([ocrPage(2, [p2]), ocrPage(1, [p1])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.parts.map((p) => p.page)).toEqual([1, 2]);
  });
});

describe("headlineSimilarity", () => {
  it("scores shared bigrams against the shorter headline", () => {
    expect(
      headlineSimilarity("勇挑大梁担使命 提质进位走前列", "勇挑大梁担使命"),
    ).toBe(1);
    expect(headlineSimilarity("平湖数字乡村", "嘉兴市政协")).toBe(0);
    expect(headlineSimilarity(null, "x")).toBe(0);
  });
});
