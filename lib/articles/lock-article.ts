// Reads an article for a write, holding its row lock until the transaction
// ends: concurrent saves of one article queue here instead of overwriting
// each other (the version check in writeArticleVersion is the second guard).
// Saves of one article are serialised on this lock, so the read is one SQL
// statement: every round trip under the lock is paid by every waiting editor.
import "server-only";

import type { IssueStatus, Prisma } from "@prisma/client";

import type { OcrWord } from "@/lib/ocr/types";

import type { ArticleSnapshot } from "./article-snapshot";
import { assertIssueOpen } from "./issue-freeze";
import type { RepairRow } from "./list-article-repairs";
import { articleNotFound } from "./not-found-error";
import { type ArticleContentRow, snapshotOfArticle } from "./read-snapshot";

/**
 * Re-authorizes a write for the article as read inside its transaction
 * (its paper, its issue's status, its authors' accounts): the route's own
 * check ran before the lock, when a reporter's draft may since have gone
 * to review. Throws to refuse (lib/auth's PermissionError or NotFoundError).
 */
export type AuthorizeArticle = (article: {
  publicationId: string;
  issueStatus: IssueStatus;
  authorIds: readonly string[];
}) => void;

export interface LockedArticle {
  id: string;
  issueId: string;
  publicationId: string;
  /** The issue's status, read after the lock (lib/articles/issue-freeze.ts). */
  issueStatus: IssueStatus;
  /** Staff accounts behind the bylines (Contributor.userId): the article's authors for the policy. */
  authorIds: string[];
  version: number;
  mergedIntoId: string | null;
  snapshot: ArticleSnapshot;
  /** ALTO word confidences, for suggestions. */
  ocrWords: OcrWord[];
  dismissedSuggestions: string[];
  /** The text as segmented, before repairs (a split tail's is its parent's), or null for an article not imported. */
  ocrText: string | null;
  /** Keys of the learned pairs this article's corrections contribute (lib/articles/learned). */
  learnedCorrections: string[];
  /** Publication.learnedPairsRevision, to know whether this process's learned-pair index is current. */
  learnedPairsRevision: number;
  /** The revision of the current version: who wrote it, why and when (for coalescing autosaves). */
  last: { authorId: string | null; reason: string; createdAt: Date } | null;
  /** The stored snapshot of revision `baseVersion` when asked for one other than the current. */
  baseSnapshot: unknown;
  repairs: RepairRow[];
}

interface Row {
  id: string;
  issueId: string;
  issueStatus: IssueStatus;
  version: number;
  mergedIntoId: string | null;
  kicker: string | null;
  headline: string;
  deck: string | null;
  dateline: string | null;
  rubric: string | null;
  genre: ArticleContentRow["genre"];
  body: unknown;
  ocrWords: unknown;
  dismissedSuggestions: string[] | null;
  ocrText: string | null;
  learnedCorrections: string[] | null;
  learnedPairsRevision: number;
  publicationId: string;
  authorIds: string[] | null;
  bylines: {
    role: ArticleContentRow["bylines"][number]["role"];
    label: string;
    name: string | null;
  }[];
  repairs: (Omit<RepairRow, "reviewedAt" | "reviewedBy"> & {
    reviewedAt: string | null;
    reviewedBy: string | null;
  })[];
  lastAuthorId: string | null;
  lastReason: string | null;
  lastCreatedAt: Date | string | null;
  baseSnapshot: unknown;
}

