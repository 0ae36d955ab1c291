// Writes the order of the parts on one page in one statement: the ids in
// their new order become 1, 2, 3 … (and land on that page), rows already
// right are left alone.
import "server-only";

import type { Prisma } from "@prisma/client";

/** Puts the placements `ids` on page `pageId` in this order, numbered from 1. */
export async function setPageOrder(
  tx: Prisma.TransactionClient,
  pageId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const rows = JSON.stringify(ids.map((id, i) => ({ id, ord: i + 1 })));
  await tx.$executeRaw`
    UPDATE "Placement" p SET "order" = v."ord", "pageId" = ${pageId}
    FROM json_to_recordset(${rows}::json) AS v("id" text, "ord" integer)
    WHERE p."id" = v."id" AND (p."order" <> v."ord" OR p."pageId" <> ${pageId})`;
}

/** The placements on a page in their order, optionally without one. */
export async function pageOrder(
  tx: Prisma.TransactionClient,
  pageId: string,
  without?: string,
): Promise<string[]> {
  const rows = await tx.placement.findMany({
    where: { pageId, ...(without ? { id: { not: without } } : {}) },
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
