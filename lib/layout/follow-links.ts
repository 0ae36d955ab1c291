// Keeps the jumps of parts that moved (or pages that were renumbered) true
// to their links: the page a jump goes to, and the printed markers
// （下转N版）/（上接M版）, regenerated — unless the stored marker already
// disagreed with the link before the change, which stays for the validation
// report to show until an editor fixes it.
import "server-only";

import type { Prisma } from "@prisma/client";

import { markerAgrees, markerIn, markerOut } from "@/lib/jumps/jump-markers";

export interface CapturedJump {
  id: string;
  /** The stored 下转 marker named the page the jump went to (or none was printed). */
  outAgreed: boolean;
  /** The stored 上接 marker named the page the jump came from (or none was printed). */
  inAgreed: boolean;
}

const jumpSelect = {
  id: true,
  toPageNumber: true,
  markerOut: true,
  markerIn: true,
  fromPlacement: { select: { page: { select: { number: true } } } },
  toPlacement: { select: { page: { select: { number: true } } } },
} as const;

/** The jumps into or out of these parts (or of every part of the issue), as they are before a change. */
export async function captureJumps(
  tx: Prisma.TransactionClient,
  scope: { placementIds: string[] } | { issueId: string },
): Promise<CapturedJump[]> {
  const where: Prisma.JumpWhereInput =
    "issueId" in scope
      ? { fromPlacement: { page: { issueId: scope.issueId } } }
      : {
          OR: [
            { fromPlacementId: { in: scope.placementIds } },
            { toPlacementId: { in: scope.placementIds } },
          ],
        };
  const jumps = await tx.jump.findMany({ where, select: jumpSelect });
  return jumps.map((j) => {
    const to = j.toPlacement?.page.number ?? j.toPageNumber;
    return {
      id: j.id,
      outAgreed: markerAgrees(j.markerOut, to),
      inAgreed: markerAgrees(j.markerIn, j.fromPlacement.page.number),
    };
  });
}

/**
 * After the change: each captured jump that still exists goes to its
 * continuation's page now (an open one to `renumbered.get(old) ?? old`), and
 * its markers that agreed before are generated again from the link.
 */
export async function followLinks(
  tx: Prisma.TransactionClient,
  captured: readonly CapturedJump[],
  renumbered: ReadonlyMap<number, number> = new Map(),
): Promise<void> {
  if (captured.length === 0) return;
  const agreed = new Map(captured.map((c) => [c.id, c]));
  const jumps = await tx.jump.findMany({
    where: { id: { in: [...agreed.keys()] } },
    select: jumpSelect,
  });
  for (const j of jumps) {
    const before = agreed.get(j.id)!;
    const toPage =
      j.toPlacement?.page.number ??
      renumbered.get(j.toPageNumber) ??
      j.toPageNumber;
    const data: Prisma.JumpUpdateInput = {};
    if (toPage !== j.toPageNumber) data.toPageNumber = toPage;
    if (before.outAgreed && j.markerOut !== markerOut(toPage))
      data.markerOut = markerOut(toPage);
    const inMarker = j.toPlacement
      ? markerIn(j.fromPlacement.page.number)
      : null;
    if (before.inAgreed && inMarker !== null && j.markerIn !== inMarker)
      data.markerIn = inMarker;
    if (Object.keys(data).length > 0)
      await tx.jump.update({ where: { id: j.id }, data });
  }
}

/** Rewrites both markers of a jump from its link, whatever they said (an editor made or confirmed it). */
export async function generateMarkers(
  tx: Prisma.TransactionClient,
  jumpId: string,
): Promise<void> {
  const j = await tx.jump.findUniqueOrThrow({
    where: { id: jumpId },
    select: jumpSelect,
  });
  const toPage = j.toPlacement?.page.number ?? j.toPageNumber;
  await tx.jump.update({
    where: { id: jumpId },
    data: {
      toPageNumber: toPage,
      markerOut: markerOut(toPage),
      markerIn: j.toPlacement ? markerIn(j.fromPlacement.page.number) : null,
    },
  });
}
