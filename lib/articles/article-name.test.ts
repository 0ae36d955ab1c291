import { describe, expect, it } from "vitest";

import { articleName, openingWords } from "./article-name";

describe("naming an article", () => {
  it("uses the headline when there is one", () => {
    expect(
      articleName("平湖数字乡村获省级“优秀”", "平湖市", "（无标题）"),
    ).toBe("平湖数字乡村获省级“优秀”");
  });

  it("names the two untitled halves of a split by their first words", () => {
    const first = articleName(
      "",
      openingWords("城市建设稳步推进，各项工程按期完成。"),
      "（无标题）",
    );
    const second = articleName(
      "",
      openingWords("  发展的最终目的\n是什么？"),
      "（无标题）",
    );
    expect(first).toBe("（无标题）城市建设稳步推进，各…");
    expect(second).toBe("（无标题）发展的最终目的 是什…");
    expect(first).not.toBe(second);
  });

  it("falls back to （无标题） alone for an empty body", () => {
    expect(openingWords(" \n ")).toBeNull();
    expect(articleName(" ", null, "（无标题）")).toBe("（无标题）");
  });
});
