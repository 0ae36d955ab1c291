// The resource a request names, read as the policy needs it (lib/auth/
// policy.ts): the issue's or article's publication and status, and an
// article's authors (the staff accounts behind its bylines).
import "server-only";

import { articleNotFound, issueNotFound } from "@/lib/articles/not-found-error";
import type { Db } from "@/lib/db/client";

import type { Resource } from "./policy";

/** The issue `issueId` as a policy resource. Throws NotFoundError for an unknown id. */
export async function issueResource(
  prisma: Db,
  issueId: string,
): Promise<Extract<Resource, { kind: "issue" }>> {
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: { publicationId: true, status: true },
  });
  if (!issue) throw issueNotFound();
  return { kind: "issue", ...issue };
}

/**
 * The article `articleId` as a policy resource, with the users its bylines
 * name. Throws NotFoundError for an unknown id.
 */
export async function articleResource(
  prisma: Db,
  articleId: string,
): Promise<Extract<Resource, { kind: "article" }>> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      issue: { select: { publicationId: true, status: true } },
      bylines: { select: { contributor: { select: { userId: true } } } },
    },
  });
  if (!article) throw articleNotFound();
  return {
    kind: "article",
    publicationId: article.issue.publicationId,
    issueStatus: article.issue.status,
    authorIds: [
      ...new Set(
        article.bylines.flatMap((b) =>
          b.contributor?.userId ? [b.contributor.userId] : [],
        ),
      ),
    ],
  };
}
