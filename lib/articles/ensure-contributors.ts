import "server-only";

import type { Prisma } from "@prisma/client";

import type { OcrPage } from "@/lib/ocr/types";

/** Contributor ids by name for every person credited on these pages, creating the new ones. */
export async function ensureContributors(
  tx: Prisma.TransactionClient,
  publicationId: string,
  pages: readonly OcrPage[],
): Promise<Map<string, string>> {
  return contributorIdsByName(
    tx,
    publicationId,
    pages.flatMap((p) =>
      p.articles.flatMap((a) => a.bylines.flatMap((b) => b.names)),
    ),
  );
}

/** Contributor ids of the publication by name, creating those new to it (names may repeat). */
export async function contributorIdsByName(
  tx: Prisma.TransactionClient,
  publicationId: string,
  credited: readonly string[],
): Promise<Map<string, string>> {
  const names = [...new Set(credited)];
  if (names.length === 0) return new Map();
  await tx.contributor.createMany({
    data: names.map((name) => ({ publicationId, name })),
    skipDuplicates: true,
  });
  const rows = await tx.contributor.findMany({
    where: { publicationId, name: { in: names } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.name, r.id]));
}
