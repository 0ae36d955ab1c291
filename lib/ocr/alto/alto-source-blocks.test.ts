import { describe, expect, it } from "vitest";

import type { AltoBlock, AltoPage } from "./alto-page";
import { altoSourceBlocks, type BlockPart } from "./alto-source-blocks";

/** One block of `n` lines, a confident word and a hyphenation join on each. */
function longBlockPage(n: number): AltoPage {
  const block: AltoBlock = {
    id: "TB1",
    idNext: null,
    group: null,
    margin: false,
    lines: Array.from({ length: n }, (_, l) => `第${l}行`),
    words: Array.from({ length: n }, (_, l) => ({
      line: l,
      offset: 0,
      text: "第",
      wc: 0.5,
      cc: null,
    })),
    hint: "unknown",
    box: null,
  };
  return {
    file: "p1.xml",
    blocks: [block],
    groups: [],
    ids: new Map(),
    hyphenations: Array.from({ length: n }, (_, l) => ({
      block: 0,
      line: l,
      original: `a-\nb${l}`,
      replacement: `ab${l}`,
    })),
    readingOrder: [],
    width: null,
    printedNumber: null,
    warnings: [],
  };
}

describe("altoSourceBlocks", () => {
  it("carries a part's own words and joins, re-numbered to its lines", () => {
    const page = longBlockPage(5);
    const source = altoSourceBlocks(page, [
      { block: 0, from: 2, to: 3, hint: "body" },
    ]);
    expect(source.blocks).toEqual([
      {
        lines: ["第2行", "第3行"],
        hint: "body",
        words: [
          { line: 0, offset: 0, text: "第", wc: 0.5, cc: null },
          { line: 1, offset: 0, text: "第", wc: 0.5, cc: null },
        ],
      },
    ]);
    expect(source.hyphenations).toEqual([
      { block: 0, original: "a-\nb2", replacement: "ab2" },
      { block: 0, original: "a-\nb3", replacement: "ab3" },
    ]);
  });

  // The timeout is the assertion: rescanning the block's words and joins for each part took 40 s for this here, now 0.1 s.
  it(
    "cuts a 45,000-line block into one part per line",
    { timeout: 10_000 },
    () => {
      const n = 45_000;
      const page = longBlockPage(n);
      const parts: BlockPart[] = Array.from({ length: n }, (_, l) => ({
        block: 0,
        from: l,
        to: l,
        hint: null,
      }));
      const source = altoSourceBlocks(page, parts);
      expect(source.blocks).toHaveLength(n);
      expect(
        source.blocks.every(
          (b, l) =>
            b.lines[0] === `第${l}行` &&
            b.words?.length === 1 &&
            b.words[0]!.line === 0,
        ),
      ).toBe(true);
      expect(source.hyphenations).toHaveLength(n);
      expect(source.hyphenations[n - 1]).toEqual({
        block: n - 1,
        original: `a-\nb${n - 1}`,
        replacement: `ab${n - 1}`,
      });
    },
  );
});
