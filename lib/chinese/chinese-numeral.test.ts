import { describe, expect, it } from "vitest";

import { parseChineseNumber } from "./chinese-numeral";

describe("parseChineseNumber", () => {
  it.each([
    ["2", 2],
    ["12", 12],
    ["１２", 12],
    ["二", 2],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十一", 21],
    ["一二", 12],
  ] as const)("reads %s as %i", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(["", "版", "十十", "二二十", "三百"])("rejects %s", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
