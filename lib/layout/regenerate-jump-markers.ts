// The fix for a printed marker that disagrees with its link (a finding of
// the validation report): print what the link says.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { generateMarkers } from "./follow-links";
import { partNotInIssue } from "./layout-errors";
import { changeLayout } from "./lock-layout";

/** The body of POST /api/issues/:id/layout/jumps/markers. */
export const regenerateMarkersSchema = z
  .object({ jumpId: z.string().min(1).max(100) })
  .strict();

/** Rewrites the jump's （下转N版）/（上接M版） from its link. ValidationError for a jump of another issue. */
export async function regenerateJumpMarkers(
  prisma: Db,
  issueId: string,
  request: z.input<typeof regenerateMarkersSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number }> {
  const { jumpId } = regenerateMarkersSchema.parse(request);
  return changeLayout<object, "layout.markers">(
    prisma,
    issueId,
    userId,
    "layout.markers",
    async (tx) => {
      const jump = await tx.jump.findUnique({
        where: { id: jumpId },
        select: {
          markerOut: true,
          markerIn: true,
          fromPlacement: { select: { page: { select: { issueId: true } } } },
        },
      });
      if (jump?.fromPlacement.page.issueId !== issueId) throw partNotInIssue();
      await generateMarkers(tx, jumpId);
      return {
        result: {},
        audit: { jumpId, before: [jump.markerOut, jump.markerIn ?? ""] },
      };
    },
  );
}
