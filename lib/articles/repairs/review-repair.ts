// Reviewing the importer's automatic repairs in the current text: where each
// one is now, and undoing one exactly (a rejoined column break becomes two
// paragraphs again, a converted comma half-width again) after any amount of
// editing elsewhere. Client-safe: the editor calls these in the browser.
import type { ArticleSnapshot } from "../article-snapshot";
import type { ArticleBlockNode } from "../tiptap-schema";
import { docTexts, replaceInBlock, splitBlock } from "./block-text";
import {
  type CoreMatch,
  findOneSided,
  findWhole,
  type QuotedChange,
  splitQuotedChange,
} from "./quoted-change";

/** A repair as stored (Repair row): the quotes carry a few characters of context. */
export interface StoredRepair {
  id: string;
  kind: "COLUMN_BREAK" | "PUNCTUATION" | "HYPHENATION" | "WHITESPACE";
  /** Set for a repair in the kicker, headline or deck; null in the body. */
  field: "KICKER" | "HEADLINE" | "DECK" | null;
  /** Body block the import made it in (-1 in the header). */
  blockIndex: number;
  /** Text as OCR read it, with context: "惟创\n\n新者胜", "地,外资". */
  original: string;
  /** Text as repaired, with the same context: "惟创新者胜", "地，外资". */
  replacement: string;
}

/** What locating or undoing a repair needs; the id is not. */
export type RepairQuote = Pick<
  StoredRepair,
  "kind" | "field" | "blockIndex" | "original" | "replacement"
>;

/** Where a repair's changed characters are: a header field, or body block `block` (-1 for a field). */
export interface RepairPlace {
  field: StoredRepair["field"];
  block: number;
  /** UTF-16 offset in the field, or in the block's text (a hard break counts as one "\n"). */
  offset: number;
  /** UTF-16 length of the repaired characters there; 0 for a rejoined break. */
  length: number;
}

const FIELD_KEYS = {
  KICKER: "kicker",
  HEADLINE: "headline",
  DECK: "deck",
} as const;
const FIELD_ORDER = ["KICKER", "HEADLINE", "DECK"] as const;

/** A paragraph break restored inside a block must leave text on both sides, or it is already there. */
const splitsBlock = (q: QuotedChange) => q.removed.includes("\n\n");

/** Every place the repair could be, best first: whole context before one-sided, then nearest its block. */
function candidates(
  snapshot: ArticleSnapshot,
  repair: RepairQuote,
): RepairPlace[] {
  const q = splitQuotedChange(repair.original, repair.replacement);
  const texts = repair.field
    ? [snapshot[FIELD_KEYS[repair.field]] ?? ""]
    : docTexts(snapshot.body);
  const expected = repair.field ? 0 : repair.blockIndex;
  const usable = (text: string, m: CoreMatch) =>
    !splitsBlock(q) ||
    (m.offset > 0 && m.offset + q.inserted.length < text.length);
  const place = (i: number, m: CoreMatch): RepairPlace => ({
    field: repair.field,
    block: repair.field ? -1 : i,
    offset: m.offset,
    length: q.inserted.length,
  });
  // The block the import named usually still holds it: look there first.
  const home = texts[expected];
  if (home !== undefined) {
    const here = findWhole(home, q).filter((m) => usable(home, m));
    if (here.length > 0) return here.map((m) => place(expected, m));
  }
  const ranked: {
    place: RepairPlace;
    whole: boolean;
    context: number;
    distance: number;
  }[] = [];
  for (const find of [findWhole, findOneSided]) {
    texts.forEach((text, i) => {
      for (const m of find(text, q)) {
        if (usable(text, m))
          ranked.push({
            place: place(i, m),
            whole: m.whole,
            context: m.context,
            distance: Math.abs(i - expected),
          });
      }
    });
    if (ranked.some((r) => r.whole)) break;
  }
  // Equally far before and after: blocks are more often inserted before a repair (split paragraphs) than removed.
  ranked.sort(
    (a, b) =>
      Number(b.whole) - Number(a.whole) ||
      a.distance - b.distance ||
      b.context - a.context ||
      b.place.block - a.place.block ||
      a.place.offset - b.place.offset,
  );
  return ranked.map((r) => r.place);
}

/**
 * Where the repair's changed characters are in `snapshot` now: its header
 * field, or the body block and UTF-16 offset (hard break = one "\n", as in
 * docToBlocks). Prefers the block the import made it in, else the nearest
 * block holding it (blocks may have been inserted or removed before it);
 * when its quoted context was partly edited, the changed characters with
 * one whole side of their context still count. Null when the repaired
 * characters themselves are gone (edited, deleted, or the break is back).
 */
