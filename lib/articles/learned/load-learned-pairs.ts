// A paper's learned-pair index, kept per process and rebuilt only when the
// paper's learnedPairsRevision has changed: every app server reads the
// revision with the article it works on, so a pair learned or retired on one
// server is offered (or not) on all of them from their next read. Revisions
// come from a sequence and are never reused, so an index built inside a
// transaction that later rolled back is cached under a value no committed
// state will ever carry.
import "server-only";

import { Prisma } from "@prisma/client";

import {
  buildLearnedPairIndex,
  EMPTY_LEARNED_INDEX,
  type LearnedPairEntry,
  type LearnedPairIndex,
} from "./learned-pair-index";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Most pairs one paper's index holds (the most accepted); memory stays bounded whatever is learned. */
export const MAX_INDEXED_PAIRS = 50_000;

const cache = new Map<string, LearnedPairIndex>();

/**
 * How often the pair aliased `p` was accepted: the articles whose saved text
 * holds it, articles merged into another left out (their text is counted in
 * the one they joined).
 */
export const ACCEPTED_COUNT = Prisma.sql`(SELECT count(*)::int FROM "LearnedPairSource" s JOIN "Article" a ON a."id" = s."articleId"
  WHERE s."pairId" = p."id" AND a."mergedIntoId" IS NULL)`;

/** The pairs of a publication that are not retired, with their accepted count (ACCEPTED_COUNT), most accepted first. */
export async function readLearnedPairs(
  db: Reader,
  publicationId: string,
  limit = MAX_INDEXED_PAIRS,
): Promise<LearnedPairEntry[]> {
  return db.$queryRaw<LearnedPairEntry[]>`
    SELECT p."id", p."misread", p."correction", p."rejectedCount", ${ACCEPTED_COUNT} AS "acceptedCount"
    FROM "LearnedPair" p
    WHERE p."publicationId" = ${publicationId} AND p."retiredAt" IS NULL
    ORDER BY "acceptedCount" DESC, p."id"
    LIMIT ${limit}::int`;
}

/**
 * The index for `publicationId` at `revision` (Publication.learnedPairsRevision
 * as read with the article). Built from the database only when this process
 * holds none for that revision; pass `revision` undefined to read it here.
 */
export async function loadLearnedPairIndex(
  db: Reader,
  publicationId: string,
  revision?: number,
): Promise<LearnedPairIndex> {
  if (revision === undefined) {
    const [row] = await db.$queryRaw<{ revision: number }[]>`
      SELECT "learnedPairsRevision" AS "revision" FROM "Publication" WHERE "id" = ${publicationId}`;
    if (!row) return EMPTY_LEARNED_INDEX;
    revision = row.revision;
  }
  const cached = cache.get(publicationId);
  if (cached && cached.revision === revision) return cached;
  // Read after the revision: the pairs are at least as new as the revision they are cached under.
  const index = buildLearnedPairIndex(
    await readLearnedPairs(db, publicationId),
    revision,
  );
  cache.set(publicationId, index);
  return index;
}
