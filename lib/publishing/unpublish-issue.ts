// Taking an issue off the reader site (unpublish, with a reason) and
// reopening a published or scheduled one for correction (撤签/reopen, with a
// reason): each one transaction on the locked issue, with an audit event.
// Reopening keeps the published version live until the next publish.
import "server-only";

import type { IssueStatus } from "@prisma/client";
import { z } from "zod";

import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";
import { lockLayout } from "@/lib/layout/lock-layout";
import { finalStep } from "@/lib/review/review-chain";
import { chainOfPublication } from "@/lib/review/sign-page";

export const reasonRequestSchema = z
  .object({ reason: z.string().trim().min(4).max(300) })
  .strict();

async function changeStatus(
  prisma: Db,
  input: { issueId: string; userId: string | null; reason: string },
  rule: {
    from: readonly IssueStatus[];
    to: IssueStatus;
    live: "keep" | "clear";
    /** Revoke the final step's (签发) signatures: 撤签. */
    revokeFinal?: boolean;
    action: "issue.unpublish" | "issue.reopen";
    refusal: [en: string, zh: string];
  },
): Promise<{ status: IssueStatus }> {
  const { reason } = reasonRequestSchema.parse({ reason: input.reason });
  return runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, input.issueId);
    if (!rule.from.includes(issue.status))
      throw new ValidationError(...rule.refusal);
    if (rule.revokeFinal) {
      const chain = await chainOfPublication(tx, issue.publicationId);
      await tx.pageSignOff.updateMany({
        where: {
          issueId: input.issueId,
          step: finalStep(chain).key,
          revokedAt: null,
        },
        data: {
          revokedAt: new Date(),
          revokedCause: "REOPENED",
          revokedById: input.userId,
          revokedReason: reason,
        },
      });
    }
    await tx.issue.update({
      where: { id: input.issueId },
      data: {
        status: rule.to,
        // A reopened schedule is over; its job finds the issue no longer SCHEDULED and does nothing.
        scheduledAt: null,
        ...(rule.live === "clear" ? { liveVersion: null } : {}),
      },
    });
    await notifyEvent(tx, {
      type: "issue.status",
      issueId: input.issueId,
      status: rule.to,
    });
    if (rule.revokeFinal)
      await notifyEvent(tx, { type: "issue.review", issueId: input.issueId });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: issue.publicationId,
      event: {
        action: rule.action,
        entityType: "Issue",
        entityId: input.issueId,
        data: { from: issue.status, to: rule.to, reason },
      },
    });
    return { status: rule.to };
  });
}

/**
 * Takes a published issue off the reader site (UNPUBLISHED); its versions
 * stay stored. ValidationError for an issue that is not published or a
 * reason under 4 characters; NotFoundError for an unknown issue.
 */
export function unpublishIssue(
  prisma: Db,
  input: { issueId: string; userId: string | null; reason: string },
) {
  return changeStatus(prisma, input, {
    from: ["PUBLISHED"],
    to: "UNPUBLISHED",
    live: "clear",
    action: "issue.unpublish",
    refusal: [
      "Only a published issue can be unpublished.",
      "只有已发布的期次可以撤下。",
    ],
  });
}

/**
 * Reopens a signed-off, scheduled or published issue (撤签, back to
 * IN_REVIEW: edits are allowed again). Every page's 签发 is revoked with
 * the reason, so the chief editor signs again what goes out next; earlier
 * steps stand until a change revokes them. Readers keep the published
 * version until the next publish. The same errors as unpublishIssue.
 */
export function reopenIssue(
  prisma: Db,
  input: { issueId: string; userId: string | null; reason: string },
) {
  return changeStatus(prisma, input, {
    from: ["PUBLISHED", "SCHEDULED", "SIGNED_OFF"],
    to: "IN_REVIEW",
    live: "keep",
    revokeFinal: true,
    action: "issue.reopen",
    refusal: [
      "Only a signed-off, scheduled or published issue can be reopened.",
      "只有已签发、已排期或已发布的期次可以重新打开。",
    ],
  });
}
