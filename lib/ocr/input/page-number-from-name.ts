// Reads a page number (版次) from a file name or a printed page label, the way
// newsrooms and scanning vendors name them: p01.md, page-03.md, 01版.txt,
// 第3版, A02.xml, pinghu-2024-01-p1.md, 2024-03-08_03版.md, 03-综合_标题.md,
// 0003.xml, and national-library scan names (DDD_010179815_001_alto.xml).

const PATTERNS: readonly RegExp[] = [
  // p1, P01, page-3, page_03, pg3: "p" must not be the tail of a word ("pinghu", "sp3").
  /(?:^|[^a-z])(?:page|pg|p)[-_ ]?0*(\d{1,3})(?!\d)/i,
  // 01版, 第3版, 第 03 版, 2024-03-08_03版
  /(?:^|[^\d])0*(\d{1,3})\s*版/,
  // A02, B3: section letter and page
  /^[A-Z]0*(\d{1,3})$/i,
  // 3, 03, 0003
  /^0*(\d{1,3})$/,
  // 03-综合_标题, 3_要闻: the page first, then its section name or headline (not a date: 2024-03-08).
  /^0*(\d{1,3})[-_ .、]+(?!\d)/,
];

/** Words scanning vendors append after the scan number: DDD_010179815_001_alto, issue_0003_ocr. */
const VENDOR_SUFFIX = /[-_.](?:alto|ocr|txt|text|xml|md|hocr|page|mets)$/i;
/** A trailing date (pinghu-2024-01-05) must not read as page 5. */
const TRAILING_DATE =
  /(?:^|\D)(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])$/;
/** A zero-padded scan number (pinghu_0003, DDD_010179815_001) or a section page (pinghu_20240308_A03) ending the name. */
const TRAILING_NUMBER = /[-_ ](?:0\d{1,3}|[A-Z]0*(\d{1,3}))$/i;

/**
 * The page number in a file name or label, or null when it does not say.
 * Directories and the extension are ignored; page 0 and numbers over 999
 * are not pages. Conventions: the issue "The importer on real-world pages"
 * (vendor and newsroom names) and the README's importer section.
 */
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
  const core = stem.replace(VENDOR_SUFFIX, "");
  if (TRAILING_DATE.test(core)) return null;
  const tail = TRAILING_NUMBER.exec(core);
  if (tail) {
    const n = Number(tail[1] ?? tail[0].slice(1));
    return n >= 1 && n <= 999 ? n : null;
  }
  return null;
}
