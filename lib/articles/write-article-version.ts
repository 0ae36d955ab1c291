// Writes a new version of a locked article: content and derived fields
// (plain text, 字数, open suggestions), bylines, a Revision (coalescing one
// author's autosaves) and an AuditEvent. Every change to an article's
// content goes through here: save, restore, split, merge, find & replace.
import "server-only";

import type { Prisma } from "@prisma/client";

import { countCharacters, docToText } from "./article-doc";
import type { ArticleSnapshot } from "./article-snapshot";
import type { LockedArticle } from "./lock-article";
import { replaceBylines, sameBylines } from "./replace-bylines";
import { COALESCE_MS, type RevisionReason } from "./revision-reasons";
import { computeSuggestions, type Suggestion } from "./suggestions/compute-suggestions";

export interface VersionWrite {
  userId: string | null;
  reason: RevisionReason;
  /** Shown in the history list beside the reason. */
  detail?: string | null;
  /** Find & replace run, to undo it as one step. */
  batchId?: string | null;
  /** The editor tab that saved, for the audit record. */
  sessionId?: string | null;
  /** The article's new list of dismissed suggestion keys, when it changed. */
  dismissedSuggestions?: readonly string[];
  /** Extra audit data (e.g. what a merge moved, to undo it). */
  audit?: Prisma.InputJsonObject;
}

export interface WrittenVersion {
  version: number;
  revisionId: string;
  suggestions: Suggestion[];
}

/** Raised when the row changed under us although it was locked; the caller retries. */
export class StaleVersionError extends Error {
  constructor() {
    super("The article changed during the save.");
    this.name = "StaleVersionError";
  }
}

/** Open suggestions for a body, given the article's OCR words and dismissals. */
export function suggestionsFor(snapshot: ArticleSnapshot, article: Pick<LockedArticle, "ocrWords">, dismissed: readonly string[]) {
  return computeSuggestions(snapshot.body, article.ocrWords, new Set(dismissed));
}

/**
 * Stores `next` as version current.version + 1 of a locked article. The
 * update is conditional on the version read under the lock; a mismatch
 * throws StaleVersionError (nothing can then have been written).
 */
export async function writeArticleVersion(
  tx: Prisma.TransactionClient,
  current: LockedArticle,
  next: ArticleSnapshot,
  write: VersionWrite,
): Promise<WrittenVersion> {
  const now = new Date();
  const version = current.version + 1;
  const dismissed = write.dismissedSuggestions ?? current.dismissedSuggestions;
  const suggestions = suggestionsFor(next, current, dismissed);
  const bodyText = docToText(next.body);
  const updated = await tx.article.updateMany({
    where: { id: current.id, version: current.version },
    data: {
      kicker: next.kicker,
      headline: next.headline,
      deck: next.deck,
      dateline: next.dateline,
      rubric: next.rubric,
      genre: next.genre,
      body: next.body,
      bodyText,
      wordCount: countCharacters(bodyText),
      suggestionCount: suggestions.length,
      ...(write.dismissedSuggestions ? { dismissedSuggestions: [...write.dismissedSuggestions] } : {}),
      version,
    },
  });
  if (updated.count !== 1) throw new StaleVersionError();
  if (!sameBylines(current.snapshot.bylines, next.bylines)) {
    await replaceBylines(tx, current.id, current.publicationId, next.bylines);
  }
  // One author's autosaves within a minute read as one revision in the
  // history; the earlier one stays stored as a merge base for others.
  const last = current.last;
  if (
    write.reason === "autosave" &&
    write.userId &&
    last?.reason === "autosave" &&
    last.authorId === write.userId &&
    now.getTime() - last.createdAt.getTime() < COALESCE_MS
  ) {
    await tx.revision.update({
      where: { articleId_version: { articleId: current.id, version: current.version } },
      data: { superseded: true },
    });
  }
  const revision = await tx.revision.create({
    data: {
      articleId: current.id,
      version,
      snapshot: next,
      authorId: write.userId,
      reason: write.reason,
      detail: write.detail ?? null,
      batchId: write.batchId ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: {
      actorId: write.userId,
      action: `article.${write.reason}`,
      entityType: "Article",
      entityId: current.id,
      data: { version, sessionId: write.sessionId ?? null, detail: write.detail ?? null, ...write.audit },
    },
  });
  return { version, revisionId: revision.id, suggestions };
}
