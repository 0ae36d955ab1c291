import "server-only";

import type { Db } from "@/lib/db/client";

/** An issue with its pages and, per page, its article parts in order. */
export async function getIssueOverview(prisma: Db, issueId: string) {
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      date: true,
      number: true,
      status: true,
      publication: { select: { name: true } },
      pages: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          furniture: true,
          rubrics: true,
          placements: {
            orderBy: { order: "asc" },
            select: {
              id: true,
              part: true,
              jumpOut: { select: { toPageNumber: true, markerOut: true, toPlacementId: true } },
              jumpIn: { select: { fromPlacement: { select: { page: { select: { number: true } } } } } },
              article: {
                select: {
                  id: true,
                  kicker: true,
                  headline: true,
                  deck: true,
                  wordCount: true,
                  bylines: {
                    orderBy: { order: "asc" },
                    select: { label: true, role: true, contributor: { select: { name: true } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!issue) return null;
  return { ...issue, date: issue.date.toISOString().slice(0, 10) };
}
export type IssueOverview = NonNullable<Awaited<ReturnType<typeof getIssueOverview>>>;
