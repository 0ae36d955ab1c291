// Restores an earlier revision as a new one (reason "restore"): nothing in
// the history is lost. Verdicts on repairs given after that revision are
// taken back, so restoring revision 1 gives exactly the import: its text and
// every repair pending again.
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { assertMayWrite } from "./editing-session";
import { revisionNotFound } from "./get-revision";
import { listArticleRepairs } from "./list-article-repairs";
import { lockArticle } from "./lock-article";
import { readSnapshot } from "./read-snapshot";
import { runArticleTransaction } from "./run-article-transaction";
import { type ArticleWritten, mergedAway } from "./save-article";
import { writeArticleVersion } from "./write-article-version";

/** The body of POST /api/articles/:id/restore. */
export const restoreRequestSchema = z
  .object({
    version: z.number().int().min(1),
    /** The version the user was looking at; refused if the article changed since. */
    baseVersion: z.number().int().min(1).optional(),
    sessionId: z.string().min(1).max(100).optional(),
  })
  .strict();

/**
 * Going back past a split or a merge that still stands would put the same
 * paragraphs in two articles, or lose the appended one's: undo it first.
 */
async function refuseAcrossSplitOrMerge(
  tx: Prisma.TransactionClient,
  articleId: string,
  version: number,
): Promise<void> {
  const [later, splitOff, mergedIn] = await Promise.all([
    tx.revision.findMany({
      where: {
        articleId,
        version: { gt: version },
        reason: { in: ["split", "merge"] },
      },
      select: { reason: true },
    }),
    tx.article.count({ where: { splitFromId: articleId, mergedIntoId: null } }),
    tx.article.count({ where: { mergedIntoId: articleId } }),
  ]);
  if (later.some((r) => r.reason === "split") && splitOff > 0) {
    throw new ConflictError(
      "This article was split after that revision; undo the split before restoring it.",
      "该版本之后本篇被拆分过，请先撤销拆分再恢复。",
    );
  }
  if (later.some((r) => r.reason === "merge") && mergedIn > 0) {
    throw new ConflictError(
      "Another article was merged into this one after that revision; undo the merge before restoring it.",
      "该版本之后有稿件并入本篇，请先撤销合并再恢复。",
    );
  }
}

/**
 * Writes revision `version`'s content as the article's next version.
 * NotFoundError for an unknown article or revision; ConflictError when the
 * article changed after `baseVersion` or was merged into another;
 * TakenOverError when another editing tab holds the article.
 */
export async function restoreRevision(
  prisma: Db,
  input: z.infer<typeof restoreRequestSchema> & {
    articleId: string;
    userId: string | null;
  },
): Promise<ArticleWritten> {
  return runArticleTransaction(prisma, async (tx) => {
    const current = await lockArticle(tx, input.articleId);
    await assertMayWrite(tx, input.articleId, input.sessionId);
    if (current.mergedIntoId) throw mergedAway();
    if (
      input.baseVersion !== undefined &&
      input.baseVersion !== current.version
    ) {
      throw new ConflictError(
        "The article was changed since you opened its history; look again before restoring.",
        "打开历史记录后稿件已被修改，请重新查看后再恢复。",
      );
    }
    const revision = await tx.revision.findUnique({
      where: {
        articleId_version: {
          articleId: input.articleId,
          version: input.version,
        },
      },
      select: { snapshot: true, createdAt: true, reason: true },
    });
    if (!revision) throw revisionNotFound(input.version);
    await refuseAcrossSplitOrMerge(tx, input.articleId, input.version);
    const snapshot = readSnapshot(revision.snapshot, current.snapshot);
    // The import predates every verdict (whatever clock stamped it); later revisions compare times.
    await tx.repair.updateMany({
      where: {
        articleId: input.articleId,
        ...(revision.reason === "import"
          ? {}
          : { reviewedAt: { gt: revision.createdAt } }),
      },
      data: { status: "PENDING", reviewedById: null, reviewedAt: null },
    });
    const written = await writeArticleVersion(tx, current, snapshot, {
      userId: input.userId,
      reason: "restore",
      detail: `revision ${input.version}`,
      sessionId: input.sessionId,
      audit: { restored: input.version },
    });
    return {
      status: "saved",
      version: written.version,
      snapshot,
      suggestions: written.suggestions,
      repairs: await listArticleRepairs(tx, input.articleId, snapshot),
    };
  });
}
