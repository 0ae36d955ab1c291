// Splits the difference between the untouched OCR text and the current text
// into the importer's automatic repairs and the editors' own changes, so the
// desk can say "one real fix" instead of counting every comma the importer
// turned full-width. The repairs are replayed on the OCR text (the stored
// quotes carry their context); what differs from that is editorial.
// Client-safe: no server imports.
import { charDiff, type DiffOp } from "./char-diff";

/** A stored repair as far as replaying it needs (Repair row / RepairView). */
export interface ReplayableRepair {
  kind: "COLUMN_BREAK" | "PUNCTUATION" | "HYPHENATION" | "WHITESPACE";
  /** Header repairs (KICKER/HEADLINE/DECK) are not in the body's OCR text. */
  field: string | null;
  blockIndex: number;
  original: string;
  replacement: string;
  /** A REJECTED repair's characters were put back: it is not replayed. */
  status: "PENDING" | "ACCEPTED" | "REJECTED";
}

/**
 * The importer's order (lib/ocr/repairs/repair-article.ts): column breaks and
 * hyphenation are rejoined first, then spaces removed, then punctuation
 * converted; each quote was taken from the text as the earlier stages left it.
 */
const STAGE: Record<ReplayableRepair["kind"], number> = {
  COLUMN_BREAK: 0,
  HYPHENATION: 0,
  WHITESPACE: 1,
  PUNCTUATION: 2,
};

/**
 * `original` with the body repairs that still stand (not REJECTED) applied
 * again, stage by stage and, within a stage, in block order: each repair's
 * quoted original (context included) is replaced by its quoted replacement,
 * at the first occurrence after the previous repair of its stage (else the
 * first anywhere). Returns the text and how many repairs were applied;
 * a repair whose quote is not found (the OCR text is a parent's, say) is
 * left out of `applied` and its change will read as editorial.
 */
export function replayRepairs(
  original: string,
  repairs: readonly ReplayableRepair[],
): { text: string; applied: number } {
  const standing = repairs
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r }) =>
        r.field === null &&
        r.status !== "REJECTED" &&
        r.original !== r.replacement,
    )
    .sort(
      (a, b) =>
        STAGE[a.r.kind] - STAGE[b.r.kind] ||
        a.r.blockIndex - b.r.blockIndex ||
        a.i - b.i,
    );
  let text = original;
  let applied = 0;
  let stage = -1;
  let cursor = 0;
  for (const { r } of standing) {
    if (STAGE[r.kind] !== stage) {
      stage = STAGE[r.kind];
      cursor = 0;
    }
    let at = text.indexOf(r.original, cursor);
    if (at < 0) at = text.indexOf(r.original);
    if (at < 0) continue;
    text =
      text.slice(0, at) + r.replacement + text.slice(at + r.original.length);
    // The next quote may share this one's trailing context: resume inside it.
    cursor = at + commonPrefixLength(r.original, r.replacement);
    applied++;
  }
  return { text, applied };
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n))
    n++;
  return n;
}

/** The desk's diff against the OCR text, in two layers. */
export interface SplitDiff {
  /** The repaired OCR text → the current text: what editors changed. */
  editorial: DiffOp[];
  /** The OCR text → the repaired OCR text: what the importer changed. */
  repairs: DiffOp[];
  /** Repairs replayed (counted as 自动修复 N 处). */
  repairCount: number;
}

/** Splits original → current into repairs and editorial changes (see replayRepairs). */
export function splitDiff(
  original: string,
  current: string,
  repairs: readonly ReplayableRepair[],
): SplitDiff {
  const replayed = replayRepairs(original, repairs);
  return {
    editorial: charDiff(replayed.text, current),
    repairs: charDiff(original, replayed.text),
    repairCount: replayed.applied,
  };
}

/**
 * Characters an editor added and removed, counted as 字数 is (every printed
 * character, punctuation included; whitespace and line breaks not), so a
 * paragraph split or a removed space counts 0 while still being shown.
 */
export function editorialSummary(ops: readonly DiffOp[]): {
  inserted: number;
  deleted: number;
} {
  let inserted = 0;
  let deleted = 0;
  for (const [op, text] of ops) {
    if (op === 0) continue;
    let n = 0;
    for (const ch of text) if (!/\s/u.test(ch)) n++;
    if (op === 1) inserted += n;
    else deleted += n;
  }
  return { inserted, deleted };
}
