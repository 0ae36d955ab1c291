// Stores a segmented OCR document in one transaction: the original files,
// pages, articles with their bylines, placements, jumps, repairs and a first
// revision — or nothing at all.
import "server-only";

import type { Prisma } from "@prisma/client";

import { ensureContributors } from "@/lib/articles/ensure-contributors";
import { loadLearnedPairIndex } from "@/lib/articles/learned/load-learned-pairs";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { parseIssueDate } from "@/lib/issues/parse-issue-date";
import { jumpOf } from "@/lib/jumps/article-jumps";
import type { OcrDocument, OcrWarning } from "@/lib/ocr/types";

import { buildImportRowsInSteps } from "./build-import-rows-in-steps";
import { checkRepairCounts } from "./check-storable";
import {
  type EditedPageChoice,
  findEditedPages,
  setAsideEditedPages,
} from "./edited-pages";
import { groupArticleParts } from "./group-article-parts";
import { insertRows } from "./insert-rows";
import {
  linkJumpsByHeadline,
  linkNewJumps,
  loadStoredJumpEnds,
  matchNewContinuations,
} from "./link-stored-jumps";
import { lockIssue } from "./lock-issue";
import { preparePages } from "./prepare-pages";
import { recordPartStarts } from "./record-part-starts";
import { type RevisedArticle, reviseEditedPage } from "./revise-edited-page";
import { skipDuplicateFiles, storeSources } from "./store-sources";

export interface ImportOptions {
  publicationId: string;
  /** Issue date, YYYY-MM-DD. */
  date: string;
  importedById: string | null;
  /** Replace pages whose imported articles nobody has corrected yet. */
  replaceUncorrected?: boolean;
  /** Pages editors have changed: refuse the import (default), skip them, or merge their new OCR in (edited-pages.ts). */
  editedPages?: EditedPageChoice;
}

export interface ImportSummary {
  issueId: string;
  pages: { number: number; articles: number; replaced: boolean }[];
  articleCount: number;
  repairCount: number;
  jumpCount: number;
  /** Files skipped because this issue already holds them (same checksum). */
  duplicates: string[];
  /** Edited pages left out (editedPages "skip"). */
  skipped: number[];
  /** Articles of edited pages given the new OCR as a revision (editedPages "revise"), with conflicts kept. */
  revised: RevisedArticle[];
  warnings: OcrWarning[];
}

export async function importDocument(
  prisma: Db,
  document: OcrDocument,
  options: ImportOptions,
): Promise<ImportSummary> {
  parseIssueDate(options.date);
  // The upload route checked this in its worker already; the CLI comes straight here.
  checkRepairCounts(document);
  if (document.pages.some((p) => p.number === null)) {
    throw new ValidationError(
      "A page has no page number; give one (--page N or in the file name).",
      "有一个版面缺少版次，请指定版次（--page N 或写在文件名中）。",
    );
  }
  try {
    return await prisma.$transaction(
      (tx) => importInTransaction(tx, document, options),
      {
        timeout: 60_000,
        maxWait: 15_000,
      },
    );
  } catch (error) {
    throw asConflict(error) ?? error;
  }
}

