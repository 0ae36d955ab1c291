// Splits an article at a body block (for runs of 简讯 the importer left
// together): the tail becomes a new article placed right after the
// original on the same page. Both get a revision; undoSplit merges back.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";

import { countCharacters, docToBlocks, docToText } from "./article-doc";
import type { ArticleSnapshot } from "./article-snapshot";
import { loadLearnedPairIndex } from "./learned/load-learned-pairs";
import { listArticleRepairs, repairSelect } from "./list-article-repairs";
import { lockArticle } from "./lock-article";
import { locateRepair } from "./repairs/review-repair";
import { runArticleTransaction } from "./run-article-transaction";
import { type ArticleWritten, mergedAway } from "./save-article";
import type { ArticleBlockNode } from "./tiptap-schema";
import { suggestionsFor, writeArticleVersion } from "./write-article-version";

/** The body of POST /api/articles/:id/split. */
export const splitRequestSchema = z
  .object({
    /** Index of the body block that starts the new article (≥ 1). */
    atBlock: z.number().int().min(1),
    /** The version shown in the editor; refused if the article changed since. */
    baseVersion: z.number().int().min(1),
    sessionId: z.string().min(1).max(100).optional(),
  })
  .strict();

export interface SplitResult {
  /** The original article, now ending before the split. */
  original: ArticleWritten;
  /** The new article: its id, content and version (1). */
  created: { id: string; version: number; snapshot: ArticleSnapshot };
}

/** A headline-like first block: one short line without closing punctuation. */
function headlineOf(block: ArticleBlockNode | undefined): string | null {
  if (!block || block.type === "caption") return null;
  if ((block.content ?? []).some((c) => c.type === "hardBreak")) return null;
  const text = docToBlocks({ type: "doc", content: [block] })[0]!.text.trim();
  if (
    !text ||
    [...text].length > 40 ||
    /[。！？；，、：…”’」』）)!?;,.:]$/u.test(text)
  )
    return null;
  return text;
}

/** Makes room after `order` on a page and places the article there. */
async function placeAfter(
  tx: Prisma.TransactionClient,
  articleId: string,
  pageId: string,
  order: number,
) {
  await tx.placement.updateMany({
    where: { pageId, order: { gt: order } },
    data: { order: { increment: 1 } },
  });
  await tx.placement.create({
    data: { articleId, pageId, order: order + 1, part: 1 },
  });
}

/**
 * Splits the article before body block `atBlock`. ValidationError for a
 * block outside 1…n-1; ConflictError if the article changed after
 * `baseVersion` or was merged away; NotFoundError for an unknown article.
 */
export async function splitArticle(
  prisma: Db,
  input: z.infer<typeof splitRequestSchema> & {
    articleId: string;
    userId: string | null;
  },
): Promise<SplitResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const current = await lockArticle(tx, input.articleId);
    if (current.mergedIntoId) throw mergedAway();
    if (current.version !== input.baseVersion) {
      throw new ConflictError(
        "The article changed since it was opened; split it again.",
        "稿件在打开后已被修改，请重新拆分。",
      );
    }
    const blocks = current.snapshot.body.content;
    if (input.atBlock >= blocks.length) {
      throw new ValidationError(
        "Split at a paragraph after the first one.",
        "请在第一段之后的段落处拆分。",
      );
    }
    let tail = blocks.slice(input.atBlock);
    const headline = headlineOf(tail[0]);
    if (headline !== null) tail = tail.slice(1);
    const head: ArticleSnapshot = {
      ...current.snapshot,
      body: { type: "doc", content: blocks.slice(0, input.atBlock) },
    };
    const created: ArticleSnapshot = {
      kicker: null,
      headline: headline ?? "",
      deck: null,
      dateline: null,
      rubric: current.snapshot.rubric,
      genre: current.snapshot.genre,
      bylines: [],
      body: { type: "doc", content: tail },
    };

    const parent = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: {
        status: true,
        ocrSourceId: true,
        placements: {
          orderBy: { part: "desc" },
          take: 1,
          select: { pageId: true, order: true },
        },
      },
    });
    const id = randomUUID();
    const bodyText = docToText(created.body);
    await tx.article.create({
      data: {
        id,
        issueId: current.issueId,
        ...created,
        bylines: undefined,
        bodyText,
        wordCount: countCharacters(bodyText),
        suggestionCount: suggestionsFor(
          created,
          { ocrWords: [] },
          [],
          await loadLearnedPairIndex(
            tx,
            current.publicationId,
            current.learnedPairsRevision,
          ),
        ).length,
        status: parent.status,
        ocrSourceId: parent.ocrSourceId,
        splitFromId: input.articleId,
        revisions: {
          create: {
            version: 1,
            snapshot: created,
            authorId: input.userId,
            reason: "split",
            detail: current.snapshot.headline,
          },
        },
      },
    });
    // The tail ran at the end of the article: after its last part.
    const last = parent.placements[0];
    if (last) await placeAfter(tx, id, last.pageId, last.order);

    // Repairs in the tail follow their text into the new article.
    const shift = input.atBlock + (headline !== null ? 1 : 0);
    for (const repair of await tx.repair.findMany({
      where: { articleId: input.articleId, status: { not: "REJECTED" } },
      select: repairSelect,
    })) {
      const place = locateRepair(current.snapshot, repair);
      if (!place || place.field !== null || place.block < input.atBlock)
        continue;
      const asHeadline = place.block < shift;
      await tx.repair.update({
        where: { id: repair.id },
        data: {
          articleId: id,
          field: asHeadline ? "HEADLINE" : null,
          blockIndex: asHeadline ? -1 : place.block - shift,
        },
      });
    }

    const written = await writeArticleVersion(tx, current, head, {
      userId: input.userId,
      reason: "split",
      detail: created.headline || null,
      sessionId: input.sessionId,
      audit: { newArticleId: id, atBlock: input.atBlock },
    });
    // What undoSplit needs to put the text back exactly: the block the headline came from.
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: current.publicationId,
      event: {
        action: "article.split-off",
        entityType: "Article",
        entityId: id,
        data: {
          from: input.articleId,
          atBlock: input.atBlock,
          headlineBlock: headline !== null ? blocks[input.atBlock]! : null,
        },
      },
    });
    return {
      original: {
        status: "saved",
        version: written.version,
        snapshot: head,
        suggestions: written.suggestions,
        repairs: await listArticleRepairs(tx, input.articleId, head),
      },
      created: { id, version: 1, snapshot: created },
    };
  });
}
