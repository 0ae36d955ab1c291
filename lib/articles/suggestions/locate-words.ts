// Finds the OCR words (with their confidences) in the current body. Words
// carry the block and offset they had at import; an editor's changes since
// move text around, so a word not found where it was is followed through a
// character diff from the import-time text (rebuilt from the words
// themselves) to the current one. Words whose characters were edited are
// dropped: their confidence no longer says anything. Client-safe.
import DiffMatchPatch from "diff-match-patch";

import type { OcrWord } from "@/lib/ocr/types";

export interface LocatedWord<W> {
  word: W;
  block: number;
  /** UTF-16 offset in the block's current text. */
  offset: number;
}

/** Stands for import-time characters no word covers (spaces, unread marks); never in a body. */
const FILLER = "\uffff";
/** Seconds the fallback diff may take before settling for a rougher alignment. */
const DIFF_TIMEOUT_SECONDS = 0.1;

type WordLike = Pick<OcrWord, "block" | "offset" | "text">;

/** Stored words are JSON: only well-formed ones are used. */
export function isWellFormedWord(word: unknown): word is OcrWord {
  const w = word as Partial<OcrWord> | null;
  return (
    typeof w === "object" &&
    w !== null &&
    typeof w.text === "string" &&
    w.text !== "" &&
    Number.isInteger(w.block) &&
    Number.isInteger(w.offset) &&
    w.block! >= 0 &&
    w.offset! >= 0
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

/** The import-time body as far as the words tell it, blocks joined by blank lines, and where each block starts. */
function importTimeText(words: readonly WordLike[]): { text: string; starts: number[] } {
  const lengths: number[] = [];
  for (const w of words) lengths[w.block] = Math.max(lengths[w.block] ?? 0, w.offset + w.text.length);
  const chars = Array.from({ length: lengths.length }, (_, b) => new Array<string>(lengths[b] ?? 0).fill(FILLER));
  for (const w of words) for (let i = 0; i < w.text.length; i++) chars[w.block]![w.offset + i] = w.text.charAt(i);
  const starts: number[] = [];
  let at = 0;
  const parts = chars.map((c) => {
    starts.push(at);
    at += c.length + 2;
    return c.join("");
  });
  return { text: parts.join("\n\n"), starts };
}

/**
 * Each word found in the body's block `texts`, in text order: where it was
 * at import if its text is still there, else where the diff from the
 * import-time text carries it. Words whose text is no longer there are left
 * out.
 */
export function locateWords<W extends WordLike>(texts: readonly string[], words: readonly W[]): LocatedWord<W>[] {
  const found: LocatedWord<W>[] = [];
  const missed: W[] = [];
  for (const word of words) {
    if (!isWellFormedWord(word)) continue;
    if (texts[word.block]?.startsWith(word.text, word.offset)) found.push({ word, block: word.block, offset: word.offset });
    else missed.push(word);
  }
  if (missed.length > 0) {
    const before = importTimeText(words.filter(isWellFormedWord));
    const currentStarts: number[] = [];
    let at = 0;
    for (const t of texts) {
      currentStarts.push(at);
      at += t.length + 2;
    }
    const dmp = new DiffMatchPatch();
    dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
    // Runs of text both have: [start in the import-time text, start in the current text, length].
    const equal: [number, number, number][] = [];
    let x = 0;
    let y = 0;
    for (const [op, text] of dmp.diff_main(before.text, texts.join("\n\n"), false)) {
      if (op === 0) equal.push([x, y, text.length]);
      if (op !== 1) x += text.length;
      if (op !== -1) y += text.length;
    }
    const runStarts = equal.map((e) => e[0]);
    for (const word of missed) {
      const from = before.starts[word.block]! + word.offset;
      const run = equal[lastAtOrBelow(runStarts, from)];
      if (!run || from < run[0] || from + word.text.length > run[0] + run[2]) continue;
      const position = run[1] + (from - run[0]);
      const block = lastAtOrBelow(currentStarts, position);
      const offset = position - currentStarts[block]!;
      if (texts[block]?.startsWith(word.text, offset)) found.push({ word, block, offset });
    }
  }
  return found.sort((a, b) => a.block - b.block || a.offset - b.offset);
}

/**
 * A word's OCR confidence, 0 (unsure) to 1 (sure): ALTO WC when given, else
 * from CC (one digit per character, 0 sure … 9 unsure; spaces between digits
 * allowed) by its least sure character. Null when the source gives neither.
 */
export function wordConfidence(word: Pick<OcrWord, "wc" | "cc">): number | null {
  if (typeof word.wc === "number" && Number.isFinite(word.wc)) return Math.min(1, Math.max(0, word.wc));
  if (typeof word.cc !== "string") return null;
  let worst = -1;
  for (const ch of word.cc) {
    if (ch >= "0" && ch <= "9") worst = Math.max(worst, ch.charCodeAt(0) - 48);
    else if (ch !== " ") return null;
  }
  return worst < 0 ? null : 1 - worst / 9;
}
