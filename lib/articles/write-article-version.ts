// Writes a new version of a locked article: content and derived fields
// (plain text, 字数, open suggestions), bylines, a Revision (coalescing one
// author's autosaves) and an AuditEvent. Every change to an article's
// content goes through here: save, restore, split, merge, find & replace.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@prisma/client";

import type {
  AuditAction,
  AuditDataOf,
  AuditEventInput,
} from "@/lib/audit/audit-event";
import { parseAuditEvent } from "@/lib/audit/record-audit";
import { encodeEvent, EVENT_CHANNEL } from "@/lib/events/folio-event";

import { countCharacters, docToText } from "./article-doc";
import type { ArticleSnapshot } from "./article-snapshot";
import type { LearnedPairIndex } from "./learned/learned-pair-index";
import { loadLearnedPairIndex } from "./learned/load-learned-pairs";
import { recordLearning } from "./learned/record-learning";
import type { LockedArticle } from "./lock-article";
import { replaceBylines, sameBylines } from "./replace-bylines";
import {
  COALESCE_MS,
  type RevisionReason,
  saveReasons,
} from "./revision-reasons";
import {
  computeSuggestions,
  learnedSuggestions,
  type Suggestion,
} from "./suggestions/compute-suggestions";

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
  /** Extra audit data for the reason's event (e.g. what a merge moved, to undo it); checked against lib/audit/audit-event.ts. */
  audit?: VersionAudit;
  /** Open suggestions for `next`, computed before the transaction (they are CPU work, kept out of the lock). */
  suggestions?: Suggestion[];
  /** The paper's learned-pair index those suggestions were computed with. */
  learnedIndex?: LearnedPairIndex;
}

/** The audit actions of article versions, one per revision reason. */
type VersionAction = Extract<AuditAction, `article.${RevisionReason}`>;
type ExtraOf<T> = T extends unknown
  ? Omit<T, "version" | "sessionId" | "detail">
  : never;
/** What a writer may add to the event of its reason. */
export type VersionAudit = ExtraOf<AuditDataOf<VersionAction>>;

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

/** Open suggestions for a body, given the article's OCR words, dismissals and the paper's learned pairs. */
export function suggestionsFor(
  snapshot: ArticleSnapshot,
  article: Pick<LockedArticle, "ocrWords">,
  dismissed: readonly string[],
  learned?: LearnedPairIndex,
) {
  return computeSuggestions(
    snapshot.body,
    article.ocrWords,
    new Set(dismissed),
    learned,
  );
}

/**
 * The learned suggestions of `current` that `dismissed` (the article's new
 * list) dismisses for the first time: each counts as a rejection of its pairs.
 */
export function newlyRejected(
  current: Pick<LockedArticle, "snapshot" | "dismissedSuggestions">,
  dismissed: readonly string[] | undefined,
  index: LearnedPairIndex,
): Suggestion[] {
  if (!dismissed || index.size === 0) return [];
  const before = new Set(current.dismissedSuggestions);
  const fresh = new Set(
    dismissed.filter((k) => k.startsWith("learned:") && !before.has(k)),
  );
  return fresh.size === 0
    ? []
    : learnedSuggestions(current.snapshot.body, index).filter((s) =>
        fresh.has(s.key),
      );
}

/**
 * Stores `next` as version current.version + 1 of a locked article, and
 * what it teaches the paper (learned pairs, lib/articles/learned). The
 * update is conditional on the version read under the lock; a mismatch
 * throws StaleVersionError (nothing can then have been written). The
 * commit announces article.saved with the new version (lib/events).
 */
