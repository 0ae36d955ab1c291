// Character-level diff between two texts, as the correction desk shows it
// (original OCR text beside the current text, or one revision beside another).
// Chinese has no word boundaries, so the unit is the character; a semantic
// cleanup then merges scattered one-character matches into readable runs.
// Client-safe: no server imports.
import DiffMatchPatch from "diff-match-patch";

/** -1 deleted from `before`, 0 in both, 1 inserted in `after`; the text of that run. */
export type DiffOp = [-1 | 0 | 1, string];

/** Seconds before diff-match-patch settles for a non-minimal (still correct) diff. */
const DIFF_TIMEOUT_SECONDS = 1;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * diff-match-patch works on UTF-16 code units, so two different rare
 * characters of the supplementary planes (𠮷 vs 𠀀) can share a high
 * surrogate and be diffed half by half. Moves such halves out of the
 * equality into both sides of the change, so every run is whole characters.
 */
function keepSurrogatePairsWhole(ops: DiffOp[]): DiffOp[] {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op[0] !== 0 || op[1] === "") continue;
    const text = op[1];
    // A change follows: a trailing high surrogate belongs to the changed characters.
    if (
      i + 1 < ops.length &&
      isHighSurrogate(text.charCodeAt(text.length - 1))
    ) {
      const half = text.slice(-1);
      op[1] = text.slice(0, -1);
      for (let j = i + 1; j < ops.length && ops[j]![0] !== 0; j++)
        ops[j]![1] = half + ops[j]![1];
    }
    // A change precedes: a leading low surrogate belongs to the changed characters.
    if (i > 0 && op[1] !== "" && isLowSurrogate(op[1].charCodeAt(0))) {
      const half = op[1].charAt(0);
      op[1] = op[1].slice(1);
      for (let j = i - 1; j >= 0 && ops[j]![0] !== 0; j--) ops[j]![1] += half;
    }
  }
  return ops.filter((op) => op[1] !== "");
}

/**
 * The character-level difference from `before` to `after`, in text order,
 * cleaned up for people to read (diff_cleanupSemantic). Joining the texts of
 * ops 0 and -1 gives `before`; of ops 0 and 1 gives `after`. Rare
 * characters outside the BMP are never split between runs.
 */
export function charDiff(before: string, after: string): DiffOp[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  // diff-match-patch returns its own Diff objects; hand out plain tuples.
  const ops = diffs.map((d): DiffOp => [d[0] as -1 | 0 | 1, d[1]]);
  return keepSurrogatePairsWhole(ops);
}

/** Characters (Unicode code points, line breaks included) inserted and deleted by a diff. */
export function diffSummary(ops: readonly DiffOp[]): {
  inserted: number;
  deleted: number;
} {
  let inserted = 0;
  let deleted = 0;
  for (const [op, text] of ops) {
    if (op === 0) continue;
    let n = 0;
    for (let i = 0; i < text.length; i++)
      if (!isLowSurrogate(text.charCodeAt(i))) n++;
    if (op === 1) inserted += n;
    else deleted += n;
  }
  return { inserted, deleted };
}
