// Other readings ALTO gives for a word joined across a line-end hyphen
// (OcrWord.alternatives: "Brücke" might also be "Brü-cke"), offered where
// the word still stands in the current body. Client-safe.
import type { OcrWord } from "@/lib/ocr/types";

import { docTexts } from "../repairs/block-text";
import type { ArticleDoc } from "../tiptap-schema";
import { locateWords, wordConfidence } from "./locate-words";
import { type Suggestion, withKeys } from "./suggestion";

/** Most readings offered for one word. */
const MAX_ALTERNATIVES = 5;

/** The word's alternatives if it has any: stored JSON, so checked, not trusted. */
function alternativesOf(word: OcrWord): string[] {
  const raw: unknown = (word as OcrWord & { alternatives?: unknown })
    .alternatives;
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const a of raw)
    if (
      typeof a === "string" &&
      a !== "" &&
      a !== word.text &&
      !out.includes(a)
    )
      out.push(a);
  return out.slice(0, MAX_ALTERNATIVES);
}

/** A suggestion for each located word that has other readings, in text order. */
export function findHyphenationAlternatives(
  body: ArticleDoc,
  words: readonly OcrWord[],
): Suggestion[] {
  const texts = docTexts(body);
  const withAlternatives = words.filter((w) => alternativesOf(w).length > 0);
  if (withAlternatives.length === 0) return [];
  return withKeys(
    texts,
    locateWords(texts, withAlternatives).map(({ word, block, offset }) => {
      const readings = alternativesOf(word);
      return {
        kind: "hyphenation" as const,
        block,
        offset,
        length: word.text.length,
        text: word.text,
        replacements: readings,
        confidence: wordConfidence(word),
        note: `A word broken across lines; it may also read ${readings.map((r) => `“${r}”`).join(", ")}.`,
        noteZh: `跨行断开的词，也可能是${readings.map((r) => `“${r}”`).join("、")}。`,
      };
    }),
  );
}
