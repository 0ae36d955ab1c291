// Find across an issue (a misspelt name in every article): every match in
// the kicker, headline, deck and body of each listed article, with context,
// shown before anything is replaced.
import "server-only";

import { z } from "zod";

import { findMatches, type TextMatch } from "@/lib/articles/find/find-matches";
import { NotFoundError } from "@/lib/articles/not-found-error";
import { articleContentSelect, snapshotOfArticle } from "@/lib/articles/read-snapshot";
import type { Db } from "@/lib/db/client";

const oneLine = (max: number) => z.string().max(max).refine((s) => !/[\r\n]/.test(s), "one line");

/** The body of POST /api/issues/:id/find. */
export const findRequestSchema = z
  .object({
    query: oneLine(200).pipe(z.string().min(1)),
    /** Latin letters only: Chinese has no case. */
    caseSensitive: z.boolean().default(false),
  })
  .strict();
export type FindRequest = z.input<typeof findRequestSchema>;

export interface IssueMatch extends TextMatch {
  /** Names this match at this article version; replaceInIssue takes these. */
  id: string;
  articleId: string;
  headline: string;
  /** Page the article starts on. */
  pageNumber: number | null;
  version: number;
}

/** POST /api/issues/:id/find answers this. */
export interface FindResult {
  query: string;
  matches: IssueMatch[];
  articleCount: number;
}

export const matchId = (articleId: string, version: number, m: Pick<TextMatch, "field" | "block" | "offset">) =>
  `${articleId}:${version}:${m.field}:${m.block}:${m.offset}`;

export const issueNotFound = () => new NotFoundError("This issue does not exist.", "找不到这一期。");

/** Matches in the issue's articles (not those merged away), in page order. NotFoundError for an unknown issue. */
export async function findInIssue(prisma: Db, issueId: string, request: FindRequest): Promise<FindResult> {
  const { query, caseSensitive } = findRequestSchema.parse(request);
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      articles: {
        where: { mergedIntoId: null },
        select: {
          ...articleContentSelect,
          id: true,
          version: true,
          placements: { where: { part: 1 }, select: { order: true, page: { select: { number: true } } } },
        },
      },
    },
  });
  if (!issue) throw issueNotFound();
  const place = (a: (typeof issue.articles)[number]) => {
    const p = a.placements[0];
    return p ? p.page.number * 100_000 + p.order : Number.MAX_SAFE_INTEGER;
  };
  const articles = [...issue.articles].sort((a, b) => place(a) - place(b));
  const matches: IssueMatch[] = [];
  let articleCount = 0;
  for (const a of articles) {
    const found = findMatches(snapshotOfArticle(a), query, caseSensitive);
    if (found.length) articleCount++;
    for (const m of found) {
      matches.push({
        ...m,
        id: matchId(a.id, a.version, m),
        articleId: a.id,
        headline: a.headline,
        pageNumber: a.placements[0]?.page.number ?? null,
        version: a.version,
      });
    }
  }
  return { query, matches, articleCount };
}
