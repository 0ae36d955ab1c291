// An administrator (or the paper's chief editor) sets the paper's review
// chain. Signatures already given keep their step key and label; a step
// the new chain lacks simply no longer counts, a new one has to be signed.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { JsonData } from "@/lib/audit/audit-event";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { type ReviewChain, reviewChainSchema } from "./review-chain";

/**
 * Validates `chain` (reviewChainSchema) and stores it on the publication,
 * with an audit event holding the old and the new chain. ValidationError
 * naming the first problem; NotFoundError-free: an unknown publication id
 * is Prisma's P2025 (callers authorize on an existing paper first).
 */
export async function setReviewChain(
  prisma: Db,
  input: { publicationId: string; userId: string | null; chain: unknown },
): Promise<ReviewChain> {
  const parsed = reviewChainSchema.safeParse(input.chain);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join(".");
    throw new ValidationError(
      `The review chain is not valid: ${where ? `${where}: ` : ""}${issue.message}`,
      `审签流程设置有误：${where ? `${where}：` : ""}${issue.message}`,
    );
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.publication.findUniqueOrThrow({
      where: { id: input.publicationId },
      select: { reviewChain: true },
    });
    await tx.publication.update({
      where: { id: input.publicationId },
      data: { reviewChain: parsed.data as Prisma.InputJsonObject },
    });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: input.publicationId,
      event: {
        action: "publication.review-chain",
        entityType: "Publication",
        entityId: input.publicationId,
        data: {
          before: (before.reviewChain ?? null) as JsonData,
          after: parsed.data,
        },
      },
    });
    return parsed.data;
  });
}
