// Finds or creates the pages an import fills. A page that already holds
// articles is only replaced on request, never when an editor has corrected
// any of them or signed the page off, and never so that an article running
// on to a page outside this import loses its other part.
import "server-only";

import type { Prisma } from "@prisma/client";

import { ConflictError } from "@/lib/errors";
import type { OcrPage } from "@/lib/ocr/types";

export interface PreparedPage {
  id: string;
  number: number;
  file: string | null;
  replaced: boolean;
}

type StoredArticle = {
  id: string;
  headline: string;
  version: number;
  status: string;
  placements: { page: { number: number } }[];
};

function refuseReplacing(
  number: number,
  articles: StoredArticle[],
  importedPages: Set<number>,
  replace: boolean,
  signedOff: boolean,
) {
  const corrected = articles.filter(
    (a) => a.version > 1 || a.status !== "IMPORTED",
  ).length;
  if (corrected > 0 || signedOff) {
    throw new ConflictError(
      `Page ${number} has ${signedOff ? "been signed off" : `${corrected} article(s) corrected by editors`}; importing over it would overwrite their work. Nothing was stored.`,
      `第${number}版${signedOff ? "已签发" : `已有${corrected}篇稿件经编辑校改`}，导入会覆盖他们的工作，本次未做任何改动。`,
    );
  }
  if (!replace) {
    throw new ConflictError(
      `Page ${number} already holds ${articles.length} imported article(s). Choose "replace" to import over them. Nothing was stored.`,
      `第${number}版已导入${articles.length}篇稿件。如需用新文件替换，请选择“替换未校改的版面”。本次未做任何改动。`,
    );
  }
  for (const a of articles) {
    const elsewhere = a.placements
      .map((p) => p.page.number)
      .find((n) => !importedPages.has(n));
    if (elsewhere !== undefined) {
      throw new ConflictError(
        `“${a.headline}” on page ${number} continues on page ${elsewhere}; import both pages together to replace it. Nothing was stored.`,
        `第${number}版《${a.headline}》转至第${elsewhere}版，请将两个版面一起导入以替换。本次未做任何改动。`,
      );
    }
  }
}

export async function preparePages(
  tx: Prisma.TransactionClient,
  issueId: string,
  pages: readonly OcrPage[],
  options: { replaceUncorrected: boolean; deliveredPages: readonly number[] },
): Promise<PreparedPage[]> {
  const numbers = pages.map((p) => p.number!);
  const repeated = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (repeated !== undefined) {
    throw new ConflictError(
      `Page ${repeated} appears twice in this import.`,
      `本次导入中第${repeated}版出现了两次。`,
    );
  }
  const importedPages = new Set([...numbers, ...options.deliveredPages]);
  const existing = await tx.page.findMany({
    where: { issueId, number: { in: numbers } },
    include: {
      placements: {
        select: {
          article: {
            select: {
              id: true,
              headline: true,
              version: true,
              status: true,
              placements: { select: { page: { select: { number: true } } } },
            },
          },
        },
      },
    },
  });
  const byNumber = new Map(existing.map((p) => [p.number, p]));
  const prepared: PreparedPage[] = [];
  const toDelete = new Set<string>();

  for (const page of pages) {
    const number = page.number!;
    const current = byNumber.get(number);
    const data = { furniture: page.furniture, rubrics: page.rubrics };
    if (!current) {
      const created = await tx.page.create({
        data: { issueId, number, ...data },
        select: { id: true },
      });
      prepared.push({
        id: created.id,
        number,
        file: page.file ?? null,
        replaced: false,
      });
      continue;
    }
    const articles = current.placements.map((p) => p.article);
    if (articles.length > 0 || current.status === "SIGNED_OFF") {
      refuseReplacing(
        number,
        articles,
        importedPages,
        options.replaceUncorrected,
        current.status === "SIGNED_OFF",
      );
      for (const a of articles) toDelete.add(a.id);
    }
    await tx.page.update({ where: { id: current.id }, data });
    prepared.push({
      id: current.id,
      number,
      file: page.file ?? null,
      replaced: articles.length > 0,
    });
  }
  if (toDelete.size) {
    // Only untouched imports go; an editor who saved meanwhile keeps the page.
    const { count } = await tx.article.deleteMany({
      where: { id: { in: [...toDelete] }, version: 1, status: "IMPORTED" },
    });
    if (count !== toDelete.size) {
      throw new ConflictError(
        "An editor changed an article on these pages while importing. Nothing was stored; try again.",
        "导入期间有编辑修改了这些版面上的稿件，本次未做任何改动，请重试。",
      );
    }
  }
  return prepared;
}
