// The staff screen's list of a paper's learned pairs (学到的更正): what was
// learned, how often it was accepted and rejected, where it was first
// corrected, and whether it is still offered.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { ACCEPTED_COUNT } from "./load-learned-pairs";

export const LEARNED_PAGE_SIZE = 50;

/** The list's filters, as they come from the URL. */
export const learnedListQuerySchema = z.object({
  /** Matches the misread or the correction (a substring). */
  q: z.string().trim().max(50).default(""),
  /** active: offered now; retired; all. */
  show: z.enum(["active", "retired", "all"]).default("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type LearnedListQuery = z.output<typeof learnedListQuerySchema>;

export interface LearnedPairRow {
  id: string;
  misread: string;
  correction: string;
  acceptedCount: number;
  rejectedCount: number;
  /** Offered as a suggestion now: not retired and accepted more often than rejected. */
  offered: boolean;
  retiredAt: Date | null;
  retiredBy: string | null;
  updatedAt: Date;
  /** The article it was first learned from, if it still exists. */
  firstSource: {
    articleId: string;
    headline: string;
    issueDate: string;
  } | null;
}

export interface LearnedPairList {
  rows: LearnedPairRow[];
  /** Pairs matching the filters, over all pages. */
  total: number;
  page: number;
  pageCount: number;
}

interface Row {
  id: string;
  misread: string;
  correction: string;
  acceptedCount: number;
  rejectedCount: number;
  retiredAt: Date | null;
  retiredBy: string | null;
  updatedAt: Date;
  sourceArticleId: string | null;
  sourceHeadline: string | null;
  sourceDate: Date | null;
  total: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page (LEARNED_PAGE_SIZE rows) of `publicationId`'s learned pairs, most
 * accepted first, then most recently changed (accepted as ACCEPTED_COUNT).
 */
export async function listLearnedPairs(
  prisma: Db,
  publicationId: string,
  query: LearnedListQuery,
): Promise<LearnedPairList> {
  const pattern = likePattern(query.q);
  const offset = (query.page - 1) * LEARNED_PAGE_SIZE;
  const rows = await prisma.$queryRaw<Row[]>`
    WITH counted AS (
      SELECT p.*, ${ACCEPTED_COUNT} AS "acceptedCount"
      FROM "LearnedPair" p
      WHERE p."publicationId" = ${publicationId}
        AND (${query.q} = '' OR p."misread" LIKE ${pattern} OR p."correction" LIKE ${pattern})
    ), filtered AS (
      SELECT * FROM counted c
      WHERE ${query.show} = 'all'
        OR (${query.show} = 'retired' AND c."retiredAt" IS NOT NULL)
        OR (${query.show} = 'active' AND c."retiredAt" IS NULL AND c."acceptedCount" > c."rejectedCount")
    )
    SELECT f."id", f."misread", f."correction", f."acceptedCount", f."rejectedCount", f."retiredAt", f."updatedAt",
      u."name" AS "retiredBy", src."articleId" AS "sourceArticleId", src."headline" AS "sourceHeadline", src."date" AS "sourceDate",
      count(*) OVER ()::int AS "total"
    FROM filtered f
    LEFT JOIN "User" u ON u."id" = f."retiredById"
    LEFT JOIN LATERAL (
      SELECT s."articleId", a."headline", i."date" FROM "LearnedPairSource" s
      JOIN "Article" a ON a."id" = s."articleId" JOIN "Issue" i ON i."id" = a."issueId"
      WHERE s."pairId" = f."id" ORDER BY s."createdAt", s."articleId" LIMIT 1
    ) src ON true
    ORDER BY f."acceptedCount" DESC, f."updatedAt" DESC, f."id"
    LIMIT ${LEARNED_PAGE_SIZE}::int OFFSET ${offset}::int`;
  // A page past the end has no rows to carry the total: it reads as empty.
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      misread: r.misread,
      correction: r.correction,
      acceptedCount: r.acceptedCount,
      rejectedCount: r.rejectedCount,
      offered: r.retiredAt === null && r.acceptedCount > r.rejectedCount,
      retiredAt: r.retiredAt,
      retiredBy: r.retiredBy,
      updatedAt: r.updatedAt,
      firstSource:
        r.sourceArticleId && r.sourceHeadline !== null && r.sourceDate
          ? {
              articleId: r.sourceArticleId,
              headline: r.sourceHeadline,
              issueDate: r.sourceDate.toISOString().slice(0, 10),
            }
          : null,
    })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / LEARNED_PAGE_SIZE)),
  };
}
