import "server-only";

import type { Db } from "@/lib/db/client";

/**
 * The articles of an issue in reading order (page, then position on the
 * page; unplaced ones last), without those merged into another: id,
 * headline and the page where each starts (null when unplaced).
 */
export async function listIssueArticles(
  prisma: Db,
  issueId: string,
): Promise<{ id: string; headline: string; page: number | null }[]> {
  const rows = await prisma.article.findMany({
    where: { issueId, mergedIntoId: null },
    select: {
      id: true,
      headline: true,
      placements: {
        where: { part: 1 },
        select: { order: true, page: { select: { number: true } } },
      },
    },
  });
  const key = (r: (typeof rows)[number]) => {
    const p = r.placements[0];
    return p ? p.page.number * 100_000 + p.order : Number.MAX_SAFE_INTEGER;
  };
  return rows
    .sort((a, b) => key(a) - key(b))
    .map((r) => ({
      id: r.id,
      headline: r.headline,
      page: r.placements[0]?.page.number ?? null,
    }));
}
