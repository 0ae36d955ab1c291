// Every layout change runs in one transaction holding the issue's row lock:
// moves, page edits, splits and links of one issue queue here (an import into
// the issue waits too), each one bumps Issue.layoutVersion — the version the
// board's next move names — leaves an AuditEvent and announces the new
// version to open boards (lib/events).
import "server-only";

import type { IssueStatus, Prisma } from "@prisma/client";

import { assertIssueOpen } from "@/lib/articles/issue-freeze";
import { issueNotFound } from "@/lib/articles/not-found-error";
import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import type {
  AuditAction,
  AuditDataOf,
  AuditEventInput,
} from "@/lib/audit/audit-event";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { notifyEvent } from "@/lib/events/notify-event";

export interface LockedLayout {
  id: string;
  publicationId: string;
  status: IssueStatus;
  layoutVersion: number;
}

/** Locks the issue row (FOR UPDATE) and reads its layout version; NotFoundError for an unknown issue. */
export async function lockLayout(
  tx: Prisma.TransactionClient,
  issueId: string,
): Promise<LockedLayout> {
  const rows = await tx.$queryRaw<LockedLayout[]>`
    SELECT "id", "publicationId", "status"::text AS "status", "layoutVersion" FROM "Issue" WHERE "id" = ${issueId} FOR UPDATE`;
  const issue = rows[0];
  if (!issue) throw issueNotFound();
  return issue;
}

/** The layout changes changeLayout records, each with its own audit data. */
export type LayoutAction = Extract<AuditAction, `layout.${string}`>;
/** What a change returns for its audit event: the event's data but the layoutVersion, which changeLayout adds. */
export type LayoutAudit<A extends LayoutAction> = Omit<
  AuditDataOf<A>,
  "layoutVersion"
>;

/**
 * Runs `change` in one transaction with the issue locked and not frozen,
 * then bumps the layout version and records `action` (e.g. "layout.move")
 * with the data `change` returns in `audit`. Returns the change's result
 * with the new layoutVersion. A change that returns `audit: null` changed
 * nothing: no bump, no event.
 */
export async function changeLayout<T extends object, A extends LayoutAction>(
  prisma: Db,
  issueId: string,
  userId: string | null,
  action: A,
  change: (
    tx: Prisma.TransactionClient,
    issue: LockedLayout,
  ) => Promise<{ result: T; audit: LayoutAudit<A> | null }>,
): Promise<T & { layoutVersion: number }> {
  return runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, issueId);
    // A scheduled or published issue keeps its pages as they went out.
    assertIssueOpen(issue.status);
    const { result, audit } = await change(tx, issue);
    if (audit === null)
      return { ...result, layoutVersion: issue.layoutVersion };
    const layoutVersion = issue.layoutVersion + 1;
    await tx.issue.update({ where: { id: issueId }, data: { layoutVersion } });
    // Heard by every app server once this commits (never if it rolls back).
    await notifyEvent(tx, { type: "issue.layout", issueId, layoutVersion });
    // TypeScript cannot tie `audit` to `action` through the generic (callers are checked by
    // LayoutAudit<A>); recordAudit checks the pair at run time.
    const event = {
      action,
      entityType: "Issue",
      entityId: issueId,
      data: { ...audit, layoutVersion },
    } as unknown as AuditEventInput;
    await recordAudit(tx, {
      actorId: userId,
      publicationId: issue.publicationId,
      event,
    });
    return { ...result, layoutVersion };
  });
}
