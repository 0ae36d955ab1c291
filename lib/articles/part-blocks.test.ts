import { describe, expect, it } from "vitest";

import {
  anchorOf,
  partCharacters,
  partRanges,
  resolvePartStarts,
} from "./part-blocks";

const blocks = ["甲段。", "乙段，", "小标题", "丙段。", "丁段。"];

describe("parts of a jumped article", () => {
  it("starts part 1 at the first block and later parts where they were cut", () => {
    const parts = [
      { startBlock: 0, startAnchor: null },
      { startBlock: 2, startAnchor: anchorOf("小标题") },
    ];
    expect(resolvePartStarts(blocks, parts)).toEqual([0, 2]);
    expect(partRanges(blocks, parts)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 5 },
    ]);
    expect(partCharacters(blocks, parts)).toEqual([6, 9]);
  });

  it("follows its paragraph when paragraphs are added or removed before the cut", () => {
    const parts = [
      { startBlock: 0, startAnchor: null },
      { startBlock: 2, startAnchor: anchorOf("小标题") },
    ];
    expect(resolvePartStarts(["新加的一段。", ...blocks], parts)).toEqual([
      0, 3,
    ]);
    expect(resolvePartStarts(blocks.slice(1), parts)).toEqual([0, 1]);
  });

  it("keeps the stored index when the anchor paragraph was rewritten, within the body", () => {
    const parts = [
      { startBlock: 0, startAnchor: null },
      { startBlock: 3, startAnchor: "已经改掉的段落" },
    ];
    expect(resolvePartStarts(blocks, parts)).toEqual([0, 3]);
    expect(resolvePartStarts(blocks.slice(0, 2), parts)).toEqual([0, 2]);
  });

  it("never starts a part before the one it continues", () => {
    const parts = [
      { startBlock: 0, startAnchor: null },
      { startBlock: 3, startAnchor: null },
      { startBlock: 1, startAnchor: anchorOf("乙段，") },
    ];
    expect(resolvePartStarts(blocks, parts)).toEqual([0, 3, 4]);
  });

  it("anchors on the first characters, whole characters only", () => {
    expect(anchorOf("  ")).toBeNull();
    expect(anchorOf("立足共同富裕,打造更具辐射力的惠民高地")).toBe(
      "立足共同富裕,打造更具辐",
    );
    expect(Array.from(anchorOf("𠮷".repeat(20))!)).toHaveLength(12);
  });
});
