// Aligns two block sequences by their longest common subsequence of
// identical blocks (blockKey), and reads one side's changes against the base
// as hunks. diff-match-patch does the LCS: every distinct block becomes one
// character, so its Myers diff runs over blocks instead of letters.
import DiffMatchPatch from "diff-match-patch";

/** Base blocks [baseStart, baseEnd) became side blocks [sideStart, sideEnd); either range may be empty. */
export interface Hunk {
  baseStart: number;
  baseEnd: number;
  sideStart: number;
  sideEnd: number;
}

/** One character per distinct key, skipping the surrogate range so no two keys ever share a code. */
function encoder(): (keys: readonly string[]) => string {
  const codes = new Map<string, string>();
  let next = 0x100;
  return (keys) => {
    let out = "";
    for (const key of keys) {
      let code = codes.get(key);
      if (code === undefined) {
        if (next === 0xd800) next = 0xe000;
        if (next > 0xffff)
          throw new RangeError("too many distinct blocks to align");
        code = String.fromCharCode(next++);
        codes.set(key, code);
      }
      out += code;
    }
    return out;
  };
}

/**
 * The hunks that turn `base` into `side`, in base order (keys are block
 * identities). Deterministic: no time limit, so the same inputs always align
 * the same way. Throws a RangeError past about 63,000 distinct blocks (the
 * schema allows 5,000 per document).
 */
export function alignBlocks(
  base: readonly string[],
  side: readonly string[],
): Hunk[] {
  const encode = encoder();
  const a = encode(base);
  const b = encode(side);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  for (const [op, text] of dmp.diff_main(a, b, false)) {
    if (op === 0) {
      if (open) hunks.push(open);
      open = null;
      i += text.length;
      j += text.length;
      continue;
    }
    open ??= { baseStart: i, baseEnd: i, sideStart: j, sideEnd: j };
    if (op === -1) open.baseEnd = i += text.length;
    else open.sideEnd = j += text.length;
  }
  if (open) hunks.push(open);
  return hunks;
}
