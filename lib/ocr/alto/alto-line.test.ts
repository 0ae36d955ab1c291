import { describe, expect, it } from "vitest";

import { type AltoToken, assembleLine } from "./alto-line";

const w = (
  text: string,
  wc: number | null = null,
  cc: string | null = null,
  width: number | null = null,
): AltoToken => ({
  kind: "word",
  text,
  wc,
  cc,
  width,
  alternatives: null,
});
const sp: AltoToken = {
  kind: "space",
  text: " ",
  wc: null,
  cc: null,
  width: null,
  alternatives: null,
};
const spOf = (width: number): AltoToken => ({ ...sp, width });
const hyp = (text = "-"): AltoToken => ({
  kind: "hyphen",
  text,
  wc: null,
  cc: null,
  width: null,
  alternatives: null,
});

describe("assembleLine", () => {
  it("puts one space per SP between Latin words", () => {
    expect(
      assembleLine([w("Neue"), sp, w("Brücke"), sp, sp, w("für")]).text,
    ).toBe("Neue Brücke für");
  });

  it("keeps an SP between Chinese words as a space, for the whitespace repair to judge", () => {
    // In body text the repair removes it (recorded); in a headline it separates two halves.
    expect(
      assembleLine([w("勇挑大梁"), w("担使命"), sp, w("提质进位"), w("走前列")])
        .text,
    ).toBe("勇挑大梁担使命 提质进位走前列");
  });

  it("reads an SP narrower than half a character between Chinese strings as letter-spacing", () => {
    // Characters 40 wide: a 12-wide gap is letter-spacing, a 40-wide gap (an em) is a real one.
    const line = [
      w("勇挑大梁", null, null, 40),
      spOf(12),
      w("担使命", null, null, 40),
      spOf(40),
      w("提质进位", null, null, 40),
    ];
    expect(assembleLine(line).text).toBe("勇挑大梁担使命 提质进位");
    // Latin words keep their spaces however narrow.
    expect(
      assembleLine([
        w("tall", null, null, 40),
        spOf(5),
        w("ships", null, null, 40),
      ]).text,
    ).toBe("tall ships");
  });

  it("joins Chinese strings directly when the producer writes no SP at all", () => {
    expect(assembleLine([w("平湖"), w("日报"), w("2024"), w("年")]).text).toBe(
      "平湖日报2024年",
    );
  });

  it("separates Latin words when the producer writes no SP at all, but not before punctuation", () => {
    expect(
      assembleLine([w("tall"), w("ships"), w(","), w("arrive")]).text,
    ).toBe("tall ships, arrive");
  });

  it("records the offset of words that carry a confidence", () => {
    const line = assembleLine([
      w("Der"),
      sp,
      w("wichtigen", 0.42, "000790000"),
      sp,
      w("Tag"),
    ]);
    expect(line.words).toEqual([
      { offset: 4, text: "wichtigen", wc: 0.42, cc: "000790000" },
    ]);
  });

  it("prints a hyphen right after its word and drops parts emptied by a join", () => {
    expect(assembleLine([w("neuen"), sp, w("Brü"), hyp()]).text).toBe(
      "neuen Brü-",
    );
    expect(assembleLine([w(""), sp, w("beschlossen.")]).text).toBe(
      "beschlossen.",
    );
  });
});
