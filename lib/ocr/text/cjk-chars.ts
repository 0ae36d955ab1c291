// Character classes for Chinese newspaper text. They test UTF-16 code units
// rather than running a regex per character because repairs scan every
// character of every page (target: ≥ 500 pages a second).

/** Han ideographs, including the surrogate halves of the supplementary CJK planes. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    // Ext B–H live in planes 2–3; in Chinese news text a surrogate is almost always one of them.
    (code >= 0xd840 && code <= 0xd8bf) ||
    (code >= 0xdc00 && code <= 0xdfff)
  );
}

/** Full-width punctuation and symbols that only appear in CJK typesetting. */
export function isCjkPunct(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) || // 、。〈〉《》「」『』【】〔〕 and the ideographic space
    (code >= 0xff01 && code <= 0xff0f) || // ！＂＃＄％＆＇（）＊＋，－．／
    (code >= 0xff1a && code <= 0xff20) || // ：；＜＝＞？＠
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0xfe30 && code <= 0xfe4f) || // vertical forms
    code === 0x2014 || // — (Chinese dash is two of these)
    code === 0x2026 // … (Chinese ellipsis is two of these)
  );
}

/** Han or full-width punctuation: text that belongs to the Chinese sentence. */
export function isCjk(code: number): boolean {
  return isHan(code) || isCjkPunct(code);
}

export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

export function isLatinAlnum(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Quotation marks, which punctuation decisions look through (“平湖”? → the mark follows 湖). */
export function isQuote(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x22 ||
    code === 0x27
  );
}

/** Spaces that OCR leaves between characters: ASCII, tab, no-break and ideographic. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Whether the last character of s is Chinese (a trailing surrogate half counts). */
export function endsWithCjk(s: string): boolean {
  return s.length > 0 && isCjk(s.charCodeAt(s.length - 1));
}

/** Whether the first character of s is Chinese. */
export function startsWithCjk(s: string): boolean {
  return s.length > 0 && isCjk(s.charCodeAt(0));
}

/**
 * Moves a slice boundary off the middle of a surrogate pair, so that a quote
 * never holds half of a rare character (𠮷): such text is invalid Unicode and
 * the database refuses it. `towardStart` says which way to move.
 */
export function snapToCharacter(
  text: string,
  index: number,
  towardStart: boolean,
): number {
  const code = text.charCodeAt(index);
  const splitsPair =
    index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff;
  if (!splitsPair) return index;
  return towardStart ? index - 1 : index + 1;
}
