// Find across an issue (a misspelt name in every article): a page of matches
// in the kicker, headline, deck and body of each listed article, with context,
// shown before anything is replaced. Bounded (issue 14 item 1): one page of
// matches, a total counted up to a cap and a time budget, and the event loop
// is given back every few milliseconds, so one search over an article of a
// million "，" neither fills the server's memory nor stops other requests.
import "server-only";

import { setImmediate as nextTurn } from "node:timers/promises";

import { z } from "zod";

import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import {
  type MatchPosition,
  matchPositions,
  searchableFields,
  type TextMatch,
  withContext,
} from "@/lib/articles/find/find-matches";
import { issueNotFound } from "@/lib/articles/not-found-error";
import {
  articleContentSelect,
  snapshotOfArticle,
} from "@/lib/articles/read-snapshot";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import {
  FIND_COUNT_BUDGET_MS,
  FIND_COUNT_CAP,
  FIND_PAGE_SIZE,
} from "./find-limits";

/** Work (ms) done before the event loop is given back to other requests. */
const SLICE_MS = 8;

const oneLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\r\n]/.test(s), "one line");

/** The body of POST /api/issues/:id/find. */
export const findRequestSchema = z
  .object({
    query: oneLine(200).pipe(z.string().min(1)),
    /** Latin letters only: Chinese has no case. */
    caseSensitive: z.boolean().default(false),
    /** The `next` of the previous page: matches after this match id. */
    after: z.string().min(1).max(300).optional(),
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
  /** At most FIND_PAGE_SIZE matches, in page order, after `after` when given. */
  matches: IssueMatch[];
  /** Matches in the whole issue; a lower bound when totalCapped. */
  total: number;
  /** True when counting stopped at FIND_COUNT_CAP or at its time budget. */
  totalCapped: boolean;
  /** Articles with a match; a lower bound when totalCapped. */
  articleCount: number;
  /** Pass as `after` for the following page; null on the last page. */
  next: string | null;
}

/** `articleId:version:field:block:offset`, the id of a match at one article version. */
export const matchId = (
  articleId: string,
  version: number,
  m: Pick<MatchPosition, "field" | "block" | "offset">,
) => `${articleId}:${version}:${m.field}:${m.block}:${m.offset}`;

/** A match id read back; null when it is not one. */
export function parseMatchId(
  id: string,
):
  | ({ articleId: string; version: number } & Pick<
      MatchPosition,
      "field" | "block" | "offset"
    >)
  | null {
  const parts = id.split(":");
  if (parts.length !== 5) return null;
  const [articleId, version, field, block, offset] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  const n = (s: string) => (/^-?\d{1,9}$/.test(s) ? Number(s) : NaN);
  const position = {
    articleId,
    version: n(version),
    field: field as MatchPosition["field"],
    block: n(block),
    offset: n(offset),
  };
  if (!articleId || !searchableFields.includes(position.field)) return null;
  if (
    ![position.version, position.block, position.offset].every(
      Number.isInteger,
    ) ||
    position.offset < 0
  )
    return null;
  return position;
}

const staleCursor = () =>
  new ValidationError(
    "The issue changed since this search; search again.",
    "查找之后本期有改动，请重新查找。",
  );

/** Gives the event loop back once `sliceMs` of work has passed; call it often. */
function slicer(sliceMs: number) {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}

interface SearchedArticle {
  id: string;
  version: number;
  headline: string;
  pageNumber: number | null;
  snapshot: ArticleSnapshot;
}

/**
 * A page of matches in the issue's articles (not those merged away), in page
 * order, with the total counted up to FIND_COUNT_CAP / FIND_COUNT_BUDGET_MS.
 * NotFoundError for an unknown issue; ValidationError for an `after` that is
 * not a match id of this issue's articles.
 */
export async function findInIssue(
  prisma: Db,
  issueId: string,
  request: FindRequest,
  /** sliceMs: work between turns given back (tests set 0 to give back at every check). */
  { sliceMs = SLICE_MS }: { sliceMs?: number } = {},
): Promise<FindResult> {
  const { query, caseSensitive, after } = findRequestSchema.parse(request);
  const cursor = after === undefined ? null : parseMatchId(after);
  if (after !== undefined && !cursor) throw staleCursor();
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      articles: {
        where: { mergedIntoId: null },
        select: {
          ...articleContentSelect,
          id: true,
          version: true,
          placements: {
            where: { part: 1 },
            select: { order: true, page: { select: { number: true } } },
          },
        },
      },
    },
  });
  if (!issue) throw issueNotFound();
  const place = (a: (typeof issue.articles)[number]) => {
    const p = a.placements[0];
    return p ? p.page.number * 100_000 + p.order : Number.MAX_SAFE_INTEGER;
  };
  const articles: SearchedArticle[] = [...issue.articles]
    .sort((a, b) => place(a) - place(b) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      version: a.version,
      headline: a.headline,
      pageNumber: a.placements[0]?.page.number ?? null,
      snapshot: snapshotOfArticle(a),
    }));
  const pause = slicer(sliceMs);

  // The page: from the cursor's article on, one match more than the page to know whether there is a next.
  const start = cursor
    ? articles.findIndex((a) => a.id === cursor.articleId)
    : 0;
  if (start < 0) throw staleCursor();
  const matches: IssueMatch[] = [];
  let more = false;
  page: for (let i = start; i < articles.length; i++) {
    const a = articles[i]!;
    let n = 0;
    for (const p of matchPositions(
      a.snapshot,
      query,
      caseSensitive,
      i === start && cursor ? cursor : undefined,
    )) {
      if (matches.length === FIND_PAGE_SIZE) {
        more = true;
        break page;
      }
      matches.push({
        ...withContext(p),
        id: matchId(a.id, a.version, p),
        articleId: a.id,
        headline: a.headline,
        pageNumber: a.pageNumber,
        version: a.version,
      });
      if (++n % 256 === 0) await pause();
    }
    await pause();
  }

  // The count, from the issue's start: bounded in matches and in time.
  const deadline = performance.now() + FIND_COUNT_BUDGET_MS;
  let total = 0;
  let articleCount = 0;
  let totalCapped = false;
  count: for (const a of articles) {
    let inArticle = 0;
    for (const _ of matchPositions(a.snapshot, query, caseSensitive)) {
      if (inArticle === 0) articleCount++;
      inArticle++;
      // Past the cap, only whether each further article has a match at all.
      if (total === FIND_COUNT_CAP) {
        totalCapped = true;
        break;
      }
      total++;
      if (inArticle % 256 === 0) {
        if (performance.now() > deadline) {
          totalCapped = true;
          break count;
        }
        await pause();
      }
    }
    if (performance.now() > deadline) {
      totalCapped = a !== articles.at(-1) || totalCapped;
      break;
    }
    await pause();
  }
  return {
    query,
    matches,
    total,
    totalCapped,
    articleCount,
    next: more ? matches.at(-1)!.id : null,
  };
}
