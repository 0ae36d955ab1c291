// The printed jump markers (转版标记) are generated from the link, never typed:
// （下转N版） closes the part that jumps, （上接M版） opens its continuation.
// Full-width brackets and Arabic page numbers, as 平湖日报 prints them.
import { type JumpDirection, parseJumpMarker } from "./parse-jump-marker";

const KEYWORD: Record<JumpDirection, string> = { to: "下转", from: "上接" };

/** `下转3版` / `上接1版`: a marker's words without brackets, naming page `page`. */
export function markerText(direction: JumpDirection, page: number): string {
  return `${KEYWORD[direction]}${page}版`;
}

/** `（下转3版）`: printed at the end of a part that continues on page `toPage`. */
export function markerOut(toPage: number): string {
  return `（${markerText("to", toPage)}）`;
}

/** `（上接1版）`: printed at the start of a continuation of a part on page `fromPage`. */
export function markerIn(fromPage: number): string {
  return `（${markerText("from", fromPage)}）`;
}

/**
 * The page number a stored marker names, in any form the importer reads
 * (`(下转2版)`, `下转第二版`, `（上接1版）` …); null for no marker or one
 * without a number (接上版).
 */
export function markerPage(marker: string | null | undefined): number | null {
  if (!marker) return null;
  return parseJumpMarker(marker, null)?.page ?? null;
}

/**
 * Whether a stored marker agrees with the page its link says (`page`): it
 * names that page, or names none (no marker, 接上版). A marker that names
 * another page is what the validation report shows, and what is left as
 * printed when the link's pages change (lib/layout/follow-links.ts).
 */
export function markerAgrees(
  marker: string | null | undefined,
  page: number,
): boolean {
  const named = markerPage(marker);
  return named === null || named === page;
}

/** Both markers of a linked jump from the page numbers its two ends are on now. */
export function jumpMarkers(
  fromPage: number,
  toPage: number,
): { out: string; in: string } {
  return { out: markerOut(toPage), in: markerIn(fromPage) };
}
