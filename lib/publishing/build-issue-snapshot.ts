// Builds an issue's snapshot from the editing tables: for preview (live,
// as readers would get it now) and, inside the publish transaction, for
// the version that is stored.
import "server-only";

import type { Prisma } from "@prisma/client";

import { issueNotFound } from "@/lib/articles/not-found-error";
import type { Db } from "@/lib/db/client";
import { getPageView } from "@/lib/layout/get-page-view";

import { type IssueSnapshot, snapshotPage } from "./issue-snapshot";

/**
 * The issue as readers would get it now, with `corrections` as given (the
 * publish adds the new ones). NotFoundError for an unknown issue.
 */
export async function buildIssueSnapshot(
  prisma: Db | Prisma.TransactionClient,
  issueId: string,
  corrections: IssueSnapshot["corrections"] = {},
): Promise<IssueSnapshot> {
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      date: true,
      number: true,
      publication: {
        select: { id: true, name: true, slug: true, timezone: true },
      },
      pages: { orderBy: { number: "asc" }, select: { number: true } },
    },
  });
  if (!issue) throw issueNotFound();
  const pages = [];
  for (const { number } of issue.pages) {
    const view = await getPageView(prisma, issueId, number);
    if (view) pages.push(snapshotPage(view));
  }
  return {
    format: 1,
    issue: {
      id: issue.id,
      date: issue.date.toISOString().slice(0, 10),
      number: issue.number,
    },
    publication: issue.publication,
    pages,
    corrections,
  };
}
