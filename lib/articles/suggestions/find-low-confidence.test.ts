import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "@/lib/ocr/segment-text-page";
import type { OcrWord } from "@/lib/ocr/types";

import { blocksToDoc } from "../article-doc";
import {
  findLowConfidence,
  locateWordConfidences,
} from "./find-low-confidence";
import { locateWords, wordConfidence } from "./locate-words";

const doc = (...texts: string[]) =>
  blocksToDoc(texts.map((text) => ({ type: "paragraph" as const, text })));
const word = (
  block: number,
  offset: number,
  text: string,
  wc: number | null,
  cc: string | null = null,
): OcrWord => ({ block, offset, text, wc, cc });

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

  it("places every character of a character-by-character OCR after edits, by its neighbours", () => {
    // ALTO from some engines has one String per character; many characters recur (的, 平, 湖).
    const original = [
      "平湖的经开汇聚了平湖的大批项目。",
      "平湖的数字见证平湖的决心。",
    ];
    const perChar: OcrWord[] = original.flatMap((t, block) =>
      Array.from(t, (ch, offset) => word(block, offset, ch, 0.5)),
    );
    const body = doc(
      "编者按：平湖的新闻。",
      "平湖的经开聚集了平湖的一大批项目。",
      "平湖的数字见证平湖的决心。",
    );
    const located = locateWordConfidences(body, perChar);
    const texts = [
      "编者按：平湖的新闻。",
      "平湖的经开聚集了平湖的一大批项目。",
      "平湖的数字见证平湖的决心。",
    ];
    // Every located character is itself, and none landed in the inserted paragraph.
    for (const w of located) expect(w.block).toBeGreaterThan(0);
    expect(
      located
        .map((w) => texts[w.block]!.slice(w.offset, w.offset + w.length))
        .join(""),
    ).toBe("平湖的经开聚了平湖的大批项目。平湖的数字见证平湖的决心。");
  });

  it("ignores malformed stored words", () => {
    const junk = [
      { block: -1, offset: 0, text: "平湖", wc: 0.1, cc: null },
      { block: 0, offset: 0, text: "", wc: 0.1, cc: null },
      { text: 3 },
    ] as unknown as OcrWord[];
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
    expect(found.map((s) => [s.block, s.offset, s.text, s.confidence])).toEqual(
      [
        [0, 2, "经开", 0.41],
        [0, 7, "一大批", 1 - 7 / 9],
        [1, 0, "数字", 0.3],
      ],
    );
    expect(found[0]).toMatchObject({
      kind: "low-confidence",
      replacements: [],
      noteZh: "OCR 对此处识别把握不大（置信度 41%），请对照原版核对。",
    });
    expect(
      findLowConfidence(doc(...imported), words, 0.35).map((s) => s.text),
    ).toEqual(["一大批", "数字"]);
  });
});

describe("locateWords on the longest seed article after edits", () => {
  const page = readFileSync(
    path.join(__dirname, "../../../fixtures/pages/pinghu-2024-01-p1.md"),
    "utf8",
  );
  const blocks = segmentTextPage(page, {
    page: 1,
    repair: true,
  }).page.articles[4]!.blocks.map((b) => b.text);
  // Dense: every character a word (one String per character); sparse: a two-character word every 15 characters.
  const dense: OcrWord[] = blocks.flatMap((t, block) =>
    Array.from(t, (ch, offset) => word(block, offset, ch, 0.5)),
  );
  const sparse: OcrWord[] = blocks.flatMap((t, block) =>
    Array.from({ length: Math.floor(t.length / 15) }, (_, k) =>
      word(block, k * 15, t.slice(k * 15, k * 15 + 2), 0.5),
    ),
  );
  // A paragraph inserted at the top, two characters of block 6 replaced by one, block 9 deleted, blocks 12 and 13 joined.
  const edit = 6;
  const edited = [
    "编者按：平湖经开的新一年。",
    ...blocks.map((t, i) =>
      i === edit ? `${t.slice(0, 20)}某${t.slice(22)}` : t,
    ),
  ];
  edited.splice(10, 1);
  edited.splice(12, 2, edited[12]! + edited[13]!);
  /** Where an untouched word must be now; null when the edit touched it. */
  function truth(w: OcrWord): { block: number; offset: number } | null {
    if (w.block === 9) return null;
    if (w.block === edit && w.offset < 22 && w.offset + w.text.length > 20)
      return null;
    const offset = w.block === edit && w.offset >= 22 ? w.offset - 1 : w.offset;
    if (w.block < 9) return { block: w.block + 1, offset };
    if (w.block === 13)
      return { block: 12, offset: blocks[12]!.length + offset };
    return { block: w.block > 13 ? w.block - 1 : w.block, offset };
  }

  it.each([
    ["one word per character", dense],
    ["a few words per paragraph", sparse],
  ])("puts no word in a wrong place and loses few, with %s", (_, words) => {
    const located = locateWords(edited, words);
    for (const { word: w, block, offset } of located)
      expect({ text: w.text, block, offset }).toEqual({
        text: w.text,
        ...truth(w)!,
      });
    const untouched = words.filter((w) => truth(w) !== null).length;
    expect(located.length / untouched).toBeGreaterThan(0.95);
  });
});
