import { describe, expect, it } from "vitest";

import { segmentTextPage } from "../segment-text-page";
import { snapToCharacter } from "./cjk-chars";

describe("snapToCharacter", () => {
  const text = "王𠮷一"; // 𠮷 is two UTF-16 units: indices 1 and 2

  it("moves a boundary inside a surrogate pair to the pair's start or end", () => {
    expect(snapToCharacter(text, 2, true)).toBe(1);
    expect(snapToCharacter(text, 2, false)).toBe(3);
  });

  it("leaves boundaries between characters alone", () => {
    for (const i of [0, 1, 3, 4])
      expect(snapToCharacter(text, i, true)).toBe(i);
  });
});

describe("repair quotes around rare characters", () => {
  const isWellFormed = (s: string) =>
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
      s,
    );

  it("never cut a character outside the BMP in half", () => {
    const page =
      "## 标题\n\n■记者 王芳\n\n本报讯 他说王𠮷一二三四五六七\n\n办事认真,𠮷𠮷𠮷𠮷。\n";
    const { repairs } = segmentTextPage(page, { page: 1, repair: true });
    expect(repairs.map((r) => r.kind).sort()).toEqual([
      "column-break",
      "punctuation",
    ]);
    for (const r of repairs) {
      expect(isWellFormed(r.original), r.original).toBe(true);
      expect(isWellFormed(r.replacement), r.replacement).toBe(true);
    }
  });
});
