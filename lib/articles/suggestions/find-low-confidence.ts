// Words OCR itself was unsure of (ALTO WC/CC), found in the current body:
// every located word's confidence for the editor's heat colouring, and a
// suggestion to check each one below a threshold. Client-safe.
import type { OcrWord } from "@/lib/ocr/types";

import { docTexts } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import { locateWords, wordConfidence } from "./locate-words";
import { type Suggestion, withKeys } from "./suggestion";

/** Below this confidence a word is worth a proofreader's look. */
export const LOW_CONFIDENCE = 0.6;

export interface WordConfidence {
  block: number;
  /** UTF-16 offset and length in the block's current text. */
  offset: number;
  length: number;
  /** 0 unsure … 1 sure. */
  confidence: number;
}

/** Every OCR word still in the body that has a confidence, in text order. */
export function locateWordConfidences(
  body: ArticleDoc,
  words: readonly OcrWord[],
): WordConfidence[] {
  const out: WordConfidence[] = [];
  for (const { word, block, offset } of locateWords(docTexts(body), words)) {
    const confidence = wordConfidence(word);
    if (confidence !== null)
      out.push({ block, offset, length: word.text.length, confidence });
  }
  return out;
}

const percent = (c: number) => `${Math.round(c * 100)}%`;

/** A suggestion for each located word below `threshold` (0–1), in text order. */
export function findLowConfidence(
  body: ArticleDoc,
  words: readonly OcrWord[],
  threshold = LOW_CONFIDENCE,
): Suggestion[] {
  const texts = docTexts(body);
  return withKeys(
    texts,
    locateWordConfidences(body, words)
      .filter((w) => w.confidence < threshold)
      .map((w) => ({
        kind: "low-confidence" as const,
        block: w.block,
        offset: w.offset,
        length: w.length,
        text: texts[w.block]!.slice(w.offset, w.offset + w.length),
        replacements: [],
        confidence: w.confidence,
        note: `OCR was unsure of this word (confidence ${percent(w.confidence)}): check it against the page.`,
        noteZh: `OCR 对此处识别把握不大（置信度 ${percent(w.confidence)}），请对照原版核对。`,
      })),
  );
}
