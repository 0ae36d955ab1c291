// Reads a page number (版次) from a file name or a printed page label, the way
// newsrooms and scanning vendors name them: p01.md, page-3.xml, 01版.txt,
// 第3版, A02.xml, pinghu-2024-01-p1.md, 0003.xml.

const PATTERNS: readonly RegExp[] = [
  // p1, P01, page-3, page_03, pg3: "p" must not be the tail of a word ("pinghu", "sp3").
  /(?:^|[^a-z])(?:page|pg|p)[-_ ]?0*(\d{1,3})(?!\d)/i,
  // 01版, 第3版
  /(?:^|[^\d])0*(\d{1,3})\s*版/,
  // A02, B3: section letter and page
  /^[A-Z]0*(\d{1,3})$/i,
  // 3, 03, 0003
  /^0*(\d{1,3})$/,
];

/** The page number in a file name or label, or null when it does not say. */
export function pageNumberFromName(nameOrLabel: string): number | null {
  const base = nameOrLabel.replace(/^.*[\\/]/, "").trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, "");
  for (const pattern of PATTERNS) {
    const m = pattern.exec(stem);
    if (m?.[1]) {
      const n = Number(m[1]);
      return n >= 1 ? n : null;
    }
  }
  // Vendor exports end in a zero-padded sequence (pinghu_0003); a trailing
  // date (pinghu-2024-01-05) must not read as page 5.
  if (/(?:^|\D)(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])$/.test(stem)) return null;
  const tail = /[-_ ](0\d{1,3})$/.exec(stem);
  if (tail?.[1]) {
    const n = Number(tail[1]);
    return n >= 1 && n <= 999 ? n : null;
  }
  return null;
}
