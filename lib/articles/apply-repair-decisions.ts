// Records editors' verdicts on automatic repairs, inside the save that
// carries the text they imply: a rejection and the restored characters are
// stored together or not at all.
import "server-only";

import type { Prisma, RepairStatus } from "@prisma/client";
import { z } from "zod";

import { ValidationError } from "@/lib/errors";

export const repairDecisionSchema = z
  .object({
    repairId: z.string().min(1).max(100),
    /** PENDING takes a verdict back (the text is the editor's to restore). */
    status: z.enum(["PENDING", "ACCEPTED", "REJECTED"]),
  })
  .strict();
export type RepairDecision = z.infer<typeof repairDecisionSchema>;

/** Sets each repair's status and reviewer; ValidationError if one is not this article's. */
export async function applyRepairDecisions(
  tx: Prisma.TransactionClient,
  articleId: string,
  decisions: readonly RepairDecision[],
  userId: string | null,
): Promise<void> {
  if (decisions.length === 0) return;
  const byStatus = new Map<RepairStatus, string[]>();
  // The last verdict on a repair wins.
  const last = new Map(decisions.map((d) => [d.repairId, d.status]));
  for (const [id, status] of last)
    byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
  const now = new Date();
  let found = 0;
  for (const [status, ids] of byStatus) {
    const { count } = await tx.repair.updateMany({
      where: { articleId, id: { in: ids } },
      data:
        status === "PENDING"
          ? { status, reviewedById: null, reviewedAt: null }
          : { status, reviewedById: userId, reviewedAt: now },
    });
    found += count;
  }
  if (found !== last.size) {
    throw new ValidationError(
      "A repair in this save does not belong to the article; nothing was stored.",
      "本次保存中有不属于这篇稿件的自动修复，未做任何改动。",
    );
  }
}
