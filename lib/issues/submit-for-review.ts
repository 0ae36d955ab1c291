// Sends an issue from 草稿 (DRAFT) to 审核中 (IN_REVIEW) — only when its
// validation report is clean, or each finding is waived with a reason.
import "server-only";

import { issueNotFound } from "@/lib/articles/not-found-error";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";
import { loadLayout } from "@/lib/layout/load-layout";
import { lockLayout } from "@/lib/layout/lock-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";

/** Refused: findings remain that nobody waived. */
export class ReviewBlockedError extends ValidationError {
  constructor(readonly open: number) {
    super(
      `The validation report has ${open} finding(s) neither fixed nor waived with a reason; the issue stays a draft.`,
      `检查报告还有 ${open} 项既未处理也未说明理由，本期仍为草稿。`,
    );
    this.name = "ReviewBlockedError";
  }
}

/**
 * Moves the issue to IN_REVIEW in one transaction (issue locked, so no
 * layout change slips in between the check and the status), with an audit
 * event. ReviewBlockedError while findings are open; ValidationError when the
 * issue is not a draft; NotFoundError for an unknown issue.
 */
export async function submitForReview(
  prisma: Db,
  issueId: string,
  userId: string | null,
): Promise<{ status: "IN_REVIEW" }> {
  return prisma.$transaction(
    async (tx) => {
      const issue = await lockLayout(tx, issueId);
      if (issue.status !== "DRAFT") {
        throw new ValidationError(
          "Only a draft issue goes to review.",
          "只有草稿状态的期次可以送审。",
        );
      }
      const layout = await loadLayout(tx, issueId);
      if (!layout) throw issueNotFound();
      const report = reportOf(layout);
      if (report.open > 0) throw new ReviewBlockedError(report.open);
      await tx.issue.update({
        where: { id: issueId },
        data: { status: "IN_REVIEW" },
      });
      await notifyEvent(tx, {
        type: "issue.status",
        issueId,
        status: "IN_REVIEW",
      });
      await recordAudit(tx, {
        actorId: userId,
        publicationId: issue.publicationId,
        event: {
          action: "issue.submit-review",
          entityType: "Issue",
          entityId: issueId,
          data: {
            waived: report.findings.map((f) => ({
              finding: f.key,
              reason: f.waiver?.reason ?? null,
            })),
          },
        },
      });
      return { status: "IN_REVIEW" as const };
    },
    { timeout: 30_000, maxWait: 20_000 },
  );
}
