// The jump markers one segmented article carries (OcrArticle.jumps, printed
// or implied by METS): which of them the importer goes by.
import type { JumpDirection } from "./parse-jump-marker";

interface DirectedJump {
  direction: JumpDirection;
  /** The page the marker names; null when it could not be known. */
  page: number | null;
}

/**
 * The article's first marker of `direction` ("to": 下转, "from": 上接), the
 * one its part is linked by; undefined when it has none.
 */
export function jumpOf<J extends DirectedJump>(
  jumps: readonly J[],
  direction: JumpDirection,
): J | undefined {
  return jumps.find((j) => j.direction === direction);
}

/** Whether the article already carries a marker of `direction` naming page `page`. */
export function hasJump(
  jumps: readonly DirectedJump[],
  direction: JumpDirection,
  page: number | null,
): boolean {
  return jumps.some((j) => j.direction === direction && j.page === page);
}
