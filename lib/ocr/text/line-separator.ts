// What goes between two printed lines read as running text, and between the
// two halves of a paragraph a column break cut: the article segmenter and the
// column-break repair use the same rule, for every script.
import { isCjkPunct, isHan } from "./cjk-chars";

/** How far past punctuation and quotes to look for a letter or character at a line's edge. */
const EDGE_SCAN = 8;

/**
 * "" or " ": the separator between `before` (a line, or text ending at a
 * break) and `after`. Chinese, Japanese and Korean run on without a space
 * when either edge is in those scripts, looking through punctuation and
 * quotes (平湖， ⏎ 嘉兴; GDP ⏎ 增长). Latin, Greek or Cyrillic text gets a space
 * whatever punctuation ends or starts a line (Paris, ⏎ in June; ⏎ (so they
 * say)), except after a word hyphenated at the line end (Ger- ⏎ mantown),
 * which runs on with its hyphen as printed: removing it is a repair.
 */
export function lineSeparator(before: string, after: string): "" | " " {
  if (before === "" || after === "") return "";
  const last = before.charCodeAt(before.length - 1);
  const first = after.charCodeAt(0);
  if (isSpaceCode(last) || isSpaceCode(first)) return "";
  if (
    isHyphen(last) &&
    before.length > 1 &&
    isLetter(before.charAt(before.length - 2)) &&
    isLetter(after.charAt(0))
  )
    return "";
  return edgeIsCjk(before, true) || edgeIsCjk(after, false) ? "" : " ";
}

/** Is the first letter or character met from this edge (through punctuation, quotes, dashes) Chinese, Japanese or Korean? */
function edgeIsCjk(text: string, fromEnd: boolean): boolean {
  const n = Math.min(text.length, EDGE_SCAN);
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(fromEnd ? text.length - 1 - k : k);
    if (isCjkScript(code)) return true;
    if (
      isAsciiAlnum(code) ||
      (code >= 0xc0 && isLetter(String.fromCharCode(code)))
    )
      return false;
  }
  return false;
}

/** Han, kana, Hangul, and full-width punctuation only CJK typesetting uses (— and … are shared with Latin print). */
function isCjkScript(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (isCjkPunct(code) && code !== 0x2014 && code !== 0x2026)
  );
}

function isAsciiAlnum(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch) && !isCjkScript(ch.charCodeAt(0));
}

/** -, ‐ (U+2010), soft hyphen, ¬ and ⸗ (Fraktur OCR's line-end hyphens). */
function isHyphen(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x2010 ||
    code === 0xad ||
    code === 0xac ||
    code === 0x2e17
  );
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}
