// A suggestion the correction desk offers and never applies on its own: a
// place in the current body (block, UTF-16 offset and length, as in
// docToBlocks) with what might be meant there. Client-safe.
import { stableHash } from "../merge/stable-hash";

/** "learned": a misread this paper's editors corrected elsewhere (学到的更正, lib/articles/learned). */
export type SuggestionKind =
  | "learned"
  | "confusable"
  | "low-confidence"
  | "mid-sentence-break"
  | "hyphenation";

export interface Suggestion {
  /**
   * Stable across saves while the text around it is unchanged (kind, text,
   * first replacement, a few characters of context, and which occurrence of
   * all that it is), so a dismissed suggestion stays dismissed.
   */
  key: string;
  kind: SuggestionKind;
  block: number;
  offset: number;
  /** 0 for a mid-sentence break (the place between two paragraphs). */
  length: number;
  /** The text at [offset, offset + length) of the block. */
  text: string;
  /** Best first; empty when there is nothing to propose (low confidence). For a break, [""] joins. */
  replacements: string[];
  /** OCR confidence 0–1 where the source gives one. */
  confidence: number | null;
  note: string;
  noteZh: string;
}

export type SuggestionDraft = Omit<Suggestion, "key">;

/** Characters of context on each side that a key remembers. */
const KEY_CONTEXT = 4;

// At one place, what colleagues corrected outranks a dictionary guess.
const KIND_ORDER: Record<SuggestionKind, number> = {
  learned: 0,
  confusable: 1,
  hyphenation: 2,
  "low-confidence": 3,
  "mid-sentence-break": 4,
};

/** Text order: by block, offset, then longer first and a fixed order of kinds. */
export function compareSuggestions(
  a: SuggestionDraft,
  b: SuggestionDraft,
): number {
  return (
    a.block - b.block ||
    a.offset - b.offset ||
    b.length - a.length ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  );
}

/**
 * Gives drafts their keys and puts them in text order. `texts` are the body's
 * block texts; a break's context runs into the next block.
 */
export function withKeys(
  texts: readonly string[],
  drafts: readonly SuggestionDraft[],
): Suggestion[] {
  const seen = new Map<string, number>();
  return [...drafts].sort(compareSuggestions).map((d) => {
    const text = texts[d.block] ?? "";
    const before = text.slice(Math.max(0, d.offset - KEY_CONTEXT), d.offset);
    const after = (
      d.kind === "mid-sentence-break"
        ? (texts[d.block + 1] ?? "")
        : text.slice(d.offset + d.length)
    ).slice(0, KEY_CONTEXT);
    const base = JSON.stringify([
      d.kind,
      d.text,
      d.replacements[0] ?? "",
      before,
      after,
    ]);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { key: `${d.kind}:${stableHash(`${base}#${occurrence}`)}`, ...d };
  });
}
