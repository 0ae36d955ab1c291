// An article's body and parts as a layout change needs them: the block
// texts, the version, and each part's page and resolved block range. Holds
// a share lock on the article row so that no save changes the body until
// the change commits (saves take the row for update).
import "server-only";

import type { Prisma } from "@prisma/client";

import { articleNotFound } from "@/lib/articles/not-found-error";
import { bodyBlockTexts, partRanges } from "@/lib/articles/part-blocks";
import { mergedAway } from "@/lib/articles/save-article";

export interface ArticleParts {
  id: string;
  issueId: string;
  version: number;
  blocks: string[];
  parts: {
    id: string;
    part: number;
    pageId: string;
    pageNumber: number;
    order: number;
    start: number;
    end: number;
    jumpOut: { id: string; toPlacementId: string | null } | null;
    jumpIn: { id: string; fromPlacementId: string } | null;
  }[];
}

/** Locks (FOR SHARE) and reads the article; NotFoundError if unknown, ConflictError if merged away. */
export async function readArticleParts(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<ArticleParts> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      issueId: string;
      version: number;
      mergedIntoId: string | null;
      body: unknown;
    }[]
  >`
    SELECT "id", "issueId", "version", "mergedIntoId", "body" FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
  const row = rows[0];
  if (!row) throw articleNotFound();
  if (row.mergedIntoId) throw mergedAway();
  const placements = await tx.placement.findMany({
    where: { articleId },
    orderBy: { part: "asc" },
    select: {
      id: true,
      part: true,
      pageId: true,
      order: true,
      startBlock: true,
      startAnchor: true,
      page: { select: { number: true } },
      jumpOut: { select: { id: true, toPlacementId: true } },
      jumpIn: { select: { id: true, fromPlacementId: true } },
    },
  });
  const blocks = bodyBlockTexts(row.body);
  const ranges = partRanges(blocks, placements);
  return {
    id: row.id,
    issueId: row.issueId,
    version: row.version,
    blocks,
    parts: placements.map((p, k) => ({
      id: p.id,
      part: p.part,
      pageId: p.pageId,
      pageNumber: p.page.number,
      order: p.order,
      start: ranges[k]!.start,
      end: ranges[k]!.end,
      jumpOut: p.jumpOut,
      jumpIn: p.jumpIn,
    })),
  };
}

/** Renumbers an article's parts after `after` by `delta` (±1) without tripping the (article, part) unique key. */
export async function shiftParts(
  tx: Prisma.TransactionClient,
  articleId: string,
  after: number,
  delta: 1 | -1,
): Promise<void> {
  await tx.$executeRaw`UPDATE "Placement" SET "part" = "part" + 100000 WHERE "articleId" = ${articleId} AND "part" > ${after}::int`;
  await tx.$executeRaw`UPDATE "Placement" SET "part" = "part" - 100000 + ${delta}::int WHERE "articleId" = ${articleId} AND "part" > 100000`;
}
