// A short, stable fingerprint of a string for ids that must come out the same
// for the same inputs (merge conflicts, suggestion keys). Not cryptographic.
// Client-safe.

/** 16 hex digits: two 32-bit FNV-1a hashes of `text` with different offsets. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (
    (a >>> 0).toString(16).padStart(8, "0") +
    (b >>> 0).toString(16).padStart(8, "0")
  );
}