async function importInTransaction(
  tx: Prisma.TransactionClient,
  document: OcrDocument,
  options: ImportOptions,
) {
  const issueId = await lockIssue(tx, options.publicationId, options.date);
  const delivered = await skipDuplicateFiles(tx, issueId, document);
  const edited = await findEditedPages(
    tx,
    issueId,
    delivered.pages.map((p) => p.number!),
  );
  const aside = setAsideEditedPages(
    delivered,
    document.repairs,
    edited,
    options.editedPages ?? "refuse",
  );
  const newFiles = aside.newFiles;
  const { pages } = newFiles;
  const prepared = await preparePages(tx, issueId, pages, {
    replaceUncorrected: options.replaceUncorrected ?? false,
    // Pages of files skipped as already imported are still part of this delivery.
    deliveredPages: document.pages.map((p) => p.number!),
  });
  // A revised page's new file is kept as an original of that page.
  const revisedPages = aside.revised.map((r) => ({
    id: r.edited.pageId,
    number: r.edited.number,
    file: r.page.file ?? null,
    replaced: false,
  }));
  const sourceIds = await storeSources(
    tx,
    issueId,
    newFiles,
    [...prepared, ...revisedPages],
    options.importedById,
  );
  const contributorIds = await ensureContributors(tx, options.publicationId, [
    ...pages,
    ...aside.revised.map((r) => r.page),
  ]);

  const warnings = [...document.warnings];
  const stored = await loadStoredJumpEnds(tx, issueId);
  const { groups, unmatchedContinuations, guessedJoins } =
    groupArticleParts(pages);
  for (const part of guessedJoins) {
    warnings.push({
      file: null,
      page: part.page,
      message: `Several articles jump to page ${part.page} and their headlines do not say which continues where; the continuation at position ${part.indexOnPage} was joined by page order. Check the jump.`,
    });
  }
  const links = matchNewContinuations(unmatchedContinuations, stored, warnings);
  for (const c of unmatchedContinuations) groups.push({ parts: [c] });
  const rows = await buildImportRowsInSteps(groups, {
    issueId,
    authorId: options.importedById,
    pages: prepared,
    sourceIds,
    contributorIds,
    repairs: aside.repairs,
    learned: await loadLearnedPairIndex(tx, options.publicationId),
  });
  linkNewJumps(rows, stored);
  recordPartStarts(rows);
  await insertRows(tx, rows);
  for (const link of links) {
    await tx.jump.update({
      where: { id: link.jumpId },
      data: {
        toPlacementId: rows.placementIdOf.get(link.part),
        markerIn: jumpOf(link.part.article.jumps, "from")?.marker ?? null,
      },
    });
  }
  const linkedByHeadline = await linkJumpsByHeadline(tx, issueId, rows);
  const revised: RevisedArticle[] = [];
  for (const r of aside.revised) {
    const result = await reviseEditedPage(
      tx,
      r.page,
      r.edited,
      options.importedById,
    );
    for (const a of result.revised) revised.push(a);
    for (const i of result.unmatched) {
      warnings.push({
        file: r.page.file ?? null,
        page: r.edited.number,
        message: `“${r.page.articles[i]!.headline ?? ""}” in the new OCR matches no article on the page; not imported, import it on its own.`,
      });
    }
  }

  const summary: ImportSummary = {
    issueId,
    pages: prepared.map((p) => ({
      number: p.number,
      articles: rows.placements.filter((pl) => pl.pageId === p.id).length,
      replaced: p.replaced,
    })),
    articleCount: rows.articles.length,
    repairCount: rows.repairs.length,
    // New jumps, plus stored open jumps this import's continuations completed.
    jumpCount: rows.jumps.length + links.length + linkedByHeadline,
    duplicates: newFiles.duplicates,
    skipped: aside.skipped,
    revised,
    warnings,
  };
  await recordAudit(tx, {
    actorId: options.importedById,
    publicationId: options.publicationId,
    event: {
      action: "issue.import",
      entityType: "Issue",
      entityId: issueId,
      data: {
        files: newFiles.files.map((f) => f.name),
        pages: summary.pages,
        duplicates: newFiles.duplicates,
        skipped: aside.skipped,
        revised: revised.map((r) => ({
          articleId: r.articleId,
          version: r.version,
          conflicts: r.conflicts.length,
        })),
      },
    },
  });
  return summary;
}

/** Races with another import or editor surface as conflicts the user can retry. */
function asConflict(error: unknown): ConflictError | null {
  const code = (error as { code?: unknown }).code;
  if (code === "P2002" || code === "P2034") {
    return new ConflictError(
      "This issue was changed by someone else at the same time. Nothing was stored; try again.",
      "本期同时被他人修改，本次未做任何改动，请重试。",
    );
  }
  if (code === "P2028") {
    return new ConflictError(
      "The database was busy (another import running) or the import took too long. Nothing was stored; try again in a moment.",
      "数据库繁忙（可能有其他导入正在进行）或导入耗时过长，本次未做任何改动，请稍后重试。",
    );
  }
  return null;
}
