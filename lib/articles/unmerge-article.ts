// Undoes a merge: the hidden second article comes back as it was, with its
// parts, repairs and jumps; the first loses the appended text — keeping any
// edits made since elsewhere in it (a three-way merge), or refusing if the
// appended part itself was edited.
import "server-only";

import { z } from "zod";

import { readAuditEventOf } from "@/lib/audit/read-audit-event";
import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";

import { listArticleRepairs } from "./list-article-repairs";
import { mergeSnapshots } from "./merge/merge-snapshots";
import { lockPair, type MergeArticlesResult } from "./merge-articles";
import { articleNotFound } from "./not-found-error";
import { readSnapshot } from "./read-snapshot";
import { runArticleTransaction } from "./run-article-transaction";
import { writeArticleVersion } from "./write-article-version";

/** The body of POST /api/articles/:id/merge/undo (:id is the article that was merged away). */
export const unmergeRequestSchema = z
  .object({ sessionId: z.string().min(1).max(100).optional() })
  .strict();

const cannotUndo = () =>
  new ValidationError(
    "This article was not merged into another one, or the merge cannot be undone.",
    "这篇稿件没有被合并，或该合并无法撤销。",
  );

/**
 * Restores an article merged away by mergeArticles. Returns the first article
 * as it is now (`article`) and the restored id (`mergedId`). ValidationError
 * if it was not merged; ConflictError if the appended text was edited since.
 */
export async function unmergeArticle(
  prisma: Db,
  input: { articleId: string; userId: string | null; sessionId?: string },
): Promise<MergeArticlesResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const peek = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { mergedIntoId: true },
    });
    if (!peek) throw articleNotFound();
    if (!peek.mergedIntoId) throw cannotUndo();
    const [second, first] = await lockPair(
      tx,
      input.articleId,
      peek.mergedIntoId,
    );
    const event = await tx.auditEvent.findFirst({
      where: {
        entityType: "Article",
        entityId: second.id,
        action: "article.merge",
      },
      orderBy: { createdAt: "desc" },
      select: { action: true, entityType: true, entityId: true, data: true },
    });
    const data = readAuditEventOf("article.merge", event)?.data;
    // The second article's merge event carries the undo data; the first's names the second only.
    const undo = data && "into" in data ? data : null;
    if (second.mergedIntoId !== first.id || undo?.into !== first.id)
      throw cannotUndo();

    const revisions = await tx.revision.findMany({
      where: {
        articleId: first.id,
        version: { in: [undo.firstVersionBefore, undo.firstVersionAfter] },
      },
      select: { version: true, snapshot: true },
    });
    const at = (v: number) =>
      readSnapshot(
        revisions.find((r) => r.version === v)?.snapshot,
        first.snapshot,
      );
    const before = at(undo.firstVersionBefore);
    let next = before;
    if (first.version !== undo.firstVersionAfter) {
      // Edits since the merge stay, unless they touched what the merge added.
      const result = mergeSnapshots(
        at(undo.firstVersionAfter),
        first.snapshot,
        before,
      );
      if (result.conflicts.length) {
        throw new ConflictError(
          "The merged article was edited where the merge changed it; split it by hand instead.",
          "合并后的稿件在合并处已被修改，无法自动撤销，请手动拆分。",
        );
      }
      next = result.merged;
    }

    for (const p of undo.movedPlacements) {
      await tx.placement.updateMany({
        where: { id: p.id, articleId: first.id },
        data: {
          articleId: second.id,
          part: p.part,
          startBlock: p.startBlock ?? 0,
          startAnchor: p.startAnchor ?? null,
        },
      });
    }
    if (undo.linkedJumps.length) {
      await tx.jump.updateMany({
        where: {
          id: { in: undo.linkedJumps },
          toPlacementId: { in: undo.movedPlacements.map((p) => p.id) },
        },
        data: { toPlacementId: null },
      });
    }
    for (const r of undo.movedRepairs) {
      await tx.repair.updateMany({
        where: { id: r.id, articleId: first.id },
        data: {
          articleId: second.id,
          blockIndex: r.blockIndex,
          field: r.field,
        },
      });
    }
    await tx.article.update({
      where: { id: second.id },
      data: { mergedIntoId: null },
    });
    const written = await writeArticleVersion(tx, first, next, {
      userId: input.userId,
      reason: "merge.undo",
      detail: second.snapshot.headline || null,
      sessionId: input.sessionId,
    });
    await writeArticleVersion(
      tx,
      { ...second, mergedIntoId: null },
      second.snapshot,
      {
        userId: input.userId,
        reason: "merge.undo",
        detail: first.snapshot.headline || null,
        sessionId: input.sessionId,
      },
    );
    return {
      mergedId: second.id,
      article: {
        status: "saved",
        version: written.version,
        snapshot: next,
        suggestions: written.suggestions,
        repairs: await listArticleRepairs(tx, first.id, next),
      },
    };
  });
}
