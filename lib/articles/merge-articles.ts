// Merges a second article of the same issue into a first (a continuation
// that arrived as its own article): its body is appended, bylines united,
// its parts on other pages become later parts of the first. The second is
// kept as it was, hidden (mergedIntoId), so unmergeArticle can restore it.
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";

import type { ArticleSnapshot, SnapshotByline } from "./article-snapshot";
import { listArticleRepairs } from "./list-article-repairs";
import { lockArticle, type LockedArticle } from "./lock-article";
import { anchorOf } from "./part-blocks";
import { blockText } from "./repairs/block-text";
import { runArticleTransaction } from "./run-article-transaction";
import { type ArticleWritten, mergedAway } from "./save-article";
import type { ArticleBlockNode } from "./tiptap-schema";
import { writeArticleVersion } from "./write-article-version";

/** The body of POST /api/articles/:id/merge (:id is the first article, which stays). */
export const mergeRequestSchema = z
  .object({
    /** The article appended to the first and then hidden. */
    secondId: z.string().min(1).max(100),
    /** The first article's version shown in the editor; refused if it changed since. */
    baseVersion: z.number().int().min(1).optional(),
    sessionId: z.string().min(1).max(100).optional(),
  })
  .strict();

export interface MergeArticlesResult {
  /** The first article with the second appended. */
  article: ArticleWritten;
  mergedId: string;
}

/** What unmergeArticle needs to put the second article back (kept in the merge's audit event). */
export interface MergeUndoData {
  into: string;
  firstVersionBefore: number;
  firstVersionAfter: number;
  /** Each moved part's number and where it started in the second article's body, to put back. */
  movedPlacements: {
    id: string;
    part: number;
    startBlock?: number;
    startAnchor?: string | null;
  }[];
  linkedJumps: string[];
  movedRepairs: {
    id: string;
    blockIndex: number;
    field: "KICKER" | "HEADLINE" | "DECK" | null;
  }[];
}

/** Locks two articles in a fixed order, so that two merges of the same pair cannot deadlock. */
export async function lockPair(
  tx: Prisma.TransactionClient,
  a: string,
  b: string,
): Promise<[LockedArticle, LockedArticle]> {
  if (a < b) {
    const first = await lockArticle(tx, a);
    return [first, await lockArticle(tx, b)];
  }
  const second = await lockArticle(tx, b);
  return [await lockArticle(tx, a), second];
}

function uniteBylines(
  a: readonly SnapshotByline[],
  b: readonly SnapshotByline[],
): SnapshotByline[] {
  const key = (x: SnapshotByline) =>
    `${x.role}\u0000${x.label}\u0000${x.name ?? ""}`;
  const seen = new Set(a.map(key));
  const united = [...a];
  for (const x of b) {
    if (seen.has(key(x))) continue;
    seen.add(key(x));
    united.push(x);
  }
  return united;
}

export interface AppendOptions {
  reason: "merge" | "split.undo";
  userId: string | null;
  sessionId?: string | null;
  /** Blocks put between the two bodies (undoing a split: the block its headline came from). */
  lead?: ArticleBlockNode[];
}

