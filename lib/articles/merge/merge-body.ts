// Three-way merge of article bodies, block by block (diff3 over block
// sequences). Each side's changes are read against the base; a change only
// one side made is taken, the same change on both sides is taken once, and
// different changes to one block or one gap are a conflict. A conflict spans
// every change of either side that touches it, so choosing one side never
// leaves half of the other side's edit behind (a split paragraph and its
// second half go together).
import type { ArticleBlockNode } from "../tiptap-schema";
import { blockKey } from "./canonical-json";
import {
  type ChangeGroup,
  gapItem,
  readSideChanges,
  type SideChanges,
} from "./side-changes";
import { stableHash } from "./stable-hash";

export interface BodyConflict {
  id: string;
  kind: "body";
  baseBlocks: ArticleBlockNode[];
  theirBlocks: ArticleBlockNode[];
  myBlocks: ArticleBlockNode[];
}

export type BodyPiece =
  { blocks: ArticleBlockNode[] } | { conflict: BodyConflict };

/** What one side's merged group did, for telling the editor. */
export interface BodyChange {
  side: "theirs" | "mine";
  /** Index in the merged body of the first block it produced (or where it deleted). */
  block: number;
  edited: number;
  inserted: number;
  deleted: number;
  /** Merged blocks it produced: [block, block + produced). */
  produced: number;
}

const isBlock = (item: number) => item % 2 === 1;
const blockOf = (item: number) => (item - 1) / 2;

function sameChange(
  theirs: SideChanges,
  mine: SideChanges,
  item: number,
): boolean {
  if (isBlock(item))
    return theirs.blocks.get(item)?.key === mine.blocks.get(item)?.key;
  return (
    theirs.gaps.get(item)?.keys.join("\u0000") ===
    mine.gaps.get(item)?.keys.join("\u0000")
  );
}

function changedBy(side: SideChanges, item: number) {
  return isBlock(item) ? side.blocks.get(item) : side.gaps.get(item);
}

/** Item ranges [first, last] that must be decided as one conflict. */
function conflictRegions(
  theirs: SideChanges,
  mine: SideChanges,
): [number, number][] {
  const groups: ChangeGroup[] = [...theirs.groups, ...mine.groups];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const regions: [number, number][] = [];
  for (const item of new Set([
    ...theirs.blocks.keys(),
    ...theirs.gaps.keys(),
  ])) {
    const t = changedBy(theirs, item);
    const m = changedBy(mine, item);
    if (!t || !m || sameChange(theirs, mine, item)) continue;
    const a = byId.get(t.group)!;
    const b = byId.get(m.group)!;
    regions.push([Math.min(a.first, b.first), Math.max(a.last, b.last)]);
  }
  // Grow each region over every group it overlaps, and merge regions that meet, until nothing changes.
  for (let grown = true; grown && regions.length > 0;) {
    grown = false;
    regions.sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const r of regions) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    for (const r of merged) {
      for (const g of groups) {
        if (
          g.last < r[0] ||
          g.first > r[1] ||
          (g.first >= r[0] && g.last <= r[1])
        )
          continue;
        r[0] = Math.min(r[0], g.first);
        r[1] = Math.max(r[1], g.last);
        grown = true;
      }
    }
    regions.splice(0, regions.length, ...merged);
  }
  return regions;
}

const UNCHANGED: SideChanges = {
  blocks: new Map(),
  gaps: new Map(),
  groups: [],
};

/** One side's version of items [first, last]. */
function versionOf(
  side: SideChanges,
  base: readonly ArticleBlockNode[],
  first: number,
  last: number,
): ArticleBlockNode[] {
  const out: ArticleBlockNode[] = [];
  for (let item = first; item <= last; item++) {
    if (isBlock(item)) {
      const change = side.blocks.get(item);
      if (!change) out.push(base[blockOf(item)]!);
      else if (change.node) out.push(change.node);
    } else out.push(...(side.gaps.get(item)?.nodes ?? []));
  }
  return out;
}

/**
 * Merges the bodies. Returns the merged body as pieces (plain blocks, or a
 * conflict holding each side's version of that place) and the changes taken
 * from one side only, with where they landed in the merged body (conflicts
 * counted with their blocks from theirs).
 */
export function mergeBody(
  base: readonly ArticleBlockNode[],
  theirs: readonly ArticleBlockNode[],
  mine: readonly ArticleBlockNode[],
): { pieces: BodyPiece[]; changes: BodyChange[] } {
  const baseKeys = base.map(blockKey);
  const t = readSideChanges(base, baseKeys, theirs, theirs.map(blockKey), 0);
  const m = readSideChanges(
    base,
    baseKeys,
    mine,
    mine.map(blockKey),
    t.groups.length,
  );
  const regions = conflictRegions(t, m);
  const pieces: BodyPiece[] = [];
  const changes = new Map<number, BodyChange>();
  let out: ArticleBlockNode[] = [];
  let produced = 0;
  const emit = (nodes: readonly ArticleBlockNode[]) => {
    out.push(...nodes);
    produced += nodes.length;
  };
  const note = (
    group: number,
    side: "theirs" | "mine",
    what: "edited" | "inserted" | "deleted",
    count: number,
    made: number,
  ) => {
    const change = changes.get(group) ?? {
      side,
      block: produced,
      edited: 0,
      inserted: 0,
      deleted: 0,
      produced: 0,
    };
    change[what] += count;
    change.produced += made;
    changes.set(group, change);
  };

  let region = 0;
  const lastItem = gapItem(base.length);
  for (let item = 0; item <= lastItem; item++) {
    const r = regions[region];
    if (r && item === r[0]) {
      const theirBlocks = versionOf(t, base, r[0], r[1]);
      const myBlocks = versionOf(m, base, r[0], r[1]);
      const baseBlocks = versionOf(UNCHANGED, base, r[0], r[1]);
      const keys = (nodes: ArticleBlockNode[]) => nodes.map(blockKey);
      if (keys(theirBlocks).join("\u0000") === keys(myBlocks).join("\u0000"))
        emit(theirBlocks);
      else {
        if (out.length > 0) pieces.push({ blocks: out });
        out = [];
        const id = `body-${stableHash(JSON.stringify([r, keys(baseBlocks), keys(theirBlocks), keys(myBlocks)]))}`;
        pieces.push({
          conflict: { id, kind: "body", baseBlocks, theirBlocks, myBlocks },
        });
        produced += theirBlocks.length;
      }
      item = r[1];
      region++;
      continue;
    }
    const fromTheirs = changedBy(t, item);
    const fromMine = changedBy(m, item);
    const side = fromTheirs ? t : fromMine ? m : null;
    const sideName = fromTheirs ? "theirs" : "mine";
    const group = (fromTheirs ?? fromMine)?.group;
    // A change both made alike is nobody's news.
    const alike = fromTheirs !== undefined && fromMine !== undefined;
    if (isBlock(item)) {
      const change = side?.blocks.get(item);
      if (!change) emit([base[blockOf(item)]!]);
      else {
        if (!alike)
          note(
            group!,
            sideName,
            change.node ? "edited" : "deleted",
            1,
            change.node ? 1 : 0,
          );
        if (change.node) emit([change.node]);
      }
    } else {
      const inserted = side?.gaps.get(item);
      if (inserted) {
        if (!alike)
          note(
            group!,
            sideName,
            "inserted",
            inserted.nodes.length,
            inserted.nodes.length,
          );
        emit(inserted.nodes);
      }
    }
  }
  if (out.length > 0) pieces.push({ blocks: out });
  return { pieces, changes: [...changes.values()] };
}
