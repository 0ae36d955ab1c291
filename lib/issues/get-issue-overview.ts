import "server-only";

import type { ArticleStatus } from "@prisma/client";

import type { Db } from "@/lib/db/client";

/** Correction progress of a page: articles by status (待校/校对中/已校对/签发) and open suggestions. */
export interface PageProgress {
  IMPORTED: number;
  EDITING: number;
  PROOFREAD: number;
  APPROVED: number;
  suggestions: number;
}

/**
 * An issue with its pages and, per page, its article parts in order (articles
 * merged into another are left out) and the page's correction progress; null
 * for an unknown issue.
 */
export async function getIssueOverview(prisma: Db, issueId: string) {
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      date: true,
      number: true,
      status: true,
      publication: { select: { id: true, name: true } },
      pages: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          furniture: true,
          rubrics: true,
          placements: {
            where: { article: { mergedIntoId: null } },
            orderBy: { order: "asc" },
            select: {
              id: true,
              part: true,
              jumpOut: {
                select: {
                  toPageNumber: true,
                  markerOut: true,
                  toPlacementId: true,
                },
              },
              jumpIn: {
                select: {
                  fromPlacement: {
                    select: { page: { select: { number: true } } },
                  },
                },
              },
              article: {
                select: {
                  id: true,
                  kicker: true,
                  headline: true,
                  deck: true,
                  wordCount: true,
                  status: true,
                  suggestionCount: true,
                  bylines: {
                    orderBy: { order: "asc" },
                    select: {
                      label: true,
                      role: true,
                      contributor: { select: { name: true } },
                    },
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
  const pages = issue.pages.map((page) => {
    const progress: PageProgress = {
      IMPORTED: 0,
      EDITING: 0,
      PROOFREAD: 0,
      APPROVED: 0,
      suggestions: 0,
    };
    // An article counts once per page it runs on.
    const seen = new Set<string>();
    for (const { article } of page.placements) {
      if (seen.has(article.id)) continue;
      seen.add(article.id);
      progress[article.status satisfies ArticleStatus]++;
      progress.suggestions += article.suggestionCount;
    }
    return { ...page, progress };
  });
  return { ...issue, pages, date: issue.date.toISOString().slice(0, 10) };
}
export type IssueOverview = NonNullable<
  Awaited<ReturnType<typeof getIssueOverview>>
>;