export function locateRepair(
  snapshot: ArticleSnapshot,
  repair: RepairQuote,
): RepairPlace | null {
  return candidates(snapshot, repair)[0] ?? null;
}

/**
 * The characters to put back: the original core. A printed line end inside a
 * hyphenated word ("Brü-\ncke") was never part of the running text (lines run
 * together), so restoring it keeps the hyphen and drops the line end.
 */
function restoredText(
  repair: RepairQuote,
  q: QuotedChange,
  inField: boolean,
): string {
  let text = q.removed;
  if (repair.kind === "HYPHENATION")
    text = text.replace(/(?<!\n)\n(?!\n)/g, "");
  return inField ? text.replace(/\n+/g, "") : text;
}

/** The block with [offset, offset + length) replaced by `text`, where each "\n\n" starts a new block of the same type. */
function replaceSplitting(
  node: ArticleBlockNode,
  offset: number,
  length: number,
  text: string,
): ArticleBlockNode[] {
  const out: ArticleBlockNode[] = [];
  let current = replaceInBlock(node, offset, offset + length, "");
  let at = offset;
  text.split("\n\n").forEach((piece, k) => {
    if (k > 0) {
      const [left, right] = splitBlock(current, at);
      out.push(left);
      current = right;
      at = 0;
    }
    current = replaceInBlock(current, at, at, piece);
    at += piece.length;
  });
  out.push(current);
  return out;
}

/**
 * The snapshot with the repair undone: exactly the original characters put
 * back where the repair's characters are now (a rejoined column break splits
 * its paragraph in two again; punctuation, whitespace and hyphenation get
 * their characters back), everything else untouched, marks kept. Null when
 * the place itself was edited since (see locateRepair).
 */
export function rejectRepair(
  snapshot: ArticleSnapshot,
  repair: RepairQuote,
): ArticleSnapshot | null {
  const place = locateRepair(snapshot, repair);
  if (!place) return null;
  const q = splitQuotedChange(repair.original, repair.replacement);
  if (place.field) {
    const key = FIELD_KEYS[place.field];
    const value = snapshot[key] ?? "";
    const text = restoredText(repair, q, true);
    return {
      ...snapshot,
      [key]:
        value.slice(0, place.offset) +
        text +
        value.slice(place.offset + place.length),
    };
  }
  const content = [...snapshot.body.content];
  content.splice(
    place.block,
    1,
    ...replaceSplitting(
      content[place.block]!,
      place.offset,
      place.length,
      restoredText(repair, q, false),
    ),
  );
  return { ...snapshot, body: { ...snapshot.body, content } };
}

const quoteKey = (r: RepairQuote) =>
  JSON.stringify([r.kind, r.field, r.blockIndex, r.original, r.replacement]);

/**
 * The repairs in reading order of `snapshot`: header fields first (kicker,
 * headline, deck), then the body by block and offset. Repairs quoting the
 * same text take its occurrences in turn. One that cannot be located sorts
 * at the end of the block (or field) it was made in. Returns a new array of
 * the same objects; the order is stable.
 */
export function sortRepairsInTextOrder<T extends RepairQuote>(
  snapshot: ArticleSnapshot,
  repairs: readonly T[],
): T[] {
  const twins = new Map<string, T[]>();
  for (const repair of repairs) {
    const key = quoteKey(repair);
    const list = twins.get(key);
    if (list) list.push(repair);
    else twins.set(key, [repair]);
  }
  const places = new Map<T, RepairPlace | null>();
  for (const group of twins.values()) {
    const found = candidates(snapshot, group[0]!)
      .slice(0, group.length)
      .sort((a, b) => a.block - b.block || a.offset - b.offset);
    group.forEach((twin, k) => places.set(twin, found[k] ?? null));
  }
  const rank = (r: T): [number, number, number] => {
    const place = places.get(r) ?? null;
    const where = place ?? {
      field: r.field,
      block: r.blockIndex,
      offset: Number.POSITIVE_INFINITY,
    };
    return where.field
      ? [FIELD_ORDER.indexOf(where.field), 0, where.offset]
      : [FIELD_ORDER.length, where.block, where.offset];
  };
  const keyed = repairs.map((r, i) => ({ r, i, key: rank(r) }));
  keyed.sort(
    (a, b) =>
      a.key[0] - b.key[0] ||
      a.key[1] - b.key[1] ||
      a.key[2] - b.key[2] ||
      a.i - b.i,
  );
  return keyed.map((k) => k.r);
}
