// One side's changes to the base body, item by item: what became of each
// base block (kept, replaced, deleted) and what was inserted in each gap
// between blocks. Items are numbered in text order: gap g is 2g, block i is
// 2i + 1, so "the same place" is the same number on both sides.
import { blockText } from "../repairs/block-text";
import type { ArticleBlockNode } from "../tiptap-schema";
import { alignBlocks, type Hunk } from "./align-blocks";

/** The item number of the gap before base block `gap` (gap n is after the last block). */
export const gapItem = (gap: number) => 2 * gap;
/** The item number of base block `block`. */
export const blockItem = (block: number) => 2 * block + 1;

/** The changes of one hunk, applied or refused together. */
export interface ChangeGroup {
  id: number;
  /** Items it touches, ascending. */
  items: number[];
  first: number;
  last: number;
}

export interface SideChanges {
  /** Item of a changed base block → its replacement, or null when deleted. */
  blocks: Map<
    number,
    { node: ArticleBlockNode | null; key: string | null; group: number }
  >;
  /** Item of a gap → the blocks inserted there. */
  gaps: Map<
    number,
    { nodes: ArticleBlockNode[]; keys: string[]; group: number }
  >;
  groups: ChangeGroup[];
}

/** Pairing a hunk's blocks by similarity is quadratic: beyond this many pairs, blocks are deleted and inserted. */
const MAX_PAIRING_CELLS = 400;
/** Share of characters two blocks must have in common to count as one block edited. */
const MIN_SIMILARITY = 0.5;

/** Dice similarity of the two texts' character multisets, 0–1. */
function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++)
    counts.set(a.charCodeAt(i), (counts.get(a.charCodeAt(i)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const n = counts.get(b.charCodeAt(i)) ?? 0;
    if (n > 0) {
      common++;
      counts.set(b.charCodeAt(i), n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Which base block each side block of a hunk is an edit of: position by
 * position when the counts agree, else the order-keeping pairing of most
 * similar blocks (a split paragraph pairs with its larger half).
 */
function pairHunk(
  h: Hunk,
  base: readonly ArticleBlockNode[],
  side: readonly ArticleBlockNode[],
): [number, number][] {
  const n = h.baseEnd - h.baseStart;
  const m = h.sideEnd - h.sideStart;
  if (n === m)
    return Array.from({ length: n }, (_, k): [number, number] => [
      h.baseStart + k,
      h.sideStart + k,
    ]);
  if (n === 0 || m === 0 || n * m > MAX_PAIRING_CELLS) return [];
  const baseTexts = base.slice(h.baseStart, h.baseEnd).map(blockText);
  const sideTexts = side.slice(h.sideStart, h.sideEnd).map(blockText);
  const score = Array.from({ length: n + 1 }, () =>
    new Array<number>(m + 1).fill(0),
  );
  const sim = (i: number, j: number) =>
    similarity(baseTexts[i]!, sideTexts[j]!);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim(i - 1, j - 1);
      const paired = s >= MIN_SIMILARITY ? score[i - 1]![j - 1]! + s : -1;
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, paired);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (score[i]![j] === score[i - 1]![j]) i--;
    else if (score[i]![j] === score[i]![j - 1]) j--;
    else {
      pairs.push([h.baseStart + i - 1, h.sideStart + j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** The changes that turn `base` into `side`; group ids start at `firstGroup`. */
export function readSideChanges(
  base: readonly ArticleBlockNode[],
  baseKeys: readonly string[],
  side: readonly ArticleBlockNode[],
  sideKeys: readonly string[],
  firstGroup: number,
): SideChanges {
  const changes: SideChanges = {
    blocks: new Map(),
    gaps: new Map(),
    groups: [],
  };
  for (const hunk of alignBlocks(baseKeys, sideKeys)) {
    const id = firstGroup + changes.groups.length;
    const items: number[] = [];
    const paired = new Set<number>();
    let gap = hunk.baseStart;
    let inserted: number[] = [];
    const flush = () => {
      if (inserted.length === 0) return;
      changes.gaps.set(gapItem(gap), {
        nodes: inserted.map((s) => side[s]!),
        keys: inserted.map((s) => sideKeys[s]!),
        group: id,
      });
      items.push(gapItem(gap));
      inserted = [];
    };
    const pairs = pairHunk(hunk, base, side);
    let next = 0;
    for (let s = hunk.sideStart; s < hunk.sideEnd; s++) {
      const pair = pairs[next];
      if (pair?.[1] !== s) {
        inserted.push(s);
        continue;
      }
      next++;
      flush();
      const [b] = pair;
      paired.add(b);
      gap = b + 1;
      if (sideKeys[s] === baseKeys[b]) continue;
      changes.blocks.set(blockItem(b), {
        node: side[s]!,
        key: sideKeys[s]!,
        group: id,
      });
      items.push(blockItem(b));
    }
    flush();
    for (let b = hunk.baseStart; b < hunk.baseEnd; b++) {
      if (paired.has(b)) continue;
      changes.blocks.set(blockItem(b), { node: null, key: null, group: id });
      items.push(blockItem(b));
    }
    if (items.length === 0) continue;
    items.sort((x, y) => x - y);
    changes.groups.push({
      id,
      items,
      first: items[0]!,
      last: items[items.length - 1]!,
    });
  }
  return changes;
}
