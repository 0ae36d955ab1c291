// Bylines are stored as rows linked to the publication's contributors; a
// save replaces them all, creating contributors for names new to the paper.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { SnapshotByline } from "./article-snapshot";
import { contributorIdsByName } from "./ensure-contributors";

/** Replaces the article's byline rows by these, in this order. */
export async function replaceBylines(
  tx: Prisma.TransactionClient,
  articleId: string,
  publicationId: string,
  bylines: readonly SnapshotByline[],
): Promise<void> {
  await tx.byline.deleteMany({ where: { articleId } });
  if (bylines.length === 0) return;
  const ids = await contributorIdsByName(
    tx,
    publicationId,
    bylines.flatMap((b) => (b.name ? [b.name] : [])),
  );
  await tx.byline.createMany({
    data: bylines.map((b, order) => ({
      articleId,
      role: b.role,
      label: b.label,
      contributorId: b.name ? (ids.get(b.name) ?? null) : null,
      order,
    })),
  });
}

/** Whether two byline lists are the same credits in the same order. */
export function sameBylines(
  a: readonly SnapshotByline[],
  b: readonly SnapshotByline[],
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.role === b[i]!.role &&
        x.label === b[i]!.label &&
        x.name === b[i]!.name,
    )
  );
}