export async function writeArticleVersion(
  tx: Prisma.TransactionClient,
  current: LockedArticle,
  next: ArticleSnapshot,
  write: VersionWrite,
): Promise<WrittenVersion> {
  const now = new Date();
  const dismissed = write.dismissedSuggestions ?? current.dismissedSuggestions;
  const learnedIndex =
    write.learnedIndex ??
    (await loadLearnedPairIndex(
      tx,
      current.publicationId,
      current.learnedPairsRevision,
    ));
  const suggestions =
    write.suggestions ?? suggestionsFor(next, current, dismissed, learnedIndex);
  const bodyText = docToText(next.body);
  // One author's autosaves within a minute read as one revision in the
  // history; the earlier one stays stored as a merge base for others.
  const last = current.last;
  const coalesce =
    write.reason === "autosave" &&
    write.userId !== null &&
    last?.reason === "autosave" &&
    last.authorId === write.userId &&
    now.getTime() - last.createdAt.getTime() < COALESCE_MS;
  // An editor's first change starts proofreading: 待校 → 校对中 (never backwards).
  const startsProofreading = (saveReasons as readonly string[]).includes(
    write.reason,
  );
  const revisionId = randomUUID();
  const stamp = now.toISOString();
  // Checked like every audit event (lib/audit), then sent within the statement below: no extra round trip.
  // Typed AuditAction, not VersionAction: a revision reason without an audit variant fails to compile here.
  const action: AuditAction = `article.${write.reason}`;
  const audit = parseAuditEvent(
    {
      action,
      entityType: "Article",
      entityId: current.id,
      data: {
        version: current.version + 1,
        sessionId: write.sessionId ?? null,
        detail: write.detail ?? null,
        ...write.audit,
      },
    } as AuditEventInput,
    current.publicationId,
  );
  // The text travels once, as one JSON parameter: Prisma's query compiler
  // spends CPU on every parameter character, and sending the snapshot once
  // rather than twice took a tenth off a save's CPU time (issue 13 item 8).
  const input = JSON.stringify({
    snapshot: next,
    bodyText,
    dismissed: write.dismissedSuggestions ?? null,
    detail: write.detail ?? null,
  });
  // Announced with the version the conditional update gives (lib/events): in
  // the same statement, so the hot path pays no extra round trip.
  const event = encodeEvent({
    type: "article.saved",
    articleId: current.id,
    issueId: current.issueId,
    version: current.version + 1,
  });
  // One statement: the saves of an article queue on its lock, so each round trip counts for all of them.
  // Timestamps are written as Prisma writes them: UTC wall-clock time in timestamp(3) columns.
  const written = await tx.$queryRaw<{ version: number }[]>`
    WITH input AS (
      SELECT ${input}::jsonb AS j
    ), upd AS (
      UPDATE "Article" SET
        "kicker" = j #>> '{snapshot,kicker}', "headline" = j #>> '{snapshot,headline}', "deck" = j #>> '{snapshot,deck}',
        "dateline" = j #>> '{snapshot,dateline}', "rubric" = j #>> '{snapshot,rubric}',
        "genre" = (j #>> '{snapshot,genre}')::"ArticleGenre", "body" = j #> '{snapshot,body}',
        "bodyText" = j ->> 'bodyText', "wordCount" = ${countCharacters(bodyText)}::int, "suggestionCount" = ${suggestions.length}::int,
        "dismissedSuggestions" = CASE WHEN jsonb_typeof(j -> 'dismissed') = 'array'
          THEN ARRAY(SELECT jsonb_array_elements_text(j -> 'dismissed'))
          ELSE "dismissedSuggestions" END,
        "status" = CASE WHEN ${startsProofreading}::boolean AND "status" = 'IMPORTED' THEN 'EDITING'::"ArticleStatus" ELSE "status" END,
        "version" = "version" + 1, "updatedAt" = ${stamp}::timestamp(3)
      FROM input
      WHERE "id" = ${current.id} AND "version" = ${current.version}::int
      RETURNING "version"
    ), superseded AS (
      UPDATE "Revision" SET "superseded" = true
      WHERE ${coalesce}::boolean AND "articleId" = ${current.id} AND "version" = ${current.version}::int AND EXISTS (SELECT 1 FROM upd)
    ), revision AS (
      INSERT INTO "Revision" ("id", "articleId", "version", "snapshot", "authorId", "reason", "detail", "batchId", "createdAt")
      SELECT ${revisionId}, ${current.id}, upd."version", j -> 'snapshot', ${write.userId}, ${write.reason},
        j ->> 'detail', ${write.batchId ?? null}, ${stamp}::timestamp(3)
      FROM upd, input
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "publicationId", "action", "entityType", "entityId", "data", "createdAt")
      SELECT ${randomUUID()}, ${write.userId}, ${current.publicationId}, ${audit.action}, ${audit.entityType}, ${audit.entityId},
        ${JSON.stringify(audit.data)}::jsonb, ${stamp}::timestamp(3)
      FROM upd
    ), notified AS (
      SELECT pg_notify(${EVENT_CHANNEL}, ${event}) FROM upd
    )
    SELECT "version", (SELECT count(*) FROM notified)::int AS "notified" FROM upd`;
  if (written.length !== 1) throw new StaleVersionError();
  await recordLearning(tx, {
    article: current,
    bodyText: bodyText === docToText(current.snapshot.body) ? null : bodyText,
    rejected: newlyRejected(current, write.dismissedSuggestions, learnedIndex),
    index: learnedIndex,
  });
  if (!sameBylines(current.snapshot.bylines, next.bylines)) {
    await replaceBylines(tx, current.id, current.publicationId, next.bylines);
  }
  return { version: written[0]!.version, revisionId, suggestions };
}
