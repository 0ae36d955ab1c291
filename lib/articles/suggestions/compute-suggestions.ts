// Everything the correction desk suggests for an article body: confusable
// characters (dictionary), words OCR was unsure of, paragraphs cut
// mid-sentence and other readings of hyphenated words, minus those the
// editors dismissed. Runs on the server (the dictionary stays there).
import "server-only";

import type { OcrWord } from "@/lib/ocr/types";

import { docTexts } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import { findConfusableWords } from "./find-confusable-words";
import { findHyphenationAlternatives } from "./find-hyphenation-alternatives";
import { findLowConfidence } from "./find-low-confidence";
import { findMidSentenceBreaks } from "./find-mid-sentence-breaks";
import { compareSuggestions, withKeys, type Suggestion } from "./suggestion";

export type { Suggestion } from "./suggestion";

/**
 * Open suggestions for `body` in text order (block, offset). `words` are the
 * article's stored OCR words (null or empty for text imports); suggestions
 * whose key is in `dismissed` are left out. The first call loads the
 * dictionary (about half a second); later calls take milliseconds.
 */
export function computeSuggestions(body: ArticleDoc, words: readonly OcrWord[] | null | undefined, dismissed: ReadonlySet<string>): Suggestion[] {
  const texts = docTexts(body);
  const all = [
    ...withKeys(texts, findConfusableWords(texts)),
    ...findMidSentenceBreaks(body),
    ...(words && words.length > 0 ? [...findLowConfidence(body, words), ...findHyphenationAlternatives(body, words)] : []),
  ];
  return all.filter((s) => !dismissed.has(s.key)).sort(compareSuggestions);
}
