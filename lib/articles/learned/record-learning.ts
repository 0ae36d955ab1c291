// What a save teaches the paper, written in the save's transaction: the
// corrections the article's text now holds become (or stop being) sources
// of learned pairs, and a dismissed 学到的更正 counts as a rejection. The
// article row is locked by the save, so its own sources change one save at a
// time; pairs are written in a fixed order, so two saves never deadlock.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@prisma/client";

import { replayRepairs } from "../diff/repair-diff";
import type { LockedArticle } from "../lock-article";
import { getDictionary } from "../suggestions/dictionary";
import type { Suggestion } from "../suggestions/suggestion";
import {
  correctionKey,
  findCorrections,
  parseCorrectionKey,
} from "./find-corrections";
import type { LearnedPairIndex } from "./learned-pair-index";

export interface LearningInput {
  /** The article as locked by the save (its OCR text, repairs and current contributions). */
  article: Pick<
    LockedArticle,
    "id" | "publicationId" | "ocrText" | "repairs" | "learnedCorrections"
  >;
  /** The body text being saved, or null when the body is unchanged. */
  bodyText: string | null;
  /** Learned suggestions of the text before the save that this save dismisses. */
  rejected: readonly Suggestion[];
  /** The index those suggestions came from (to name the pairs behind each misread). */
  index: LearnedPairIndex;
}

/** The corrections `bodyText` holds against the article's OCR text, as keys (sorted). */
export function correctionKeysOf(
  article: LearningInput["article"],
  bodyText: string,
): string[] {
  if (!article.ocrText) return [];
  const before = replayRepairs(article.ocrText, article.repairs).text;
  return findCorrections(before, bodyText, getDictionary())
    .map(correctionKey)
    .sort();
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Records what the save teaches, in `tx` (the save's transaction, the
 * article row locked). Returns whether any learned pair changed; then the
 * paper's learnedPairsRevision has a new value, so every app server rebuilds
 * its index. Writes nothing when the article's corrections are unchanged
 * and nothing was rejected (the usual autosave).
 */
export async function recordLearning(
  tx: Prisma.TransactionClient,
  input: LearningInput,
): Promise<boolean> {
  const { article } = input;
  let changed = false;
  if (input.bodyText !== null) {
    const keys = correctionKeysOf(article, input.bodyText);
    const before = [...article.learnedCorrections].sort();
    if (!sameKeys(keys, before)) {
      await writeSources(tx, article, keys, before);
      changed = true;
    }
  }
  const rejectedIds = [
    ...new Set(
      input.rejected.flatMap((s) =>
        input.index.pairsFor(s.text).map((p) => p.id),
      ),
    ),
  ].sort();
  if (rejectedIds.length > 0) {
    await tx.$executeRaw`
      UPDATE "LearnedPair" SET "rejectedCount" = "rejectedCount" + 1, "updatedAt" = now()
      WHERE "publicationId" = ${article.publicationId} AND "id" = ANY(${rejectedIds}::text[])`;
    changed = true;
  }
  if (changed) await bumpLearnedPairsRevision(tx, article.publicationId);
  return changed;
}

/**
 * Gives the paper's learnedPairsRevision a value never handed out before (a
 * sequence), even if this transaction rolls back: see load-learned-pairs.ts.
 */
export async function bumpLearnedPairsRevision(
  tx: Prisma.TransactionClient,
  publicationId: string,
): Promise<void> {
  await tx.$executeRaw`UPDATE "Publication" SET "learnedPairsRevision" = nextval('"LearnedPairsRevision"')::int WHERE "id" = ${publicationId}`;
}

/** Makes the article a source of exactly the pairs `keys` name (creating pairs first seen). */
async function writeSources(
  tx: Prisma.TransactionClient,
  article: LearningInput["article"],
  keys: readonly string[],
  before: readonly string[],
): Promise<void> {
  const added = keys
    .filter((k) => !before.includes(k))
    .map((k) => parseCorrectionKey(k)!);
  const removed = before
    .filter((k) => !keys.includes(k))
    .map((k) => parseCorrectionKey(k))
    .filter((c) => c !== null);
  if (removed.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "LearnedPairSource" s USING "LearnedPair" p
      WHERE s."articleId" = ${article.id} AND s."pairId" = p."id" AND p."publicationId" = ${article.publicationId}
        AND (p."misread", p."correction") IN (SELECT * FROM unnest(${removed.map((c) => c.misread)}::text[], ${removed.map((c) => c.correction)}::text[]))`;
  }
  if (added.length > 0) {
    // Sorted keys: concurrent saves take the pairs' row locks in one order.
    await tx.$executeRaw`
      WITH wanted AS (
        SELECT * FROM unnest(${added.map(() => randomUUID())}::text[], ${added.map((c) => c.misread)}::text[], ${added.map((c) => c.correction)}::text[])
          AS w("id", "misread", "correction")
      ), upserted AS (
        INSERT INTO "LearnedPair" ("id", "publicationId", "misread", "correction", "updatedAt")
        SELECT w."id", ${article.publicationId}, w."misread", w."correction", now() FROM wanted w
        ORDER BY w."misread", w."correction"
        ON CONFLICT ("publicationId", "misread", "correction") DO UPDATE SET "updatedAt" = now()
        RETURNING "id"
      )
      INSERT INTO "LearnedPairSource" ("pairId", "articleId") SELECT u."id", ${article.id} FROM upserted u
      ON CONFLICT DO NOTHING`;
  }
  await tx.$executeRaw`UPDATE "Article" SET "learnedCorrections" = ${[...keys]}::text[] WHERE "id" = ${article.id}`;
}
