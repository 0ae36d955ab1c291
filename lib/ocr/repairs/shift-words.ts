// Keeps ALTO word positions (OcrWord.block/offset) pointing at the same
// characters after a repair moves text between or within blocks.

import type { OcrWord } from "../types";

/** Moves each word of block b to block target[b], shift[b] characters further on. */
export function remapWords(
  words: OcrWord[],
  target: readonly number[],
  shift: readonly number[],
): void {
  for (const word of words) {
    const block = word.block;
    word.block = target[block] ?? block;
    word.offset += shift[block] ?? 0;
  }
}

/**
 * Shifts words of `block` left past removed ranges (sorted [start, end) pairs
 * in the old text). A word starting inside a removed range lands at its start.
 */
export function shiftPastRemovals(
  words: OcrWord[],
  block: number,
  removed: readonly (readonly [number, number])[],
): void {
  if (removed.length === 0) return;
  // One merge pass over words and ranges, both in offset order, keeps this linear.
  const inBlock = words
    .filter((word) => word.block === block)
    .sort((a, b) => a.offset - b.offset);
  let range = 0;
  let shift = 0;
  for (const word of inBlock) {
    const original = word.offset;
    while (
      range < removed.length &&
      (removed[range]?.[1] ?? Infinity) <= original
    ) {
      const [start, end] = removed[range] ?? [0, 0];
      shift += end - start;
      range++;
    }
    const current = removed[range];
    const partial =
      current !== undefined && current[0] < original
        ? original - current[0]
        : 0;
    word.offset = original - shift - partial;
  }
}
