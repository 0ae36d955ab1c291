// Hard limits on what the importer will read. A broadsheet page of ALTO is a
// few MiB at most and a 16-page issue a few dozen files, so these leave ample
// room for real input while keeping a hostile upload from exhausting memory.

export const INPUT_LIMITS = {
  /** One page (text or ALTO) or one METS file, as stored or after unzipping. */
  maxFileBytes: 20 * 1024 * 1024,
  /** A zip archive as uploaded (page images may ride along; they are skipped unread). */
  maxZipBytes: 512 * 1024 * 1024,
  /** Sum of the OCR files read from one input (zip or directory), uncompressed. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Entries in a zip's directory, or files in a directory (one level deep). */
  maxFiles: 1000,
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

/** "20 MiB" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
