// Finds or creates the pages an import fills. A page that already holds
// articles is only replaced on request, and never when an editor has
// corrected any of them: their work is not overwritten.
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

export async function preparePages(
  tx: Prisma.TransactionClient,
  issueId: string,
  pages: readonly OcrPage[],
  replaceUncorrected: boolean,
): Promise<PreparedPage[]> {
  const numbers = pages.map((p) => p.number!);
  const repeated = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (repeated !== undefined) {
    throw new ConflictError(
      `Page ${repeated} appears twice in this import.`,
      `本次导入中第${repeated}版出现了两次。`,
    );
  }
  const existing = await tx.page.findMany({
    where: { issueId, number: { in: numbers } },
    include: { placements: { select: { article: { select: { id: true, version: true, status: true } } } } },
  });
  const byNumber = new Map(existing.map((p) => [p.number, p]));
  const prepared: PreparedPage[] = [];
  const toDelete: string[] = [];

  for (const page of pages) {
    const number = page.number!;
    const current = byNumber.get(number);
    const data = { furniture: page.furniture, rubrics: page.rubrics };
    if (!current) {
      const created = await tx.page.create({ data: { issueId, number, ...data }, select: { id: true } });
      prepared.push({ id: created.id, number, file: page.file ?? null, replaced: false });
      continue;
    }
    const articles = current.placements.map((p) => p.article);
    if (articles.length > 0) {
      const corrected = articles.filter((a) => a.version > 1 || a.status !== "IMPORTED").length;
      if (corrected > 0) {
        throw new ConflictError(
          `Page ${number} has ${corrected} article(s) corrected by editors; importing over it would overwrite their work. Nothing was stored.`,
          `第${number}版已有${corrected}篇稿件经编辑校改，导入会覆盖他们的工作，本次未做任何改动。`,
        );
      }
      if (!replaceUncorrected) {
        throw new ConflictError(
          `Page ${number} already holds ${articles.length} imported article(s). Choose "replace" to import over them. Nothing was stored.`,
          `第${number}版已导入${articles.length}篇稿件。如需用新文件替换，请选择“替换未校改的版面”。本次未做任何改动。`,
        );
      }
      toDelete.push(...articles.map((a) => a.id));
    }
    await tx.page.update({ where: { id: current.id }, data });
    prepared.push({ id: current.id, number, file: page.file ?? null, replaced: articles.length > 0 });
  }
  if (toDelete.length) await tx.article.deleteMany({ where: { id: { in: toDelete } } });
  return prepared;
}
