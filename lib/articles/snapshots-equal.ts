// Whether two snapshots hold the same content, whatever the key order of the
// JSON they came from: a save that changes nothing writes no revision.
import type { ArticleSnapshot } from "./article-snapshot";

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null
  )
    return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => equal(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // An absent key and an undefined one are the same content.
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!equal(ao[k], bo[k])) return false;
  return true;
}

export function snapshotsEqual(
  a: ArticleSnapshot,
  b: ArticleSnapshot,
): boolean {
  return equal(a, b);
}
