// An issue that is signed off, scheduled or published accepts no change to its content
// or layout until someone allowed reopens it (issue 15 item 4): every write
// path reads the issue's status under its own lock and calls
// assertIssueOpen. A publish locks the issue's article rows before it
// changes the status, so a save in flight either lands before the snapshot
// or sees the new status (lib/articles/lock-article.ts reads after its lock).
import type { IssueStatus, Prisma } from "@prisma/client";

import { ConflictError } from "@/lib/errors";

/** Statuses in which an issue is frozen. */
export const FROZEN_STATUSES: readonly IssueStatus[] = [
  "SIGNED_OFF",
  "SCHEDULED",
  "PUBLISHED",
];

export function isIssueFrozen(status: IssueStatus): boolean {
  return FROZEN_STATUSES.includes(status);
}

/** A change refused because the issue is frozen: HTTP 409 with what to do. */
export class IssueFrozenError extends ConflictError {
  constructor() {
    super(
      "This issue is signed off, scheduled or published, so its articles and pages can no longer change. Reopen the issue first (撤签, with a reason) to correct it.",
      "本期已签发、已排期或已发布，稿件和版面不能再改动。如需更正，请先重新打开本期（撤签，并说明原因）。",
    );
    this.name = "IssueFrozenError";
  }
}

/** Throws IssueFrozenError when `status` is frozen. */
export function assertIssueOpen(status: IssueStatus): void {
  if (isIssueFrozen(status)) throw new IssueFrozenError();
}

/**
 * Reads the status of the issue holding `articleId` (in the caller's
 * transaction, after its lock) and throws IssueFrozenError when frozen. For
 * write paths that lock the article row without reading it whole.
 */
export async function assertArticleIssueOpen(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  articleId: string,
): Promise<void> {
  const rows = await tx.$queryRaw<{ status: IssueStatus }[]>`
    SELECT i."status"::text AS "status" FROM "Article" a JOIN "Issue" i ON i."id" = a."issueId" WHERE a."id" = ${articleId}`;
  if (rows[0]) assertIssueOpen(rows[0].status);
}
