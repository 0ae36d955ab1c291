import { describe, expect, it } from "vitest";

import { lineSeparator } from "./line-separator";

describe("lineSeparator", () => {
  it("spaces Latin lines whatever punctuation ends or starts them", () => {
    const lines = [
      "They came to Paris,",
      "in June;",
      "it rained.",
      "Then came",
      "snow!",
      "Who",
      "knows?",
      "(so",
      "they",
      "say)",
      "end",
    ];
    const joined = lines.reduce(
      (text, line) => text + lineSeparator(text, line) + line,
    );
    expect(joined).toBe(
      "They came to Paris, in June; it rained. Then came snow! Who knows? (so they say) end",
    );
    expect(lineSeparator("« Oui »", "dit-il")).toBe(" ");
    expect(lineSeparator("Он сказал:", "«Да»")).toBe(" ");
  });

  it("runs Chinese, Japanese and Korean on without a space, looking through punctuation and quotes", () => {
    expect(lineSeparator("平湖经济技术", "开发区")).toBe("");
    expect(lineSeparator("他说：“", "我们")).toBe("");
    expect(lineSeparator("外资集聚地,", "外资经济")).toBe("");
    expect(lineSeparator("实现GDP", "增长12%")).toBe("");
    expect(lineSeparator("增长12.5%", "(上年为")).toBe("");
    expect(lineSeparator("東京都の", "ニュース")).toBe("");
    expect(lineSeparator("서울", "뉴스")).toBe("");
  });

  it("keeps a word hyphenated at the line end together, hyphen and all", () => {
    expect(lineSeparator("the Ger-", "mantown")).toBe("");
    expect(lineSeparator("Jean-", "Pierre")).toBe("");
    expect(lineSeparator("Zei¬", "tung")).toBe("");
    // A dash standing alone, or one after a number, is not a hyphenation.
    expect(lineSeparator("the river -", "and then")).toBe(" ");
    expect(lineSeparator("troisième,—", "Oui")).toBe(" ");
    expect(lineSeparator("pages 12-", "14")).toBe(" ");
  });
});
