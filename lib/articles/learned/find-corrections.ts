// The corrections an article's text holds: the words editors changed from
// what OCR read (各创优品 → 名创优品), found by diffing the OCR text (with the
// importer's repairs replayed, so a converted comma is not a correction)
// against the saved text. Each becomes a learned pair for the paper, so a
// correction is cut to the word it belongs to: enough characters to be
// recognised elsewhere (两字以上), not the whole sentence around it.
import { isHan } from "@/lib/ocr/text/cjk-chars";

import { charDiff } from "../diff/char-diff";
import type { Dictionary } from "../suggestions/dictionary";

/** A misread as it stands in the OCR text, and what the editors made of it. */
export interface Correction {
  misread: string;
  correction: string;
}

/** Texts longer than this are not diffed (a flood of characters is not a correction; the diff would hold the article lock). */
export const MAX_LEARNING_TEXT = 100_000;
/** Longest changed run taken for a correction, in UTF-16 units; longer edits are rewrites. */
const MAX_CHANGE = 8;
/** Longest learned misread or correction, in UTF-16 units. */
const MAX_PAIR = 10;
/** An unknown Chinese name is widened with lone characters up to this length (名创优品, 宁波舟山). */
const UNKNOWN_NAME = 4;
/** How far a Chinese word is looked for on each side of a change. */
const WINDOW = 12;
/** Most corrections one article contributes (the rest of a rewrite teaches nothing useful). */
export const MAX_CORRECTIONS_PER_ARTICLE = 200;
/** A misread the dictionary counts more often than this is a real word: changing it is editing, not fixing OCR (他们 → 她们). */
const KNOWN_WORD = 10;
/**
 * Lone characters that attach freely to their neighbours (particles,
 * prepositions, conjunctions, adverbs, numerals, pronouns in jieba's
 * ICTCLAS tags): never absorbed into a misread name.
 */
const FREE_TAGS = /^(u|p|c|d|m|r|q|y|e|o)/;

const isLatin = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0x24f);
const all = (s: string, test: (code: number) => boolean) => {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
};
const withoutSpace = (s: string) => s.replace(/\s+/g, "");

/** A changed run of the diff, placed in the saved text. */
interface Change {
  /** Offset in `after` where the run starts (UTF-16). */
  at: number;
  removed: string;
  inserted: string;
}

/** The diff's changed runs; whitespace-only runs (line breaks the importer joined) are left out. */
function changesOf(before: string, after: string): Change[] {
  const changes: Change[] = [];
  let at = 0;
  let open: Change | null = null;
  for (const [op, text] of charDiff(before, after)) {
    if (op === 0) {
      open = null;
      at += text.length;
      continue;
    }
    if (!open) {
      open = { at, removed: "", inserted: "" };
      changes.push(open);
    }
    if (op === -1) open.removed += text;
    else {
      open.inserted += text;
      at += text.length;
    }
  }
  return changes.filter(
    (c) => withoutSpace(c.removed) !== withoutSpace(c.inserted),
  );
}

/** [start, end) of the Chinese word(s) around after[from, to), cut as described at the top. */
function chineseSpan(
  after: string,
  from: number,
  to: number,
  dictionary: Dictionary,
): [number, number] | null {
  let start = from;
  let end = to;
  while (
    start > 0 &&
    from - start < WINDOW &&
    isHan(after.charCodeAt(start - 1))
  )
    start--;
  while (
    end < after.length &&
    end - to < WINDOW &&
    isHan(after.charCodeAt(end))
  )
    end++;
  const words: { start: number; end: number; tag: string }[] = [];
  let offset = start;
  for (const { word, tag } of dictionary.segment(after.slice(start, end))) {
    words.push({ start: offset, end: offset + word.length, tag });
    offset += word.length;
  }
  let first = words.findIndex((w) => w.end > from);
  let last = words.findLastIndex((w) => w.start < to);
  if (first < 0 || last < first) return null;
  const length = () => words[last]!.end - words[first]!.start;
  // One character alone is found everywhere: take the neighbouring word, after it first.
  if (length() < 2) {
    if (last + 1 < words.length) last++;
    else if (first > 0) first--;
    else return null;
  }
  const text = () => after.slice(words[first]!.start, words[last]!.end);
  // An unknown run (a name the dictionary lacks breaks into lone characters, 名|创优|品): take the lone
  // characters next to it, after it first, until it is as long as such a name usually is.
  if (dictionary.frequency(text()) === 0) {
    const lone = (w: { start: number; end: number; tag: string } | undefined) =>
      w !== undefined && w.end - w.start === 1 && !FREE_TAGS.test(w.tag);
    while (
      length() < UNKNOWN_NAME &&
      (lone(words[last + 1]) || lone(words[first - 1]))
    ) {
      if (lone(words[last + 1])) last++;
      else first--;
    }
  }
  return [words[first]!.start, words[last]!.end];
}

