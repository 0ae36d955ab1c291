import { describe, expect, it } from "vitest";

import type { OcrWord } from "@/lib/ocr/types";

import { blocksToDoc } from "../article-doc";
import { findLowConfidence, locateWordConfidences } from "./find-low-confidence";
import { wordConfidence } from "./locate-words";

const doc = (...texts: string[]) => blocksToDoc(texts.map((text) => ({ type: "paragraph" as const, text })));
const word = (block: number, offset: number, text: string, wc: number | null, cc: string | null = null): OcrWord => ({ block, offset, text, wc, cc });

// As imported: “平湖 经开 汇聚 了 一大批 项目” and a second paragraph.
const imported = ["平湖经开汇聚了一大批项目。", "数字见证决心。"];
const words = [
  word(0, 0, "平湖", 0.98),
  word(0, 2, "经开", 0.41),
  word(0, 4, "汇聚", 0.9),
  word(0, 7, "一大批", null, "017"),
  word(1, 0, "数字", 0.3),
  word(1, 4, "决心", 0.95),
];

describe("locateWordConfidences", () => {
  it("gives every word with a confidence its place, as imported", () => {
    expect(locateWordConfidences(doc(...imported), words)).toEqual([
      { block: 0, offset: 0, length: 2, confidence: 0.98 },
      { block: 0, offset: 2, length: 2, confidence: 0.41 },
      { block: 0, offset: 4, length: 2, confidence: 0.9 },
      { block: 0, offset: 7, length: 3, confidence: 1 - 7 / 9 },
      { block: 1, offset: 0, length: 2, confidence: 0.3 },
      { block: 1, offset: 4, length: 2, confidence: 0.95 },
    ]);
  });

  it("follows words moved by edits and drops the ones edited away", () => {
    // A new first paragraph, text inserted before 经开, 汇聚 rewritten, and the two paragraphs joined.
    const body = doc("编者按。", "平湖的经开聚集了一大批项目。数字见证决心。");
    expect(locateWordConfidences(body, words)).toEqual([
      { block: 1, offset: 0, length: 2, confidence: 0.98 },
      { block: 1, offset: 3, length: 2, confidence: 0.41 },
      { block: 1, offset: 8, length: 3, confidence: 1 - 7 / 9 },
      { block: 1, offset: 14, length: 2, confidence: 0.3 },
      { block: 1, offset: 18, length: 2, confidence: 0.95 },
    ]);
  });

  it("ignores malformed stored words", () => {
    const junk = [{ block: -1, offset: 0, text: "平湖", wc: 0.1, cc: null }, { block: 0, offset: 0, text: "", wc: 0.1, cc: null }, { text: 3 }] as unknown as OcrWord[];
    expect(locateWordConfidences(doc(...imported), junk)).toEqual([]);
  });
});

describe("wordConfidence", () => {
  it("reads WC first, else the least sure CC digit, with or without spaces", () => {
    expect(wordConfidence({ wc: 0.91, cc: "0 1 0" })).toBe(0.91);
    expect(wordConfidence({ wc: null, cc: "0 2 0" })).toBeCloseTo(1 - 2 / 9);
    expect(wordConfidence({ wc: null, cc: "0058000" })).toBeCloseTo(1 - 8 / 9);
    expect(wordConfidence({ wc: null, cc: null })).toBeNull();
    expect(wordConfidence({ wc: null, cc: "x1" })).toBeNull();
  });
});

describe("findLowConfidence", () => {
  it("suggests checking each word below the threshold, in text order", () => {
    const found = findLowConfidence(doc(...imported), words);
    expect(found.map((s) => [s.block, s.offset, s.text, s.confidence])).toEqual([
      [0, 2, "经开", 0.41],
      [0, 7, "一大批", 1 - 7 / 9],
      [1, 0, "数字", 0.3],
    ]);
    expect(found[0]).toMatchObject({ kind: "low-confidence", replacements: [], noteZh: "OCR 对此处识别把握不大（置信度 41%），请对照原版核对。" });
    expect(findLowConfidence(doc(...imported), words, 0.35).map((s) => s.text)).toEqual(["一大批", "数字"]);
  });
});
