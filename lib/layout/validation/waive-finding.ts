// Waives a validation finding with the reason an editor gives (a page left
// empty for an advertisement, a commentary signed by its column), or takes
// the waiver back. A waiver names the finding's key, so it lapses when the
// finding changes.
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import { assertIssueOpen } from "@/lib/articles/issue-freeze";
import { issueNotFound } from "@/lib/articles/not-found-error";
import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { loadLayout } from "../load-layout";
import { lockLayout } from "../lock-layout";
import { validateLayout } from "./validate-layout";

/** The body of POST /api/issues/:id/waivers. */
export const waiveFindingSchema = z
  .object({
    finding: z.string().min(1).max(300),
    /** Why the issue may go out with it: shown to the reviewer. */
    reason: z.string().trim().min(2).max(500),
  })
  .strict();

/** The body of DELETE /api/issues/:id/waivers. */
export const unwaiveFindingSchema = z
  .object({ finding: z.string().min(1).max(300) })
  .strict();

/**
 * Locks the issue row and returns its paper; NotFoundError for an unknown
 * issue, IssueFrozenError (409) for a frozen one.
 */
async function lockOpenIssue(
  tx: Prisma.TransactionClient,
  issueId: string,
): Promise<string> {
  const issue = await lockLayout(tx, issueId);
  assertIssueOpen(issue.status);
  return issue.publicationId;
}

/**
 * Records (or replaces) the waiver of a current finding, with an audit
 * event. ValidationError for a finding the issue does not have (fixed
 * meanwhile, or never there); NotFoundError for an unknown issue;
 * IssueFrozenError (409) for a scheduled or published one.
 */
export async function waiveFinding(
  prisma: Db,
  issueId: string,
  request: z.input<typeof waiveFindingSchema>,
  userId: string | null,
): Promise<{ finding: string }> {
  const { finding, reason } = waiveFindingSchema.parse(request);
  const layout = await loadLayout(prisma, issueId);
  if (!layout) throw issueNotFound();
  if (!validateLayout(layout).some((f) => f.key === finding)) {
    throw new ValidationError(
      "The issue no longer has this finding; nothing to waive.",
      "本期已没有这项检查结果，无需说明。",
    );
  }
  await runArticleTransaction(prisma, async (tx) => {
    const publicationId = await lockOpenIssue(tx, issueId);
    await tx.validationWaiver.upsert({
      where: { issueId_finding: { issueId, finding } },
      create: { issueId, finding, reason, waivedById: userId },
      update: { reason, waivedById: userId, createdAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: userId,
      publicationId,
      event: {
        action: "issue.waive",
        entityType: "Issue",
        entityId: issueId,
        data: { finding, reason },
      },
    });
  });
  return { finding };
}

/** Takes a waiver back (nothing happens when there is none), with an audit event. */
export async function unwaiveFinding(
  prisma: Db,
  issueId: string,
  request: z.input<typeof unwaiveFindingSchema>,
  userId: string | null,
): Promise<{ finding: string }> {
  const { finding } = unwaiveFindingSchema.parse(request);
  await runArticleTransaction(prisma, async (tx) => {
    const publicationId = await lockOpenIssue(tx, issueId);
    const { count } = await tx.validationWaiver.deleteMany({
      where: { issueId, finding },
    });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: userId,
        publicationId,
        event: {
          action: "issue.unwaive",
          entityType: "Issue",
          entityId: issueId,
          data: { finding },
        },
      });
    }
  });
  return { finding };
}
