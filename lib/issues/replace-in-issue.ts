// Replace across an issue: the matches the editor kept ticked become one
// revision per article (reason find-replace), all in one transaction and
// under one batch id so that the run can be undone as one step. Bounded like
// find: at most REPLACE_MAX_MATCHES ids a run, each checked where it points
// (no new search of the article), so "replace" costs what was chosen.
import "server-only";

import { randomUUID } from "node:crypto";

import { z } from "zod";

import { articleSnapshotSchema } from "@/lib/articles/article-snapshot";
import {
  comparePositions,
  fieldText,
  type MatchPosition,
  replaceMatches,
  searchPattern,
} from "@/lib/articles/find/find-matches";
import { lockArticle } from "@/lib/articles/lock-article";
import { issueNotFound } from "@/lib/articles/not-found-error";
import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { writeArticleVersion } from "@/lib/articles/write-article-version";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { findRequestSchema, parseMatchId } from "./find-in-issue";
import { REPLACE_MAX_MATCHES } from "./find-limits";

/** The snapshot's fields other than the body, as a save checks them (lengths, one line). */
const headerSchema = articleSnapshotSchema.omit({ body: true });

/** The body of POST /api/issues/:id/replace. */
export const replaceRequestSchema = findRequestSchema
  .omit({ after: true })
  .extend({
    replacement: z
      .string()
      .max(200)
      .refine((s) => !/[\r\n]/.test(s), "one line"),
    /** Ids from findInIssue of the matches to replace. */
    matchIds: z.array(z.string().min(1).max(300)).min(1).max(20_000),
  });
export type ReplaceRequest = z.input<typeof replaceRequestSchema>;

/** POST /api/issues/:id/replace answers this. */
export interface ReplaceResult {
  /** Undo the whole run with POST /api/issues/:id/replace/undo { batchId }. */
  batchId: string;
  replaced: number;
  articles: { articleId: string; version: number; replaced: number }[];
  /** Matches not replaced because their article changed after the search: search again. */
  skipped: { matchId: string; articleId: string }[];
}

/**
 * Replaces the chosen matches. A match whose article changed since the
 * search (another version) is skipped and reported, never guessed at.
 * ValidationError for a match id of another issue or malformed;
 * NotFoundError for an unknown issue.
 */
export async function replaceInIssue(
  prisma: Db,
  issueId: string,
  request: ReplaceRequest,
  userId: string | null,
): Promise<ReplaceResult> {
  const { query, caseSensitive, replacement, matchIds } =
    replaceRequestSchema.parse(request);
  const unique = new Set(matchIds);
  if (unique.size > REPLACE_MAX_MATCHES) {
    throw new ValidationError(
      `At most ${REPLACE_MAX_MATCHES} matches can be replaced at once; replace these, then search again for the rest.`,
      `一次最多替换 ${REPLACE_MAX_MATCHES} 处；请先替换这些，再重新查找其余的。`,
    );
  }
  const byArticle = new Map<
    string,
    Map<string, NonNullable<ReturnType<typeof parseMatchId>>>
  >();
  for (const id of unique) {
    const m = parseMatchId(id);
    if (!m)
      throw new ValidationError(
        "A match is not in this issue; search again.",
        "有匹配项不属于本期，请重新查找。",
      );
    byArticle.set(
      m.articleId,
      (byArticle.get(m.articleId) ?? new Map()).set(id, m),
    );
  }
  const sticky = searchPattern(query, caseSensitive, "y");
  const batchId = randomUUID();
  return runArticleTransaction(prisma, async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { id: issueId },
      select: { publicationId: true },
    });
    if (!issue) throw issueNotFound();
    const result: ReplaceResult = {
      batchId,
      replaced: 0,
      articles: [],
      skipped: [],
    };
    const ids = [...byArticle.keys()];
    const inIssue = await tx.article.count({
      where: { id: { in: ids }, issueId },
    });
    if (inIssue !== ids.length) {
      throw new ValidationError(
        "A match is not in this issue; search again.",
        "有匹配项不属于本期，请重新查找。",
      );
    }
    // Locks in id order: two runs over the same articles cannot deadlock.
    for (const articleId of ids.sort()) {
      const wanted = byArticle.get(articleId)!;
      const current = await lockArticle(tx, articleId);
      const chosen: MatchPosition[] = [];
      // Each id is checked where it points: the same version, the query still there, no overlap with another.
      const candidates = current.mergedIntoId
        ? []
        : [...wanted].filter(([, m]) => m.version === current.version);
      candidates.sort(([, a], [, b]) => comparePositions(a, b));
      let last: MatchPosition | null = null;
      const applied = new Set<string>();
      for (const [id, m] of candidates) {
        const text = fieldText(current.snapshot, m.field, m.block);
        if (text === null) continue;
        sticky.lastIndex = m.offset;
        const hit = sticky.exec(text);
        if (!hit) continue;
        if (
          last &&
          last.field === m.field &&
          last.block === m.block &&
          m.offset < last.offset + last.length
        )
          continue;
        last = {
          field: m.field,
          block: m.block,
          offset: m.offset,
          length: hit[0].length,
          text: hit[0],
        };
        chosen.push(last);
        applied.add(id);
      }
      for (const id of wanted.keys())
        if (!applied.has(id)) result.skipped.push({ matchId: id, articleId });
      if (chosen.length === 0) continue;
      const replaced = replaceMatches(current.snapshot, chosen, replacement);
      const { body: _body, ...header } = replaced;
      if (!headerSchema.safeParse(header).success) {
        throw new ValidationError(
          `The replacement makes a kicker, headline, deck or byline of “${current.snapshot.headline}” too long.`,
          `替换后《${current.snapshot.headline}》的引题、标题、副题或署名过长。`,
        );
      }
      const written = await writeArticleVersion(tx, current, replaced, {
        userId,
        reason: "find-replace",
        detail: `${query} → ${replacement} (${chosen.length})`,
        batchId,
      });
      result.articles.push({
        articleId,
        version: written.version,
        replaced: chosen.length,
      });
      result.replaced += chosen.length;
    }
    await recordAudit(tx, {
      actorId: userId,
      publicationId: issue.publicationId,
      event: {
        action: "issue.find-replace",
        entityType: "Issue",
        entityId: issueId,
        data: {
          batchId,
          query,
          replacement,
          replaced: result.replaced,
          skipped: result.skipped.length,
        },
      },
    });
    return result;
  });
}
