// The history list of an article: its revisions newest first, without the
// autosaves coalesced into a later one.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { Db } from "@/lib/db/client";

import { articleNotFound } from "./not-found-error";

/** GET /api/articles/:id/revisions answers { revisions: RevisionListItem[] }. */
export interface RevisionListItem {
  version: number;
  reason: string;
  detail: string | null;
  author: { id: string; name: string } | null;
  createdAt: string;
  /** Written by a find & replace run (undo it with the batch id). */
  batchId: string | null;
}

/** The history list's query: revisions newest first, coalesced autosaves left out. */
export const revisionListQuery = {
  where: { superseded: false },
  orderBy: { version: "desc" },
  select: {
    version: true,
    reason: true,
    detail: true,
    batchId: true,
    createdAt: true,
    author: { select: { id: true, name: true } },
  },
} as const satisfies Prisma.Article$revisionsArgs;

/** NotFoundError for an unknown article. */
export async function listRevisions(
  prisma: Db,
  articleId: string,
): Promise<RevisionListItem[]> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { revisions: revisionListQuery },
  });
  if (!article) throw articleNotFound();
  return article.revisions.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
  }));
}
