import { describe, expect, it } from "vitest";

import type { OcrWord } from "@/lib/ocr/types";

import { blocksToDoc } from "../article-doc";
import { findHyphenationAlternatives } from "./find-hyphenation-alternatives";

const body = blocksToDoc([
  {
    type: "paragraph",
    text: "Die Stadtverwaltung hat den Bau einer neuen Brücke beschlossen.",
  },
]);
const brucke = { block: 0, offset: 44, text: "Brücke", wc: 0.88, cc: null };

describe("findHyphenationAlternatives", () => {
  it("offers the other readings of a joined word where it stands", () => {
    const words = [
      { ...brucke, alternatives: ["Brü-cke", "Brücke", "Brü-cke"] },
    ] as OcrWord[];
    expect(findHyphenationAlternatives(body, words)).toEqual([
      expect.objectContaining({
        kind: "hyphenation",
        block: 0,
        offset: 44,
        length: 6,
        text: "Brücke",
        replacements: ["Brü-cke"],
        confidence: 0.88,
        note: "A word broken across lines; it may also read “Brü-cke”.",
      }),
    ]);
  });

  it("reads words without the field, or with a malformed one, as having none", () => {
    expect(findHyphenationAlternatives(body, [brucke])).toEqual([]);
    expect(
      findHyphenationAlternatives(body, [
        { ...brucke, alternatives: "Brü-cke" } as unknown as OcrWord,
      ]),
    ).toEqual([]);
    expect(
      findHyphenationAlternatives(body, [
        { ...brucke, alternatives: [3, ""] } as unknown as OcrWord,
      ]),
    ).toEqual([]);
  });

  it("drops the suggestion once the word was edited", () => {
    const edited = blocksToDoc([
      {
        type: "paragraph",
        text: "Die Stadtverwaltung hat den Bau einer neuen Brü-cke beschlossen.",
      },
    ]);
    expect(
      findHyphenationAlternatives(edited, [
        { ...brucke, alternatives: ["Brü-cke"] } as OcrWord,
      ]),
    ).toEqual([]);
  });
});
