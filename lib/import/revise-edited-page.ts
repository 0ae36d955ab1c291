// New OCR for a page editors have changed, as a new revision of each article
// through the three-way merge saves use (lib/articles/merge): base = the
// revision the import created (1), the editors' current text is the side
// already saved, the new OCR the side being merged in. Where both changed
// the same thing differently the editors' text stays and the OCR's is kept
// in the summary and the audit event, never silently lost. New OCR articles
// that match no stored one are returned to be imported as new articles.
import "server-only";

import type { Prisma } from "@prisma/client";

import { blocksToDoc } from "@/lib/articles/article-doc";
import { lockArticle } from "@/lib/articles/lock-article";
import { mergeSnapshots } from "@/lib/articles/merge/merge-snapshots";
import { readSnapshot } from "@/lib/articles/read-snapshot";
import { snapshotsEqual } from "@/lib/articles/snapshots-equal";
import { writeArticleVersion } from "@/lib/articles/write-article-version";
import type { OcrArticle, OcrPage } from "@/lib/ocr/types";

import { importSnapshot } from "./check-storable";
import type { EditedPage, StoredPlacement } from "./edited-pages";
import { headlineSimilarity } from "./group-article-parts";

/** What re-importing one article did: `conflicts` lists what the new OCR said where editors' text was kept. */
export interface RevisedArticle {
  articleId: string;
  page: number;
  headline: string;
  /** The new version, or null when the new OCR changed nothing the editors had not. */
  version: number | null;
  changes: number;
  conflicts: { id: string; ocr: unknown; kept: unknown }[];
}

const SAME_STORY = 0.5;

/**
 * Pairs new OCR articles (in page order) with the stored article starts on
 * the page: by headline (bigram similarity ≥ 0.5, best first), else by
 * position when the page has as many articles as before. Returns the pairs
 * and the indices of new articles with no stored counterpart.
 */
export function matchArticles(
  fresh: readonly OcrArticle[],
  stored: readonly StoredPlacement[],
): { pairs: [number, StoredPlacement][]; unmatched: number[] } {
  const starts = stored.filter((s) => s.part === 1);
  const taken = new Set<string>();
  const pairs: [number, StoredPlacement][] = [];
  const unmatched: number[] = [];
  fresh.forEach((article, i) => {
    let best: StoredPlacement | null = null;
    let score = SAME_STORY;
    for (const s of starts) {
      const sim = taken.has(s.articleId)
        ? 0
        : headlineSimilarity(article.headline, s.headline);
      if (sim >= score) [best, score] = [s, sim];
    }
    if (
      !best &&
      starts.length === fresh.length &&
      !taken.has(starts[i]!.articleId)
    )
      best = starts[i]!;
    if (best) {
      taken.add(best.articleId);
      pairs.push([i, best]);
    } else unmatched.push(i);
  });
  return { pairs, unmatched };
}

/**
 * Writes the new OCR of `page` into the matched articles of `edited` as
 * revisions with reason "reimport" (writeArticleVersion, each article
 * locked). Returns what each article got and the new articles left over.
 */
export async function reviseEditedPage(
  tx: Prisma.TransactionClient,
  page: OcrPage,
  edited: EditedPage,
  authorId: string | null,
): Promise<{ revised: RevisedArticle[]; unmatched: number[] }> {
  const { pairs, unmatched } = matchArticles(page.articles, edited.placements);
  const revised: RevisedArticle[] = [];
  for (const [i, stored] of pairs) {
    const locked = await lockArticle(tx, stored.articleId, { baseVersion: 1 });
    const current = locked.snapshot;
    const base =
      locked.version === 1
        ? current
        : readSnapshot(locked.baseSnapshot, {
            rubric: current.rubric,
            genre: current.genre,
          });
    const article = page.articles[i]!;
    const ocr = importSnapshot(
      article,
      blocksToDoc(article.blocks),
      base.genre,
    );
    // The editors' text was saved already ("theirs"): it stays wherever the new OCR conflicts with it.
    const merge = mergeSnapshots(base, current, ocr);
    const conflicts = merge.conflicts.map((c) =>
      c.kind === "field"
        ? { id: c.id, ocr: c.mine, kept: c.theirs }
        : { id: c.id, ocr: c.myBlocks, kept: c.theirBlocks },
    );
    const changes = merge.changes.filter((c) => c.side === "mine").length;
    let version: number | null = null;
    if (!snapshotsEqual(merge.merged, current)) {
      const written = await writeArticleVersion(tx, locked, merge.merged, {
        userId: authorId,
        reason: "reimport",
        detail: `+${changes}${conflicts.length ? ` · ⚠${conflicts.length}` : ""}`,
        audit: { conflicts: conflicts as unknown as Prisma.InputJsonArray },
      });
      version = written.version;
    }
    revised.push({
      articleId: stored.articleId,
      page: edited.number,
      headline: current.headline,
      version,
      changes,
      conflicts,
    });
  }
  return { revised, unmatched };
}
