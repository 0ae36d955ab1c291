// Everything the correction desk suggests for an article body: misreads the
// paper's editors corrected elsewhere (learned pairs), confusable characters
// (dictionary), words OCR was unsure of, paragraphs cut mid-sentence and
// other readings of hyphenated words, minus those the editors dismissed.
// Runs on the server (the dictionary stays there).
import "server-only";

import type { OcrWord } from "@/lib/ocr/types";

import {
  EMPTY_LEARNED_INDEX,
  type LearnedPairIndex,
} from "../learned/learned-pair-index";
import { docTexts } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import { findConfusableWords } from "./find-confusable-words";
import { findHyphenationAlternatives } from "./find-hyphenation-alternatives";
import { findLowConfidence } from "./find-low-confidence";
import { findMidSentenceBreaks } from "./find-mid-sentence-breaks";
import { compareSuggestions, type Suggestion, withKeys } from "./suggestion";

export type { Suggestion } from "./suggestion";

/**
 * Open suggestions for `body` in text order (block, offset). `words` are the
 * article's stored OCR words (null or empty for text imports); `learned` is
 * the paper's learned-pair index (loadLearnedPairIndex); suggestions whose
 * key is in `dismissed` are left out. A confusable at the very place and
 * with the very word a learned pair offers is left out as a repeat. The
 * first call loads the dictionary (about half a second); later calls take
 * milliseconds.
 */
export function computeSuggestions(
  body: ArticleDoc,
  words: readonly OcrWord[] | null | undefined,
  dismissed: ReadonlySet<string>,
  learned: LearnedPairIndex = EMPTY_LEARNED_INDEX,
): Suggestion[] {
  const texts = docTexts(body);
  const fromColleagues = learnedSuggestionsOf(texts, learned);
  const offered = new Set(
    fromColleagues.map(
      (s) => `${s.block}:${s.offset}:${s.length}:${s.replacements[0]}`,
    ),
  );
  const all = [
    ...fromColleagues,
    ...withKeys(texts, findConfusableWords(texts)).filter(
      (s) =>
        !offered.has(`${s.block}:${s.offset}:${s.length}:${s.replacements[0]}`),
    ),
    ...findMidSentenceBreaks(body),
    ...(words && words.length > 0
      ? [
          ...findLowConfidence(body, words),
          ...findHyphenationAlternatives(body, words),
        ]
      : []),
  ];
  return all.filter((s) => !dismissed.has(s.key)).sort(compareSuggestions);
}

/** The learned-pair suggestions alone, with the keys computeSuggestions gives them (dismissed ones included). */
export function learnedSuggestions(
  body: ArticleDoc,
  learned: LearnedPairIndex,
): Suggestion[] {
  return learnedSuggestionsOf(docTexts(body), learned);
}

function learnedSuggestionsOf(
  texts: readonly string[],
  learned: LearnedPairIndex,
): Suggestion[] {
  return learned.size === 0 ? [] : withKeys(texts, learned.find(texts));
}
