// Undoes a find & replace run as one step: each article it changed gets its
// text from before the run back (reason find-replace.undo), unless someone
// changed it since — those are reported, not overwritten.
import "server-only";

import { z } from "zod";

import { lockArticle } from "@/lib/articles/lock-article";
import { readSnapshot } from "@/lib/articles/read-snapshot";
import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { writeArticleVersion } from "@/lib/articles/write-article-version";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";

/** The body of POST /api/issues/:id/replace/undo. */
export const undoReplaceRequestSchema = z
  .object({ batchId: z.string().min(1).max(100) })
  .strict();

/** POST /api/issues/:id/replace/undo answers this. */
export interface UndoReplaceResult {
  restored: { articleId: string; version: number }[];
  /** Articles changed after the run: left as they are, for the editor to fix by hand. */
  changedSince: { articleId: string; headline: string }[];
}

/**
 * Restores the articles of a find & replace batch, in one transaction.
 * NotFoundError for a batch this issue does not have; ValidationError for
 * a batch already undone.
 */
export async function undoReplaceBatch(
  prisma: Db,
  issueId: string,
  batchId: string,
  userId: string | null,
): Promise<UndoReplaceResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const revisions = await tx.revision.findMany({
      where: { batchId, article: { issueId } },
      orderBy: { articleId: "asc" },
      select: {
        articleId: true,
        version: true,
        article: { select: { issue: { select: { publicationId: true } } } },
      },
    });
    if (revisions.length === 0) {
      throw new NotFoundError(
        "This find & replace run is unknown in this issue.",
        "本期没有这次查找替换记录。",
      );
    }
    const done = await tx.auditEvent.findFirst({
      where: {
        entityType: "Issue",
        entityId: issueId,
        action: "issue.find-replace.undo",
        data: { path: ["batchId"], equals: batchId },
      },
      select: { id: true },
    });
    if (done)
      throw new ValidationError(
        "This find & replace run was already undone.",
        "这次查找替换已经撤销过了。",
      );

    const result: UndoReplaceResult = { restored: [], changedSince: [] };
    for (const revision of revisions) {
      const current = await lockArticle(tx, revision.articleId);
      if (current.version !== revision.version || current.mergedIntoId) {
        result.changedSince.push({
          articleId: current.id,
          headline: current.snapshot.headline,
        });
        continue;
      }
      const before = await tx.revision.findUniqueOrThrow({
        where: {
          articleId_version: {
            articleId: current.id,
            version: revision.version - 1,
          },
        },
        select: { snapshot: true },
      });
      const written = await writeArticleVersion(
        tx,
        current,
        readSnapshot(before.snapshot, current.snapshot),
        {
          userId,
          reason: "find-replace.undo",
          batchId: null,
          detail: null,
          audit: { batchId },
        },
      );
      result.restored.push({ articleId: current.id, version: written.version });
    }
    await recordAudit(tx, {
      actorId: userId,
      publicationId: revisions[0]!.article.issue.publicationId,
      event: {
        action: "issue.find-replace.undo",
        entityType: "Issue",
        entityId: issueId,
        data: {
          batchId,
          restored: result.restored.length,
          changedSince: result.changedSince.length,
        },
      },
    });
    return result;
  });
}
