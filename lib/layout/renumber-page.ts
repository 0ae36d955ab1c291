// Renumbers a page (版次): the pages in between move up or down one
// (plan-renumbering.ts), and every jump follows — （下转N版）/（上接M版）
// name the new numbers, waiting jumps and continuations too.
import "server-only";

import type { Prisma } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { markerIn, markerPage } from "@/lib/jumps/jump-markers";

import { captureJumps, followLinks } from "./follow-links";
import { changeLayout } from "./lock-layout";
import { MAX_PAGE_NUMBER, planRenumbering } from "./plan-renumbering";

/** The body of POST /api/issues/:id/pages/:pageId/renumber. */
export const renumberPageSchema = z
  .object({ number: z.number().int().min(1).max(MAX_PAGE_NUMBER) })
  .strict();

/**
 * Gives page `pageId` the number asked for, moving the pages between.
 * Returns the new numbers (old → new) of the pages that changed.
 * ValidationError for a page of another issue.
 */
export async function renumberPage(
  prisma: Db,
  issueId: string,
  pageId: string,
  request: z.input<typeof renumberPageSchema>,
  userId: string | null,
): Promise<{ layoutVersion: number; renumbered: [number, number][] }> {
  const { number } = renumberPageSchema.parse(request);
  return changeLayout<
    { renumbered: [number, number][] },
    "layout.page.renumber"
  >(prisma, issueId, userId, "layout.page.renumber", async (tx) => {
    const pages = await tx.page.findMany({
      where: { issueId },
      select: { id: true, number: true },
    });
    const changes = planRenumbering(pages, pageId, number);
    if (changes.size === 0) return { result: { renumbered: [] }, audit: null };
    const captured = await captureJumps(tx, { issueId });
    await applyNumbers(tx, issueId, changes);
    await followLinks(tx, captured, changes);
    await renumberWaitingContinuations(tx, issueId, changes);
    const renumbered = [...changes.entries()].sort((a, b) => a[0] - b[0]);
    return { result: { renumbered }, audit: { pageId, renumbered } };
  });
}

/** Two steps around the (issue, number) unique key: out of the way, then in place. */
async function applyNumbers(
  tx: Prisma.TransactionClient,
  issueId: string,
  changes: ReadonlyMap<number, number>,
) {
  const rows = JSON.stringify([...changes].map(([from, to]) => ({ from, to })));
  await tx.$executeRaw`
    UPDATE "Page" p SET "number" = -v."to" FROM json_to_recordset(${rows}::json) AS v("from" integer, "to" integer)
    WHERE p."issueId" = ${issueId} AND p."number" = v."from"`;
  await tx.$executeRaw`UPDATE "Page" SET "number" = -"number" WHERE "issueId" = ${issueId} AND "number" < 0`;
}

/** A continuation still waiting for its origin names that origin's page by number: follow it too. */
async function renumberWaitingContinuations(
  tx: Prisma.TransactionClient,
  issueId: string,
  changes: ReadonlyMap<number, number>,
) {
  const waiting = await tx.placement.findMany({
    where: {
      page: { issueId },
      continuesFromPage: { in: [...changes.keys()] },
    },
    select: { id: true, continuesFromPage: true, continuationMarker: true },
  });
  for (const p of waiting) {
    const to = changes.get(p.continuesFromPage!)!;
    const agreed = markerPage(p.continuationMarker) === p.continuesFromPage;
    await tx.placement.update({
      where: { id: p.id },
      data: {
        continuesFromPage: to,
        ...(agreed ? { continuationMarker: markerIn(to) } : {}),
      },
    });
  }
}
