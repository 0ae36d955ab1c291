// Rejecting automatic repairs on the desk: each puts back the characters OCR
// read at its place, unless the text there was edited since. Pure.
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { rejectRepair } from "@/lib/articles/repairs/review-repair";

import type { DeskRepair } from "./desk-types";
import type { SaveExtras } from "./save-request";

/**
 * `snapshot` with the `chosen` repairs undone, later places first so undoing
 * one never moves the ones before it. `left`: how many could not be undone
 * (their text was edited); `save`: the extras of the revision to write (the
 * verdicts, and what came back for the history), null when none was undone.
 */
export function rejectRepairs(
  snapshot: ArticleSnapshot,
  chosen: readonly DeskRepair[],
): { snapshot: ArticleSnapshot; left: number; save: SaveExtras | null } {
  let next = snapshot;
  const done: DeskRepair[] = [];
  for (const r of [...chosen].reverse()) {
    const undone = rejectRepair(next, r);
    if (undone) {
      next = undone;
      done.push(r);
    }
  }
  return {
    snapshot: next,
    left: chosen.length - done.length,
    save: done.length
      ? {
          reason: "repair.reject",
          detail: done
            .map((r) =>
              `${r.replacement} → ${r.original}`.replace(/\n\n/g, "¶"),
            )
            .join("；")
            .slice(0, 300),
          repairDecisions: done.map((r) => ({
            repairId: r.id,
            status: "REJECTED" as const,
          })),
        }
      : null,
  };
}