/** Appends `second` to `first` (both locked); see mergeArticles. */
export async function appendArticle(
  tx: Prisma.TransactionClient,
  first: LockedArticle,
  second: LockedArticle,
  options: AppendOptions,
): Promise<MergeArticlesResult> {
  if (first.id === second.id)
    throw new ValidationError(
      "An article cannot be merged into itself.",
      "稿件不能与自身合并。",
    );
  if (first.issueId !== second.issueId) {
    throw new ValidationError(
      "Only articles of the same issue can be merged.",
      "只能合并同一期的稿件。",
    );
  }
  if (first.mergedIntoId || second.mergedIntoId) throw mergedAway();
  const lead = options.lead ?? [];
  const offset = first.snapshot.body.content.length;
  const merged: ArticleSnapshot = {
    ...first.snapshot,
    bylines: uniteBylines(first.snapshot.bylines, second.snapshot.bylines),
    body: {
      type: "doc",
      content: [
        ...first.snapshot.body.content,
        ...lead,
        ...second.snapshot.body.content,
      ],
    },
  };

  // Parts on pages the first article is not on become its later parts; a
  // part on a page it is already on stays with the hidden second article.
  const placements = await tx.placement.findMany({
    where: { articleId: { in: [first.id, second.id] } },
    orderBy: { part: "asc" },
    select: {
      id: true,
      articleId: true,
      part: true,
      pageId: true,
      startBlock: true,
      startAnchor: true,
      page: { select: { number: true } },
      jumpIn: { select: { id: true } },
    },
  });
  const own = placements.filter((p) => p.articleId === first.id);
  const pages = new Set(own.map((p) => p.pageId));
  let part = Math.max(0, ...own.map((p) => p.part));
  const movedPlacements: MergeUndoData["movedPlacements"] = [];
  const linkedJumps: string[] = [];
  for (const p of placements.filter(
    (x) => x.articleId === second.id && !pages.has(x.pageId),
  )) {
    // The part now starts where its text lands in the merged body (lib/articles/part-blocks.ts).
    const startBlock = offset + lead.length + p.startBlock;
    const startNode = second.snapshot.body.content[p.startBlock];
    const startAnchor =
      p.startAnchor ?? (startNode ? anchorOf(blockText(startNode)) : null);
    await tx.placement.update({
      where: { id: p.id },
      data: { articleId: first.id, part: ++part, startBlock, startAnchor },
    });
    movedPlacements.push({
      id: p.id,
      part: p.part,
      startBlock: p.startBlock,
      startAnchor: p.startAnchor,
    });
    // An open jump of the first article to this page now arrives here.
    if (!p.jumpIn) {
      const open = await tx.jump.findFirst({
        where: {
          toPlacementId: null,
          toPageNumber: p.page.number,
          fromPlacement: { articleId: first.id },
        },
        select: { id: true },
      });
      if (open) {
        await tx.jump.update({
          where: { id: open.id },
          data: { toPlacementId: p.id },
        });
        linkedJumps.push(open.id);
      }
    }
  }

  // Repairs follow their text; one in the headline of a split-off article goes back into the lead block.
  const movedRepairs: MergeUndoData["movedRepairs"] = [];
  const repairs = await tx.repair.findMany({
    where: { articleId: second.id },
    select: { id: true, blockIndex: true, field: true },
  });
  for (const r of repairs) {
    const toLead =
      options.reason === "split.undo" &&
      r.field === "HEADLINE" &&
      lead.length > 0;
    if (r.field && !toLead) continue;
    await tx.repair.update({
      where: { id: r.id },
      data: {
        articleId: first.id,
        field: null,
        blockIndex: toLead ? offset : r.blockIndex + offset + lead.length,
      },
    });
    movedRepairs.push(r);
  }

  const written = await writeArticleVersion(tx, first, merged, {
    userId: options.userId,
    reason: options.reason,
    detail: second.snapshot.headline || null,
    sessionId: options.sessionId,
    audit: { second: second.id },
  });
  await tx.article.update({
    where: { id: second.id },
    data: { mergedIntoId: first.id },
  });
  const undo: MergeUndoData = {
    into: first.id,
    firstVersionBefore: first.version,
    firstVersionAfter: written.version,
    movedPlacements,
    linkedJumps,
    movedRepairs,
  };
  await writeArticleVersion(tx, second, second.snapshot, {
    userId: options.userId,
    reason: options.reason,
    detail: first.snapshot.headline || null,
    sessionId: options.sessionId,
    audit: { ...undo },
  });
  return {
    mergedId: second.id,
    article: {
      status: "saved",
      version: written.version,
      snapshot: merged,
      suggestions: written.suggestions,
      repairs: await listArticleRepairs(tx, first.id, merged),
    },
  };
}

/**
 * Appends the second article to the first, in one transaction.
 * ValidationError for the same article or articles of different issues;
 * ConflictError if the first changed after `baseVersion` or either was
 * merged away already; NotFoundError for an unknown article.
 */
export async function mergeArticles(
  prisma: Db,
  input: z.infer<typeof mergeRequestSchema> & {
    firstId: string;
    userId: string | null;
  },
): Promise<MergeArticlesResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const [first, second] = await lockPair(tx, input.firstId, input.secondId);
    if (
      input.baseVersion !== undefined &&
      first.version !== input.baseVersion
    ) {
      throw new ConflictError(
        "The article changed since it was opened; merge again.",
        "稿件在打开后已被修改，请重新合并。",
      );
    }
    return appendArticle(tx, first, second, {
      reason: "merge",
      userId: input.userId,
      sessionId: input.sessionId,
    });
  });
}
