// One revision of an article with its content, for the history's diff view
// and for restoring it.
import "server-only";

import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import type { ArticleSnapshot } from "./article-snapshot";
import type { RevisionListItem } from "./list-revisions";
import { readSnapshot } from "./read-snapshot";

/** GET /api/articles/:id/revisions/:version answers { revision: RevisionContent }. */
export interface RevisionContent extends RevisionListItem {
  superseded: boolean;
  snapshot: ArticleSnapshot;
}

export const revisionNotFound = (version: number) =>
  new NotFoundError(
    `This article has no revision ${version}.`,
    `这篇稿件没有第 ${version} 版。`,
  );

/** The revision (superseded ones too: they can be compared and restored); NotFoundError if none. */
export async function getRevision(
  prisma: Db,
  articleId: string,
  version: number,
): Promise<RevisionContent> {
  const revision = await prisma.revision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: {
      version: true,
      reason: true,
      detail: true,
      batchId: true,
      superseded: true,
      createdAt: true,
      snapshot: true,
      author: { select: { id: true, name: true } },
      article: { select: { rubric: true, genre: true } },
    },
  });
  if (!revision) throw revisionNotFound(version);
  const { article, snapshot, createdAt, ...rest } = revision;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    snapshot: readSnapshot(snapshot, article),
  };
}
