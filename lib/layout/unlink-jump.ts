// Unlinks a jump an editor finds wrong: the 下转 part waits again for its
// continuation (a finding until linked), the former continuation too.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { partNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";

/** The body of POST /api/issues/:id/layout/jumps/unlink. */
export const unlinkJumpSchema = z
  .object({ jumpId: z.string().min(1).max(100) })
  .strict();

/** Leaves the jump open (toPlacementId null, its page kept). ValidationError for a jump of another issue. */
export async function unlinkJump(
  prisma: Db,
  issueId: string,
  request: z.input<typeof unlinkJumpSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number }> {
  const { jumpId } = unlinkJumpSchema.parse(request);
  return changeLayout<object, "layout.unlink">(
    prisma,
    issueId,
    userId,
    "layout.unlink",
    async (tx) => {
      const jump = await tx.jump.findUnique({
        where: { id: jumpId },
        select: {
          toPlacementId: true,
          toPlacement: {
            select: {
              continuesFromPage: true,
              page: { select: { number: true } },
            },
          },
          fromPlacement: {
            select: { page: { select: { issueId: true, number: true } } },
          },
        },
      });
      if (jump?.fromPlacement.page.issueId !== issueId) throw partNotInIssue();
      if (!jump.toPlacementId) return { result: {}, audit: null };
      await tx.jump.update({
        where: { id: jumpId },
        data: { toPlacementId: null, markerIn: null },
      });
      // The former continuation still prints 上接: it waits for an origin, visibly.
      await tx.placement.update({
        where: { id: jump.toPlacementId },
        data: {
          continuesFromPage:
            jump.toPlacement?.continuesFromPage ??
            jump.fromPlacement.page.number,
        },
      });
      return {
        result: {},
        audit: {
          jumpId,
          from: jump.fromPlacement.page.number,
          to: jump.toPlacement?.page.number ?? null,
        },
      };
    },
  );
}
