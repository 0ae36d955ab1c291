// Pages of an import that editors have already changed (an article corrected
// or the page signed off), and what the newsroom chose to do with them
// (issue 13 item 7): refuse the whole import (the default), skip those pages
// and import the others, or import their new OCR as a new revision of each
// article through the three-way merge (revise-edited-page.ts).
import "server-only";

import type { Prisma } from "@prisma/client";

import { ConflictError } from "@/lib/errors";
import type { OcrPage, OcrRepair } from "@/lib/ocr/types";

import type { NewFiles } from "./store-sources";

export const editedPageChoices = ["refuse", "skip", "revise"] as const;
export type EditedPageChoice = (typeof editedPageChoices)[number];

/** A stored article on an edited page, by its placement there. */
export interface StoredPlacement {
  articleId: string;
  headline: string;
  order: number;
  /** 1 for the article's start; continuations (2, 3, …) are not matched to new OCR. */
  part: number;
  corrected: boolean;
}

export interface EditedPage {
  pageId: string;
  number: number;
  signedOff: boolean;
  corrected: number;
  placements: StoredPlacement[];
}

/** Edited pages among `numbers` in the issue, by number: a corrected article (version > 1 or status moved on) or signed off. */
export async function findEditedPages(
  tx: Prisma.TransactionClient,
  issueId: string,
  numbers: readonly number[],
): Promise<Map<number, EditedPage>> {
  const pages = await tx.page.findMany({
    where: { issueId, number: { in: [...numbers] } },
    select: {
      id: true,
      number: true,
      status: true,
      placements: {
        orderBy: { order: "asc" },
        select: {
          order: true,
          part: true,
          article: {
            select: { id: true, headline: true, version: true, status: true },
          },
        },
      },
    },
  });
  const edited = new Map<number, EditedPage>();
  for (const p of pages) {
    const placements = p.placements.map((pl) => ({
      articleId: pl.article.id,
      headline: pl.article.headline,
      order: pl.order,
      part: pl.part,
      corrected: pl.article.version > 1 || pl.article.status !== "IMPORTED",
    }));
    const corrected = placements.filter((pl) => pl.corrected).length;
    const signedOff = p.status === "SIGNED_OFF";
    if (corrected > 0 || signedOff)
      edited.set(p.number, {
        pageId: p.id,
        number: p.number,
        signedOff,
        corrected,
        placements,
      });
  }
  return edited;
}

export interface SetAside {
  /** What the usual import path stores: the upload without skipped and revised pages (revised pages' files stay, as originals). */
  newFiles: NewFiles;
  repairs: OcrRepair[];
  skipped: number[];
  revised: { page: OcrPage; edited: EditedPage; repairs: OcrRepair[] }[];
}

/**
 * Takes the edited pages out of the upload as `choice` says. "refuse" leaves
 * everything in (preparePages then refuses with its message); "skip" drops
 * those pages and their files; "revise" hands them to reviseEditedPage,
 * keeping their files to be stored as originals. A signed-off page is never
 * revised: its text is final until someone reopens it.
 */
export function setAsideEditedPages(
  newFiles: NewFiles,
  repairs: readonly OcrRepair[],
  edited: ReadonlyMap<number, EditedPage>,
  choice: EditedPageChoice,
): SetAside {
  const all = { newFiles, repairs: [...repairs], skipped: [], revised: [] };
  if (choice === "refuse" || edited.size === 0) return all;
  const aside = (p: OcrPage) => p.number !== null && edited.has(p.number);
  if (choice === "revise") {
    const signedOff = newFiles.pages.find(
      (p) => aside(p) && edited.get(p.number!)!.signedOff,
    );
    if (signedOff) {
      throw new ConflictError(
        `Page ${signedOff.number} has been signed off; reopen it before importing new OCR into it, or skip it. Nothing was stored.`,
        `第${signedOff.number}版已签发，请先撤回签发再导入新的 OCR，或选择跳过此版。本次未做任何改动。`,
      );
    }
  }
  const setAsideNumbers = new Set(
    newFiles.pages.filter(aside).map((p) => p.number!),
  );
  const keptPages = newFiles.pages.filter((p) => !aside(p));
  if (choice === "skip" && keptPages.length === 0) {
    throw new ConflictError(
      `Every page of this upload has been changed by editors (${[...setAsideNumbers].join(", ")}); nothing is left to import.`,
      `本次上传的版面（第${[...setAsideNumbers].join("、")}版）都已经编辑校改，跳过后没有可导入的内容，未做任何改动。`,
    );
  }
  const skippedFiles = new Set(
    choice === "skip"
      ? newFiles.pages.filter(aside).flatMap((p) => (p.file ? [p.file] : []))
      : [],
  );
  const byPage = (n: number | null) => repairs.filter((r) => r.page === n);
  return {
    newFiles: {
      ...newFiles,
      pages: keptPages,
      files: newFiles.files.filter((f) => !skippedFiles.has(f.name)),
    },
    repairs: repairs.filter(
      (r) => r.page === null || !setAsideNumbers.has(r.page),
    ),
    skipped: choice === "skip" ? [...setAsideNumbers] : [],
    revised:
      choice === "revise"
        ? newFiles.pages.filter(aside).map((page) => ({
            page,
            edited: edited.get(page.number!)!,
            repairs: byPage(page.number),
          }))
        : [],
  };
}
