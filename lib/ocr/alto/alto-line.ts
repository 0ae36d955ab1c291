// Turns the String/SP/HYP elements of one ALTO TextLine into a line of text
// and the offsets of its words.
//
// Whitespace rule: every SP between two words becomes one space, Chinese or
// not, exactly as a text export of the same OCR would read. Between two
// Chinese characters in body text such a space is an OCR artefact (Tesseract
// puts one between every "word"), and the whitespace repair removes it with a
// recorded, undoable repair; in a headline the same gap separates two halves
// on purpose (勇挑大梁担使命 提质进位走前列) and is kept. So ALTO and text
// input are repaired by one rule. One exception uses the geometry only ALTO
// has: an SP narrower than half a character between two Chinese strings is
// letter-spacing, not a gap anyone would read, and becomes nothing. A line
// with no SP at all (some producers omit them) gets a space only between two
// non-CJK words. Where a producer writes SPs but leaves one out (docWorks
// does, in CCS-namespace files such as Chronicling America's), two Latin
// Strings whose boxes stand a visible gap apart are still two words.
import { endsWithCjk, startsWithCjk } from "../text/cjk-chars";

const CLOSING_PUNCTUATION = /^[.,;:!?)\]}»”’%]/;
/** A gap narrower than this share of a character's width is letter-spacing. */
const NARROW_GAP = 0.5;
/** Two Latin Strings this share of a character's width apart, or more, are separate words (no SP written). */
const WORD_GAP = 0.3;
const OPENING_PUNCTUATION = /[([{«“‘"'„]$/;

export interface AltoToken {
  kind: "word" | "space" | "hyphen";
  /** Text as it will be printed; "" when a hyphenation repair merged it away. */
  text: string;
  wc: number | null;
  cc: string | null;
  /** SP: its WIDTH. String: its WIDTH per character. Null when the source gives none. */
  width: number | null;
  /** Other readings of a word (ALTERNATIVE, duplicate Strings); null when none. */
  alternatives: string[] | null;
  /** String: its HPOS and HPOS + WIDTH, when the source gives both. */
  span?: { from: number; to: number } | null;
}

export interface AssembledLine {
  text: string;
  /** Words that carry a confidence or alternative readings, with their offset in `text`. */
  words: {
    offset: number;
    text: string;
    wc: number | null;
    cc: string | null;
    alternatives?: string[];
  }[];
}

/**
 * One TextLine's tokens (String, SP, HYP in document order) as a line of
 * text, with the offset of each word that carries a confidence or other
 * readings. Spacing follows the rule at the top of this file.
 */
export function assembleLine(tokens: readonly AltoToken[]): AssembledLine {
  const hasSpaces = tokens.some((t) => t.kind === "space");
  const words: AssembledLine["words"] = [];
  let text = "";
  let gap = false;
  let gapWidth: number | null = 0;
  let charWidth: number | null = null;
  let previous: AltoToken | null = null;
  for (const token of tokens) {
    if (token.kind === "space") {
      if (!gap) gapWidth = 0;
      gap = text.length > 0;
      gapWidth =
        gapWidth === null || token.width === null
          ? null
          : gapWidth + token.width;
      continue;
    }
    if (token.text === "") continue;
    if (token.kind === "word") {
      const cjk = endsWithCjk(text) && startsWithCjk(token.text);
      const narrow =
        cjk && gapWidth !== null && isNarrow(gapWidth, charWidth, token.width);
      const latinPair =
        text.length > 0 &&
        !CLOSING_PUNCTUATION.test(token.text) &&
        !endsWithCjk(text) &&
        !startsWithCjk(token.text);
      const wantsSpace = hasSpaces
        ? (gap && !narrow) ||
          (!gap && latinPair && apart(previous, token, text))
        : latinPair;
      if (wantsSpace && !/\s$/.test(text)) text += " ";
      charWidth = token.width;
      if (token.alternatives !== null) {
        words.push({
          offset: text.length,
          text: token.text,
          wc: token.wc,
          cc: token.cc,
          alternatives: token.alternatives,
        });
      } else if (token.wc !== null || token.cc !== null) {
        words.push({
          offset: text.length,
          text: token.text,
          wc: token.wc,
          cc: token.cc,
        });
      }
    }
    text += token.text;
    gap = false;
    previous = token.kind === "word" ? token : null;
  }
  return { text, words };
}

/** Do the boxes of two adjacent Latin Strings leave a word space between them (an SP the producer left out)? */
function apart(
  before: AltoToken | null,
  after: AltoToken,
  text: string,
): boolean {
  const a = before?.span;
  const b = after.span;
  if (
    !a ||
    !b ||
    OPENING_PUNCTUATION.test(text) ||
    /^[-–—]/.test(after.text) ||
    /[-–—]$/.test(text)
  )
    return false;
  const char = Math.min(before.width ?? Infinity, after.width ?? Infinity);
  return Number.isFinite(char) && b.from - a.to >= WORD_GAP * char;
}

function isNarrow(
  gap: number,
  before: number | null,
  after: number | null,
): boolean {
  if (before === null || after === null) return false;
  return gap < NARROW_GAP * Math.min(before, after);
}
