// Finds or creates the issue of a date and locks it for this transaction:
// concurrent imports into one issue run one after the other instead of
// racing on its pages (PGlite runs one transaction at a time anyway). NO KEY
// UPDATE still lets other transactions insert rows that reference the issue.
import "server-only";

import { randomUUID } from "node:crypto";

import type { IssueStatus, Prisma } from "@prisma/client";

import { assertIssueOpen } from "@/lib/articles/issue-freeze";
import { notifyEvent } from "@/lib/events/notify-event";

/** The id of the issue of `date`, created if needed and locked (and announced to open boards on commit); IssueFrozenError (409) if it is scheduled or published. */
export async function lockIssue(
  tx: Prisma.TransactionClient,
  publicationId: string,
  date: string,
): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO "Issue" ("id", "publicationId", "date", "updatedAt")
    VALUES (${randomUUID()}, ${publicationId}, ${date}::date, now())
    ON CONFLICT ("publicationId", "date") DO NOTHING`;
  const rows = await tx.$queryRaw<
    { id: string; status: IssueStatus; layoutVersion: number }[]
  >`
    SELECT "id", "status"::text AS "status", "layoutVersion" FROM "Issue" WHERE "publicationId" = ${publicationId} AND "date" = ${date}::date FOR NO KEY UPDATE`;
  // Nothing is imported into a scheduled or published issue.
  assertIssueOpen(rows[0]!.status);
  // Open boards look again once the import commits (it adds articles, not a layout version).
  await notifyEvent(tx, {
    type: "issue.layout",
    issueId: rows[0]!.id,
    layoutVersion: rows[0]!.layoutVersion,
  });
  return rows[0]!.id;
}
