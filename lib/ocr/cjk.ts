// Is a character Chinese/Japanese/Korean script or CJK punctuation? Chinese
// print has no spaces between words, so layout gaps next to such characters
// are never text.

export function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation (、。「」…)
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    (cp >= 0x3190 && cp <= 0x31ff) ||
    (cp >= 0x3200 && cp <= 0x4dbf) || // enclosed, compatibility, extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || // vertical forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms (，：；！？（）)
    (cp >= 0x20000 && cp <= 0x3134f) // extensions B–H
  );
}

/** CJK check on the last character of `s` (surrogate pairs included); false for "". */
export function endsWithCjk(s: string): boolean {
  if (s.length === 0) return false;
  const last = s.charCodeAt(s.length - 1);
  const cp = last >= 0xdc00 && last <= 0xdfff && s.length >= 2 ? (s.codePointAt(s.length - 2) ?? last) : last;
  return isCjkCodePoint(cp);
}

/** CJK check on the first character of `s`; false for "". */
export function startsWithCjk(s: string): boolean {
  const cp = s.codePointAt(0);
  return cp !== undefined && isCjkCodePoint(cp);
}
