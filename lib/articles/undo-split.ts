// Undoes a split by merging the split-off article back into the one it came
// from, its headline becoming again the paragraph it was taken from.
import "server-only";

import { z } from "zod";

import { readAuditEventOf } from "@/lib/audit/read-audit-event";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import {
  appendArticle,
  lockPair,
  type MergeArticlesResult,
} from "./merge-articles";
import { articleNotFound } from "./not-found-error";
import { blockText } from "./repairs/block-text";
import { runArticleTransaction } from "./run-article-transaction";
import { type ArticleBlockNode, articleDocSchema } from "./tiptap-schema";

const blockSchema = articleDocSchema.shape.content.element;

/** The body of POST /api/articles/:id/split/undo (:id is the article the split created). */
export const undoSplitRequestSchema = z
  .object({ sessionId: z.string().min(1).max(100).optional() })
  .strict();

/**
 * Merges the split-off article back (reason "split.undo"): the original gets
 * its text back, the split-off one is hidden. Returns the original as it is
 * now. ValidationError if the article was not split off (or was merged away).
 */
export async function undoSplit(
  prisma: Db,
  input: { articleId: string; userId: string | null; sessionId?: string },
): Promise<MergeArticlesResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const peek = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { splitFromId: true },
    });
    if (!peek) throw articleNotFound();
    if (!peek.splitFromId) {
      throw new ValidationError(
        "This article was not split off another one.",
        "这篇稿件不是拆分出来的。",
      );
    }
    const [created, original] = await lockPair(
      tx,
      input.articleId,
      peek.splitFromId,
    );
    const event = await tx.auditEvent.findFirst({
      where: {
        entityType: "Article",
        entityId: created.id,
        action: "article.split-off",
      },
      orderBy: { createdAt: "desc" },
      select: { action: true, entityType: true, entityId: true, data: true },
    });
    const stored =
      readAuditEventOf("article.split-off", event)?.data.headlineBlock ?? null;
    const block = stored === null ? null : blockSchema.safeParse(stored);
    const taken: ArticleBlockNode | null = block?.success ? block.data : null;
    // The headline goes back as the block it was taken from (a paragraph if it was edited since);
    // a headline written after the split was never body text.
    const headline = created.snapshot.headline;
    const lead: ArticleBlockNode[] = !taken
      ? []
      : blockText(taken) === headline
        ? [taken]
        : headline
          ? [{ type: "paragraph", content: [{ type: "text", text: headline }] }]
          : [];
    return appendArticle(tx, original, created, {
      reason: "split.undo",
      userId: input.userId,
      sessionId: input.sessionId,
      lead,
    });
  });
}
