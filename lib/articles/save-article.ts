// Saves an editor's snapshot of an article without ever losing an update:
// the save names the version it was based on; if someone saved since, the
// three-way merge (base revision, theirs, mine) either combines both or the
// save is refused with the conflicts, storing nothing.
import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";

import { articleSnapshotSchema, type ArticleSnapshot } from "./article-snapshot";
import { applyRepairDecisions, repairDecisionSchema } from "./apply-repair-decisions";
import { repairSelect, repairViews, type RepairRow, type RepairView } from "./list-article-repairs";
import { lockArticle, type LockedArticle } from "./lock-article";
import { mergeSnapshots } from "./merge/merge-snapshots";
import { readSnapshot } from "./read-snapshot";
import { saveReasons } from "./revision-reasons";
import { runArticleTransaction } from "./run-article-transaction";
import { snapshotsEqual } from "./snapshots-equal";
import type { Suggestion } from "./suggestions/compute-suggestions";
import { suggestionsFor, writeArticleVersion } from "./write-article-version";

/** The body of POST /api/articles/:id/save. */
export const saveRequestSchema = z
  .object({
    /** The version the editor's content is based on. */
    baseVersion: z.number().int().min(1),
    snapshot: articleSnapshotSchema,
    reason: z.enum(saveReasons).default("autosave"),
    /** Shown in the history beside the reason, e.g. "初劲 → 干劲". */
    detail: z.string().max(300).nullish(),
    /** A random id per editor tab. */
    sessionId: z.string().min(1).max(100),
    /** Verdicts on repairs; the snapshot already holds the text they imply (see rejectRepair). */
    repairDecisions: z.array(repairDecisionSchema).max(2_000).optional(),
    /** Keys of suggestions the editor dismissed. */
    dismissSuggestions: z.array(z.string().min(1).max(300)).max(2_000).optional(),
  })
  .strict();
export type SaveRequest = z.input<typeof saveRequestSchema>;
export type SaveArticleInput = SaveRequest & { articleId: string; userId: string | null };

type Merge = ReturnType<typeof mergeSnapshots>;

/** Saved or merged: the article as stored now; the editor continues from it. */
export interface ArticleWritten {
  status: "saved" | "merged";
  version: number;
  snapshot: ArticleSnapshot;
  /** What the merge took from each side ("merged" only). */
  changes?: Merge["changes"];
  suggestions: Suggestion[];
  repairs: RepairView[];
}
/** Refused: someone changed the same place; nothing was stored. */
export interface SaveConflict {
  status: "conflict";
  theirVersion: number;
  theirs: ArticleSnapshot;
  base: ArticleSnapshot;
  conflicts: Merge["conflicts"];
}
/** POST /api/articles/:id/save answers this (200 in all three cases). */
export type SaveResult = ArticleWritten | SaveConflict;

function parseInput(input: SaveArticleInput) {
  const { articleId, userId, ...request } = input;
  const parsed = saveRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "request";
    throw new ValidationError(
      `The article could not be saved: ${where} is not valid (${issue?.message ?? "invalid"}). Nothing was stored.`,
      `稿件无法保存：${where} 格式不正确（${issue?.message ?? "无效"}），未做任何改动。`,
    );
  }
  return { articleId, userId, ...parsed.data };
}

/** The snapshot the editor started from, read with the lock (revision `baseVersion`). */
function baseSnapshot(current: LockedArticle, version: number): ArticleSnapshot {
  if (current.baseSnapshot === null) {
    throw new ConflictError(
      `The version this editor started from (${version}) is unknown; reload the article.`,
      `编辑所依据的版本（${version}）不存在，请重新打开稿件。`,
    );
  }
  return readSnapshot(current.baseSnapshot, current.snapshot);
}

/**
 * Saves `snapshot` as the article's next version, in one transaction.
 * ValidationError for input that fails the schema (nothing stored),
 * NotFoundError for an unknown article, ConflictError for an article merged
 * into another or an unknown base version. A conflicting concurrent change
 * is not an error: the result says "conflict".
 */
export async function saveArticle(prisma: Db, input: SaveArticleInput): Promise<SaveResult> {
  return saveValidArticle(prisma, parseInput(input));
}

/** A save already parsed with saveRequestSchema (the route parses the body once). */
export type ValidSave = z.output<typeof saveRequestSchema> & { articleId: string; userId: string | null };

/** saveArticle for input that has passed saveRequestSchema; the same errors otherwise. */
export async function saveValidArticle(prisma: Db, save: ValidSave): Promise<SaveResult> {
  const outcome = await runArticleTransaction(prisma, async (tx): Promise<SaveConflict | Landed> => {
    const current = await lockArticle(tx, save.articleId, { baseVersion: save.baseVersion });
    if (current.mergedIntoId) throw mergedAway();
    if (save.baseVersion > current.version) {
      throw new ConflictError("This editor is ahead of the stored article; reload it.", "编辑器中的版本比已存版本新，请重新打开稿件。");
    }
    let next: ArticleSnapshot = save.snapshot;
    let changes: Merge["changes"] | undefined;
    if (save.baseVersion !== current.version) {
      const base = baseSnapshot(current, save.baseVersion);
      const merge = mergeSnapshots(base, current.snapshot, save.snapshot);
      if (merge.conflicts.length) {
        return { status: "conflict", theirVersion: current.version, theirs: current.snapshot, base, conflicts: merge.conflicts };
      }
      next = merge.merged;
      changes = merge.changes;
    }
    await applyRepairDecisions(tx, save.articleId, save.repairDecisions ?? [], save.userId);
    const dismissed = save.dismissSuggestions?.length
      ? [...new Set([...current.dismissedSuggestions, ...save.dismissSuggestions])]
      : undefined;
    // Verdicts changed the repair rows read under the lock: read them again.
    const repairs = save.repairDecisions?.length
      ? await tx.repair.findMany({ where: { articleId: save.articleId }, select: repairSelect })
      : current.repairs;
    if (snapshotsEqual(next, current.snapshot)) {
      // Nothing new to store (a verdict or a dismissal alone): no revision.
      const suggestions = suggestionsFor(next, current, dismissed ?? current.dismissedSuggestions);
      if (dismissed) {
        await tx.article.update({
          where: { id: save.articleId },
          data: { dismissedSuggestions: dismissed, suggestionCount: suggestions.length },
        });
      }
      return { status: "landed", version: current.version, next, changes, suggestions, repairs };
    }
    const written = await writeArticleVersion(tx, current, next, {
      userId: save.userId,
      reason: save.reason,
      detail: save.detail,
      sessionId: save.sessionId,
      dismissedSuggestions: dismissed,
      audit: changes ? { mergedFromBase: save.baseVersion } : undefined,
    });
    return { status: "landed", version: written.version, next, changes, suggestions: written.suggestions, repairs };
  });
  if (outcome.status === "conflict") return outcome;
  // Located after the commit: the lock is held no longer than the write needs.
  const { version, next, changes, suggestions, repairs } = outcome;
  return {
    status: changes ? "merged" : "saved",
    version,
    snapshot: next,
    ...(changes ? { changes } : {}),
    suggestions,
    repairs: repairViews(repairs, next),
  };
}

interface Landed {
  status: "landed";
  version: number;
  next: ArticleSnapshot;
  changes: Merge["changes"] | undefined;
  suggestions: Suggestion[];
  repairs: RepairRow[];
}

export const mergedAway = () =>
  new ConflictError(
    "This article was merged into another one; open that one (or undo the merge).",
    "这篇稿件已合并到另一篇中，请打开合并后的稿件（或撤销合并）。",
  );
