// An editor retires a learned pair (it is never offered again, its counts
// kept) or brings a retired one back.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import { bumpLearnedPairsRevision } from "./record-learning";

export interface RetireInput {
  pairId: string;
  /** true retires, false brings it back. */
  retire: boolean;
  userId: string;
}

/**
 * Retires or reinstates a pair, with an AuditEvent, and gives its paper a
 * new learnedPairsRevision so every app server stops (or starts) offering
 * it at its next read. Returns the pair's publication id. NotFoundError for
 * an unknown pair. Retiring a retired pair keeps who retired it first.
 */
export async function retireLearnedPair(
  prisma: Db,
  input: RetireInput,
): Promise<{ publicationId: string }> {
  return prisma.$transaction(async (tx) => {
    const pair = await tx.learnedPair.findUnique({
      where: { id: input.pairId },
      select: {
        publicationId: true,
        retiredAt: true,
        misread: true,
        correction: true,
      },
    });
    if (!pair)
      throw new NotFoundError(
        "That learned correction does not exist (any more).",
        "找不到这条学到的更正。",
      );
    if (input.retire === (pair.retiredAt !== null))
      return { publicationId: pair.publicationId };
    await tx.learnedPair.update({
      where: { id: input.pairId },
      data: input.retire
        ? { retiredAt: new Date(), retiredById: input.userId }
        : { retiredAt: null, retiredById: null },
    });
    await bumpLearnedPairsRevision(tx, pair.publicationId);
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: pair.publicationId,
      event: {
        action: input.retire ? "learnedPair.retire" : "learnedPair.reinstate",
        entityType: "LearnedPair",
        entityId: input.pairId,
        data: { misread: pair.misread, correction: pair.correction },
      },
    });
    return { publicationId: pair.publicationId };
  });
}
