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
} as const;

/** "20 MiB" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
