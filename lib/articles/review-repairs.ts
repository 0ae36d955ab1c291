// Accepts or rejects several automatic repairs at once (all of one kind, or
// a list) on the stored text: rejecting puts the original characters back,
// in the same revision that records the verdicts.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";

import { applyRepairDecisions } from "./apply-repair-decisions";
import type { ArticleSnapshot } from "./article-snapshot";
import { loadLearnedPairIndex } from "./learned/load-learned-pairs";
import { listArticleRepairs, repairSelect } from "./list-article-repairs";
import { lockArticle } from "./lock-article";
import { rejectRepair, sortRepairsInTextOrder } from "./repairs/review-repair";
import { runArticleTransaction } from "./run-article-transaction";
import { type ArticleWritten, mergedAway } from "./save-article";
import { snapshotsEqual } from "./snapshots-equal";
import { suggestionsFor, writeArticleVersion } from "./write-article-version";

const repairKinds = [
  "COLUMN_BREAK",
  "PUNCTUATION",
  "HYPHENATION",
  "WHITESPACE",
] as const;

/** The body of POST /api/articles/:id/repairs: { kind } or { repairIds }, not both. */
export const reviewRepairsRequestSchema = z
  .object({
    status: z.enum(["ACCEPTED", "REJECTED"]),
    kind: z.enum(repairKinds).optional(),
    repairIds: z.array(z.string().min(1).max(100)).min(1).max(2_000).optional(),
    /** The version in the editor: save pending edits first; refused if it is not the stored one. */
    baseVersion: z.number().int().min(1),
    sessionId: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine(
    (r) => (r.kind === undefined) !== (r.repairIds === undefined),
    "give either kind or repairIds",
  );

export type ReviewRepairsResult = ArticleWritten & {
  /** Repairs whose place was edited away: their text could not be restored and they stay pending. */
  notFound: string[];
};

/**
 * Gives every chosen pending or accepted repair the verdict. ConflictError if
 * the article changed after `baseVersion`; ValidationError for a repair of
 * another article.
 */
export async function reviewRepairs(
  prisma: Db,
  input: z.infer<typeof reviewRepairsRequestSchema> & {
    articleId: string;
    userId: string | null;
  },
): Promise<ReviewRepairsResult> {
  return runArticleTransaction(prisma, async (tx) => {
    const current = await lockArticle(tx, input.articleId);
    if (current.mergedIntoId) throw mergedAway();
    if (current.version !== input.baseVersion) {
      throw new ConflictError(
        "The article changed; let the editor save, then try again.",
        "稿件已有改动，请等编辑器保存后再试。",
      );
    }
    const rows = await tx.repair.findMany({
      where: {
        articleId: input.articleId,
        // A rejected repair is out of the text: accepting it would need the repair again, not a verdict.
        status:
          input.status === "ACCEPTED"
            ? "PENDING"
            : { in: ["PENDING", "ACCEPTED"] },
        ...(input.kind
          ? { kind: input.kind }
          : { id: { in: input.repairIds } }),
      },
      select: repairSelect,
    });
    if (input.repairIds && rows.length !== new Set(input.repairIds).size) {
      const known = await tx.repair.count({
        where: { articleId: input.articleId, id: { in: input.repairIds } },
      });
      if (known !== new Set(input.repairIds).size) {
        throw new ValidationError(
          "A repair does not belong to this article.",
          "有自动修复不属于这篇稿件。",
        );
      }
    }
    let next: ArticleSnapshot = current.snapshot;
    const decided: string[] = [];
    const notFound: string[] = [];
    if (input.status === "REJECTED") {
      // Last in the text first: undoing one never moves the places of those before it.
      for (const repair of sortRepairsInTextOrder(next, rows).reverse()) {
        const undone = rejectRepair(next, repair);
        if (undone) {
          next = undone;
          decided.push(repair.id);
        } else notFound.push(repair.id);
      }
    } else decided.push(...rows.map((r) => r.id));
    await applyRepairDecisions(
      tx,
      input.articleId,
      decided.map((repairId) => ({ repairId, status: input.status })),
      input.userId,
    );
    let version = current.version;
    const learned = await loadLearnedPairIndex(
      tx,
      current.publicationId,
      current.learnedPairsRevision,
    );
    let suggestions = suggestionsFor(
      next,
      current,
      current.dismissedSuggestions,
      learned,
    );
    if (!snapshotsEqual(next, current.snapshot)) {
      const written = await writeArticleVersion(tx, current, next, {
        userId: input.userId,
        reason: input.status === "REJECTED" ? "repair.reject" : "repair.accept",
        detail: `${input.kind ?? "selected"} × ${decided.length}`,
        sessionId: input.sessionId,
        learnedIndex: learned,
      });
      version = written.version;
      suggestions = written.suggestions;
    }
    return {
      status: "saved",
      version,
      snapshot: next,
      suggestions,
      repairs: await listArticleRepairs(tx, input.articleId, next),
      notFound,
    };
  });
}
