// Reads an article for a write, holding its row lock until the transaction
// ends: concurrent saves of one article queue here instead of overwriting
// each other (the version check in writeArticleVersion is the second guard).
import "server-only";

import type { Prisma } from "@prisma/client";

import type { OcrWord } from "@/lib/ocr/types";

import type { ArticleSnapshot } from "./article-snapshot";
import { articleNotFound } from "./not-found-error";
import { articleContentSelect, snapshotOfArticle } from "./read-snapshot";

export interface LockedArticle {
  id: string;
  issueId: string;
  publicationId: string;
  version: number;
  mergedIntoId: string | null;
  snapshot: ArticleSnapshot;
  /** ALTO word confidences, for suggestions. */
  ocrWords: OcrWord[];
  dismissedSuggestions: string[];
  /** The revision of the current version: who wrote it, why and when (for coalescing autosaves). */
  last: { authorId: string | null; reason: string; createdAt: Date } | null;
}

/** Locks the article row (SELECT … FOR UPDATE) and reads its content; NotFoundError if it is gone. */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: string): Promise<LockedArticle> {
  const locked = await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  if (locked.length === 0) throw articleNotFound();
  const row = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      ...articleContentSelect,
      id: true,
      issueId: true,
      version: true,
      mergedIntoId: true,
      ocrWords: true,
      dismissedSuggestions: true,
      issue: { select: { publicationId: true } },
      revisions: {
        where: { version: locked[0]!.version },
        select: { authorId: true, reason: true, createdAt: true },
      },
    },
  });
  return {
    id: row.id,
    issueId: row.issueId,
    publicationId: row.issue.publicationId,
    version: row.version,
    mergedIntoId: row.mergedIntoId,
    snapshot: snapshotOfArticle(row),
    ocrWords: readOcrWords(row.ocrWords),
    dismissedSuggestions: row.dismissedSuggestions,
    last: row.revisions[0] ?? null,
  };
}

/** Stored ocrWords as written by the importer (an array of OcrWord), or none. */
export function readOcrWords(stored: unknown): OcrWord[] {
  return Array.isArray(stored) ? (stored as OcrWord[]) : [];
}
