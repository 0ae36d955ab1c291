// The correction status 待校 IMPORTED → 校对中 EDITING → 已校对 PROOFREAD (and
// 签发 APPROVED, set by review). Not content: no revision, an audit event.
import "server-only";

import type { ArticleStatus } from "@prisma/client";
import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { deskStatuses } from "./article-snapshot";
import { assertIssueOpen } from "./issue-freeze";
import { articleNotFound } from "./not-found-error";
import { mergedAway } from "./save-article";

export const setStatusRequestSchema = z
  .object({ status: z.enum(deskStatuses) })
  .strict();

export interface SetStatusResult {
  status: ArticleStatus;
  /** The status before, for the audit trail and an undo in the interface. */
  previous: ArticleStatus;
}

/**
 * Sets an article's correction status. ValidationError for a status the desk
 * may not set (or taking back an APPROVED article); NotFoundError for an
 * unknown article; ConflictError (409) for one merged into another.
 */
export async function setArticleStatus(
  prisma: Db,
  input: { articleId: string; status: ArticleStatus; userId: string | null },
): Promise<SetStatusResult> {
  if (!(deskStatuses as readonly string[]).includes(input.status)) {
    throw new ValidationError(
      "The desk sets 待校, 校对中 or 已校对 only.",
      "校对台只能设置待校、校对中或已校对。",
    );
  }
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: {
        status: true,
        mergedIntoId: true,
        issue: { select: { status: true, publicationId: true } },
      },
    });
    if (!article) throw articleNotFound();
    assertIssueOpen(article.issue.status);
    // A merged-away article is hidden from every list; its status would be set where no one sees it.
    if (article.mergedIntoId) throw mergedAway();
    if (article.status === "APPROVED") {
      throw new ValidationError(
        "This article was approved in review; review must take it back first.",
        "这篇稿件已签发，需先在审稿中撤回。",
      );
    }
    if (article.status !== input.status) {
      await tx.article.update({
        where: { id: input.articleId },
        data: { status: input.status },
      });
      await recordAudit(tx, {
        actorId: input.userId,
        publicationId: article.issue.publicationId,
        event: {
          action: "article.status",
          entityType: "Article",
          entityId: input.articleId,
          data: { from: article.status, to: input.status },
        },
      });
    }
    return { status: input.status, previous: article.status };
  });
}
