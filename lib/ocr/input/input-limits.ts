// Hard limits on what the importer will read, set from what a real issue
// needs and what finishes in seconds: a county paper's page is tens to
// hundreds of KiB of text, a broadsheet ALTO page a few MiB, an issue 4 to
// 32 pages. Each limit is checked before the work it bounds (sizes before
// reading or inflating, counts while streaming), so a hostile upload is
// refused before it costs memory or time. `npm run bench` measures the
// largest import these allow (bench/hardening.ts).

const MiB = 1024 * 1024;

export const INPUT_LIMITS = {
  /** The HTTP body of one upload, multipart framing included. */
  maxUploadBytes: 128 * MiB,
  /** One ALTO or METS file, as uploaded or as its zip directory declares it. */
  maxFileBytes: 10 * MiB,
  /** One text or Markdown page: 2 MiB is some 700,000 Chinese characters, ten times a dense broadsheet page. */
  maxTextFileBytes: 2 * MiB,
  /** A zip archive as uploaded (page images may ride along; they are skipped unread). */
  maxZipBytes: 128 * MiB,
  /**
   * Sum of the OCR files of one upload (or directory), uncompressed: for
   * archives, summed over all of them from their directories' declared sizes
   * before any is inflated. A 16-page broadsheet issue in ALTO (3 MiB a page)
   * fits; the largest such import takes 8–18 s and 1.2–1.7 GiB at peak (BENCHMARKS.md).
   */
  maxTotalBytes: 48 * MiB,
  /** OCR files in one upload (all archives together), entries in one zip's directory, files in a directory. */
  maxFiles: 1000,
  /** Zip archives in one upload: an issue comes as one, or one per page. */
  maxArchives: 40,
  /**
   * Articles one import may store: a 32-page weekend edition has 300 or so.
   * Counted after segmentation, before the database transaction it bounds.
   */
  maxArticles: 1000,
  /**
   * Automatic repairs on one page: the densest real page among the fixtures
   * (平湖日报 front page) has 334; a page with tens of thousands is broken OCR
   * (a 2 MiB page of "平,湖" makes 299,000), which no editor could review.
   * Counted after segmentation, before anything is packed or stored.
   */
  maxRepairsPerPage: 20_000,
  /**
   * Automatic repairs one import may store, all pages together: a 32-page
   * issue of dense pages has some 10,000. The largest allowed flood takes the
   * time and memory in BENCHMARKS.md (bench/repair-flood.ts).
   */
  maxRepairs: 50_000,
  /**
   * Elements in one XML file. The tersest real ALTO (a String per CJK
   * character, few SPs) averages 40+ bytes an element, so a 20 MiB page has
   * under 500,000; a million bare elements make a ~70 MiB tree, where 20 MiB
   * of "<a/>" (5 million) took 1.2 GB.
   */
  maxXmlElements: 1_000_000,
  /** Attributes on one XML element; ALTO and METS use at most a dozen or two. */
  maxXmlAttributes: 1000,
  /** Pages in one METS file: an issue, never a year's volume (each page needs its own ALTO file anyway). */
  maxMetsPages: 1000,
  /**
   * Logical ↔ physical pairs a METS structLink may spell out (smLink, or each
   * smArcLink's locators multiplied out). A real issue needs about one per
   * ALTO area: a few thousand.
   */
  maxMetsLinks: 200_000,
  /** ALTO areas the articles of one METS file may name in all (fptr areas and linked physical divs' areas). */
  maxMetsAreas: 200_000,
  /**
   * Lines of ALTO text the articles of a METS issue may claim in all, a line
   * claimed twice counting twice: a generous 16 pages of articles each naming
   * the whole page stays well below it.
   */
  maxMetsClaimedLines: 1_000_000,
} as const;