/** [start, end) of the Latin word(s) around after[from, to). */
function latinSpan(after: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start > 0 && isLatin(after.charCodeAt(start - 1))) start--;
  while (end < after.length && isLatin(after.charCodeAt(end))) end++;
  return [start, end];
}

/**
 * The corrections `after` (the saved body text) makes to `before` (the OCR
 * text with the importer's repairs replayed, see replayRepairs), in text
 * order, without repeats, at most MAX_CORRECTIONS_PER_ARTICLE. A correction
 * is a changed run of Han characters or of Latin letters and digits (at
 * most 8 on each side) widened to its word: for Chinese, the dictionary's
 * words around it, at least two characters, with the lone characters of an
 * unknown name (up to four characters); for Latin, the whole word. Left
 * out: changes of punctuation or spacing only, pure insertions and
 * deletions, changes across a line break, Chinese changes of length (OCR
 * misreads glyph for glyph), misreads the dictionary knows as common words
 * (an editor's choice, not an OCR fault), and widenings that would run into
 * another change.
 * Texts longer than MAX_LEARNING_TEXT give none.
 */
export function findCorrections(
  before: string,
  after: string,
  dictionary: Dictionary,
): Correction[] {
  if (
    before === after ||
    before.length > MAX_LEARNING_TEXT ||
    after.length > MAX_LEARNING_TEXT
  )
    return [];
  const changes = changesOf(before, after);
  const found = new Map<string, Correction>();
  for (const [i, change] of changes.entries()) {
    if (found.size >= MAX_CORRECTIONS_PER_ARTICLE) break;
    const removed = withoutSpace(change.removed);
    const inserted = change.inserted;
    if (
      removed === "" ||
      inserted === "" ||
      inserted.length > MAX_CHANGE ||
      removed.length > MAX_CHANGE
    )
      continue;
    const from = change.at;
    const to = from + inserted.length;
    let span: [number, number] | null;
    if (all(removed, isHan) && all(inserted, isHan))
      span = chineseSpan(after, from, to, dictionary);
    else if (all(removed, isLatin) && all(inserted, isLatin))
      span = latinSpan(after, from, to);
    else continue;
    if (!span) continue;
    const [start, end] = span;
    // The widening is read from the saved text: it must be text the diff left alone.
    const previous = changes[i - 1];
    const next = changes[i + 1];
    if (
      (previous && previous.at + previous.inserted.length > start) ||
      (next && next.at < end)
    )
      continue;
    const correction = after.slice(start, end);
    const misread = after.slice(start, from) + removed + after.slice(to, end);
    if (
      misread.length < 2 ||
      correction.length > MAX_PAIR ||
      misread.length > MAX_PAIR ||
      misread === correction
    )
      continue;
    // OCR misreads Chinese glyph for glyph: a change of length is a rewrite, not a misread.
    if (
      all(misread, isHan) &&
      (misread.length !== correction.length ||
        dictionary.frequency(misread) > KNOWN_WORD)
    )
      continue;
    found.set(`${misread}\t${correction}`, { misread, correction });
  }
  return [...found.values()];
}

/** The key a correction is stored under on its article (Article.learnedCorrections). */
export const correctionKey = (c: Correction) => `${c.misread}\t${c.correction}`;

/** The correction a stored key names. */
export function parseCorrectionKey(key: string): Correction | null {
  const tab = key.indexOf("\t");
  return tab > 0
    ? { misread: key.slice(0, tab), correction: key.slice(tab + 1) }
    : null;
}