/** A `timestamp(3)` as Prisma stores it (UTC wall-clock time, no zone). */
function utc(value: Date | string): Date {
  return value instanceof Date
    ? value
    : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

/**
 * Locks the article row (SELECT … FOR UPDATE), then reads its content,
 * bylines, repairs, latest revision and, if asked, the snapshot of revision
 * `baseVersion` — after the lock, so that the read sees the last committed
 * save — and passes what it read to `options.authorize`. NotFoundError if
 * the article is gone, IssueFrozenError (409) if its issue is frozen.
 */
export async function lockArticle(
  tx: Prisma.TransactionClient,
  articleId: string,
  options: { baseVersion?: number; authorize?: AuthorizeArticle } = {},
): Promise<LockedArticle> {
  const locked = await tx.$queryRaw<
    { version: number }[]
  >`SELECT "version" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  if (locked.length === 0) throw articleNotFound();
  const article = await readArticleForWrite(tx, articleId, options);
  // Authorized first: someone without a role on the paper learns nothing of its state.
  options.authorize?.(article);
  assertIssueOpen(article.issueStatus);
  return article;
}

/**
 * The same read as lockArticle without taking the lock: one statement, so
 * one consistent snapshot of the article. A writer that merges outside the
 * lock (saveArticle) reads with this, then writes only if `version` is still
 * the stored one. NotFoundError if the article is gone.
 */
export async function readArticleForWrite(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  articleId: string,
  options: { baseVersion?: number } = {},
): Promise<LockedArticle> {
  const base = options.baseVersion ?? -1;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT a."id", a."issueId", a."version", a."mergedIntoId", a."kicker", a."headline", a."deck", a."dateline",
      a."rubric", a."genre"::text AS "genre", a."body", a."ocrWords", a."dismissedSuggestions", i."publicationId", i."status"::text AS "issueStatus",
      COALESCE(a."ocrText", (SELECT f."ocrText" FROM "Article" f WHERE f."id" = a."splitFromId")) AS "ocrText",
      a."learnedCorrections", p."learnedPairsRevision",
      ARRAY(SELECT DISTINCT c."userId" FROM "Byline" b JOIN "Contributor" c ON c."id" = b."contributorId"
        WHERE b."articleId" = a."id" AND c."userId" IS NOT NULL) AS "authorIds",
      COALESCE((SELECT json_agg(json_build_object('role', b."role", 'label', b."label", 'name', c."name") ORDER BY b."order")
        FROM "Byline" b LEFT JOIN "Contributor" c ON c."id" = b."contributorId" WHERE b."articleId" = a."id"), '[]'::json) AS "bylines",
      COALESCE((SELECT json_agg(json_build_object('id', r."id", 'kind', r."kind", 'field', r."field", 'blockIndex', r."blockIndex",
          'original', r."original", 'replacement', r."replacement", 'status', r."status", 'reviewedAt', r."reviewedAt",
          'reviewedBy', u."name") ORDER BY r."id")
        FROM "Repair" r LEFT JOIN "User" u ON u."id" = r."reviewedById" WHERE r."articleId" = a."id"), '[]'::json) AS "repairs",
      last."authorId" AS "lastAuthorId", last."reason" AS "lastReason", last."createdAt" AS "lastCreatedAt",
      base."snapshot" AS "baseSnapshot"
    FROM "Article" a
    JOIN "Issue" i ON i."id" = a."issueId"
    JOIN "Publication" p ON p."id" = i."publicationId"
    LEFT JOIN "Revision" last ON last."articleId" = a."id" AND last."version" = a."version"
    LEFT JOIN "Revision" base ON base."articleId" = a."id" AND base."version" = ${base}::int AND base."version" <> a."version"
    WHERE a."id" = ${articleId}`;
  if (!row) throw articleNotFound();
  return {
    id: row.id,
    issueId: row.issueId,
    publicationId: row.publicationId,
    issueStatus: row.issueStatus,
    authorIds: row.authorIds ?? [],
    version: row.version,
    mergedIntoId: row.mergedIntoId,
    snapshot: snapshotOfArticle({
      ...row,
      bylines: row.bylines.map((b) => ({
        role: b.role,
        label: b.label,
        contributor: b.name === null ? null : { name: b.name },
      })),
    }),
    ocrWords: readOcrWords(row.ocrWords),
    dismissedSuggestions: row.dismissedSuggestions ?? [],
    ocrText: row.ocrText,
    learnedCorrections: row.learnedCorrections ?? [],
    learnedPairsRevision: row.learnedPairsRevision,
    last:
      row.lastReason !== null && row.lastCreatedAt !== null
        ? {
            authorId: row.lastAuthorId,
            reason: row.lastReason,
            createdAt: utc(row.lastCreatedAt),
          }
        : null,
    baseSnapshot: row.baseSnapshot ?? null,
    repairs: row.repairs.map((r) => ({
      ...r,
      reviewedAt: r.reviewedAt === null ? null : utc(r.reviewedAt),
      reviewedBy: r.reviewedBy === null ? null : { name: r.reviewedBy },
    })),
  };
}

/** Stored ocrWords as written by the importer (an array of OcrWord), or none. */
export function readOcrWords(stored: unknown): OcrWord[] {
  return Array.isArray(stored) ? (stored as OcrWord[]) : [];
}
