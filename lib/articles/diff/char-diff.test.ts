import { describe, expect, it } from "vitest";

import { charDiff, type DiffOp, diffSummary } from "./char-diff";

const side = (ops: DiffOp[], keep: -1 | 1) =>
  ops
    .filter(([op]) => op !== -keep)
    .map(([, text]) => text)
    .join("");

describe("charDiff", () => {
  it("shows a punctuation repair as one character changed, in Chinese without word boundaries", () => {
    const ops = charDiff(
      "平湖是高质量外资集聚地,外资经济",
      "平湖是高质量外资集聚地，外资经济",
    );
    expect(ops).toEqual([
      [0, "平湖是高质量外资集聚地"],
      [-1, ","],
      [1, "，"],
      [0, "外资经济"],
    ]);
    expect(diffSummary(ops)).toEqual({ inserted: 1, deleted: 1 });
  });

  it("shows joined paragraphs as the blank line deleted", () => {
    const ops = charDiff(
      "惟创新者强，惟创\n\n新者胜。",
      "惟创新者强，惟创新者胜。",
    );
    expect(ops).toEqual([
      [0, "惟创新者强，惟创"],
      [-1, "\n\n"],
      [0, "新者胜。"],
    ]);
    expect(diffSummary(ops)).toEqual({ inserted: 0, deleted: 2 });
  });

  it("shows a corrected character in the middle of a sentence", () => {
    const ops = charDiff(
      "激发“大干快上、勇立潮头”的初劲和斗志",
      "激发“大干快上、勇立潮头”的干劲和斗志",
    );
    expect(ops).toEqual([
      [0, "激发“大干快上、勇立潮头”的"],
      [-1, "初"],
      [1, "干"],
      [0, "劲和斗志"],
    ]);
  });

  it("merges scattered matches into readable runs when a phrase is rewritten", () => {
    const before = "在勇当先行者谱写新篇章中彰显璀璨明珠新担当。";
    const after = "在奋力打造共同富裕示范引领的县域样板中彰显璀璨明珠新担当。";
    const ops = charDiff(before, after);
    expect(side(ops, -1)).toBe(before);
    expect(side(ops, 1)).toBe(after);
    // One deletion and one insertion, not a patchwork of single shared characters.
    expect(ops.filter(([op]) => op !== 0)).toHaveLength(2);
  });

  it("never splits a rare character outside the BMP", () => {
    const ops = charDiff("吉𠮷祥", "吉𠀀祥");
    expect(ops).toEqual([
      [0, "吉"],
      [-1, "𠮷"],
      [1, "𠀀"],
      [0, "祥"],
    ]);
    expect(diffSummary(ops)).toEqual({ inserted: 1, deleted: 1 });
  });

  it("returns nothing to show for equal or empty texts", () => {
    expect(charDiff("", "")).toEqual([]);
    expect(charDiff("同一段文字。", "同一段文字。")).toEqual([
      [0, "同一段文字。"],
    ]);
    expect(diffSummary(charDiff("", "新增三字"))).toEqual({
      inserted: 4,
      deleted: 0,
    });
  });
});
