// The printed jump markers (转版标记) are generated from the link, never typed:
// （下转N版） closes the part that jumps, （上接M版） opens its continuation.
// Full-width brackets and Arabic page numbers, as 平湖日报 prints them.
import { parseJumpMarker } from "@/lib/ocr/segment/parse-jump-marker";

/** `（下转3版）`: printed at the end of a part that continues on page `toPage`. */
export function markerOut(toPage: number): string {
  return `（下转${toPage}版）`;
}

/** `（上接1版）`: printed at the start of a continuation of a part on page `fromPage`. */
export function markerIn(fromPage: number): string {
  return `（上接${fromPage}版）`;
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

/** Both markers of a linked jump from the page numbers its two ends are on now. */
export function jumpMarkers(
  fromPage: number,
  toPage: number,
): { out: string; in: string } {
  return { out: markerOut(toPage), in: markerIn(fromPage) };
}
