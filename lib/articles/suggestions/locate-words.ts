// Finds the OCR words (with their confidences) in the current body. Words
// carry the block and offset they had at import, and only some words are
// stored (those with a confidence or other readings), so the import-time
// text cannot be rebuilt. Instead: words starting a phrase that occurs once
// in the body are anchors (kept in import order), and every other word is
// looked for between its neighbouring anchors, near where its distance from
// them says.
// Words not found there were edited away and are dropped: their confidence
// no longer says anything. Client-safe.
import type { OcrWord } from "@/lib/ocr/types";

export interface LocatedWord<W> {
  word: W;
  block: number;
  /** UTF-16 offset in the block's current text. */
  offset: number;
}

type WordLike = Pick<OcrWord, "block" | "offset" | "text">;

/** Larger than any body the schema allows (5,000 blocks of at most 10,000 × 100,000 characters is not stored). */
const MAX_BLOCK = 5_000;
const MAX_OFFSET = 1_000_000;
/** Longest phrase of neighbouring words tried as an anchor, in characters. */
const ANCHOR_CHARS = 6;
/** How far from its expected place a non-anchor word may be found, in characters. */
const TOLERANCE = 24;

/** Stored words are JSON: only well-formed ones, within the schema's bounds, are used. */
export function isWellFormedWord(word: unknown): word is OcrWord {
  const w = word as Partial<OcrWord> | null;
  return (
    typeof w === "object" &&
    w !== null &&
    typeof w.text === "string" &&
    w.text !== "" &&
    !w.text.includes("\n") &&
    Number.isInteger(w.block) &&
    Number.isInteger(w.offset) &&
    w.block! >= 0 &&
    w.block! < MAX_BLOCK &&
    w.offset! >= 0 &&
    w.offset! < MAX_OFFSET
  );
}

/** Index of the last element of ascending `starts` that is ≤ value. */
function lastAtOrBelow(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes (into `positions`) of a longest strictly increasing subsequence. */
function longestIncreasing(positions: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(positions.length).fill(-1);
  positions.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!)
    out.push(i);
  return out.reverse();
}

/**
 * Each word found in the body's block `texts`, in text order. Ill-formed
 * stored words and words whose text is no longer near its place are left
 * out.
 */
export function locateWords<W extends WordLike>(
  texts: readonly string[],
  words: readonly W[],
): LocatedWord<W>[] {
  const valid = words
    .filter(isWellFormedWord)
    .sort((a, b) => a.block - b.block || a.offset - b.offset);
  if (valid.length === 0) return [];
  // Untouched since the import (the usual case when an article is first opened): every word where it was.
  if (valid.every((w) => texts[w.block]?.startsWith(w.text, w.offset)))
    return valid.map((word) => ({
      word,
      block: word.block,
      offset: word.offset,
    }));
  const starts: number[] = [];
  let length = 0;
  for (const t of texts) {
    starts.push(length);
    length += t.length + 2;
  }
  const text = texts.join("\n\n");
  // Where each word is now (global offset in `text`), -1 while unknown.
  const at = new Array<number>(valid.length).fill(-1);

  // Anchors: a word starting a phrase (it and the words right after it, up to
  // ANCHOR_CHARS characters) that occurs once in the body. One-character
  // words (some engines give one String per character) anchor by their phrase.
  const anchors: number[] = [];
  const anchorAt: number[] = [];
  valid.forEach((w, i) => {
    let phrase = w.text;
    for (let j = i + 1; j < valid.length && phrase.length < ANCHOR_CHARS; j++) {
      const v = valid[j]!;
      if (v.block !== w.block || v.offset !== w.offset + phrase.length) break;
      phrase += v.text;
    }
    if (phrase.length < 2) return;
    const first = text.indexOf(phrase);
    if (first !== -1 && text.indexOf(phrase, first + 1) === -1) {
      anchors.push(i);
      anchorAt.push(first);
    }
  });
  // Kept only in import order: a phrase moved elsewhere does not drag its neighbours along.
  for (const k of longestIncreasing(anchorAt)) at[anchors[k]!] = anchorAt[k]!;

  // The others, between the anchors around them, near where their distance from a neighbour puts them.
  let next = 0;
  let previous = -1;
  for (let i = 0; i < valid.length; i++) {
    if (at[i] !== -1) {
      previous = i;
      continue;
    }
    while (next <= i || (next < valid.length && at[next] === -1)) next++;
    const w = valid[i]!;
    const before =
      previous === -1 ? null : { word: valid[previous]!, at: at[previous]! };
    const after =
      next < valid.length ? { word: valid[next]!, at: at[next]! } : null;
    const from = before ? before.at + before.word.text.length : 0;
    const to = after ? after.at : text.length;
    let expected: number;
    if (before && before.word.block === w.block)
      expected =
        from + (w.offset - before.word.offset - before.word.text.length);
    else if (after && after.word.block === w.block)
      expected = to - (after.word.offset - w.offset);
    else {
      // No neighbour in its own block: assume blocks moved as the previous neighbour's did.
      const shift = before
        ? lastAtOrBelow(starts, before.at) - before.word.block
        : 0;
      const block = Math.min(Math.max(w.block + shift, 0), starts.length - 1);
      expected = (starts[block] ?? 0) + w.offset;
    }
    let best = -1;
    for (
      let p = text.indexOf(w.text, Math.max(from, expected - TOLERANCE));
      p !== -1 && p <= expected + TOLERANCE;
      p = text.indexOf(w.text, p + 1)
    ) {
      if (p + w.text.length > to) break;
      if (best === -1 || Math.abs(p - expected) < Math.abs(best - expected))
        best = p;
    }
    if (best !== -1) {
      at[i] = best;
      previous = i;
    }
  }

  const found: LocatedWord<W>[] = [];
  valid.forEach((word, i) => {
    if (at[i] === -1) return;
    const block = lastAtOrBelow(starts, at[i]!);
    found.push({ word, block, offset: at[i]! - starts[block]! });
  });
  return found;
}

/**
 * A word's OCR confidence, 0 (unsure) to 1 (sure): ALTO WC when given, else
 * from CC (one digit per character, 0 sure … 9 unsure; spaces between digits
 * allowed) by its least sure character. Null when the source gives neither.
 */
export function wordConfidence(
  word: Pick<OcrWord, "wc" | "cc">,
): number | null {
  if (typeof word.wc === "number" && Number.isFinite(word.wc))
    return Math.min(1, Math.max(0, word.wc));
  if (typeof word.cc !== "string") return null;
  let worst = -1;
  for (const ch of word.cc) {
    if (ch >= "0" && ch <= "9") worst = Math.max(worst, ch.charCodeAt(0) - 48);
    else if (ch !== " ") return null;
  }
  return worst < 0 ? null : 1 - worst / 9;
}
