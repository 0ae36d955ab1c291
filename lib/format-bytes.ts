// Sizes in messages ("20 MiB"): for the importer's limits and the HTTP body
// limits alike, so it sits below both.

/** "20 MiB", "1.5 KiB", "300 bytes": binary units, one decimal at most. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
