// Finds or creates the issue of a date and locks it for this transaction:
// concurrent imports into one issue run one after the other instead of
// racing on its pages (PGlite runs one transaction at a time anyway). NO KEY
// UPDATE still lets other transactions insert rows that reference the issue.
import "server-only";

import { randomUUID } from "node:crypto";

import type { Prisma } from "@prisma/client";

export async function lockIssue(
  tx: Prisma.TransactionClient,
  publicationId: string,
  date: string,
): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO "Issue" ("id", "publicationId", "date", "updatedAt")
    VALUES (${randomUUID()}, ${publicationId}, ${date}::date, now())
    ON CONFLICT ("publicationId", "date") DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Issue" WHERE "publicationId" = ${publicationId} AND "date" = ${date}::date FOR NO KEY UPDATE`;
  return rows[0]!.id;
}
