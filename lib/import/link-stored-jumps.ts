// Jumps whose two ends arrive in different imports. Pages of an issue come
// in any order (the front page often closes last), so both directions link:
// a new continuation (上接1版) answers an open jump already stored, and a new
// jump (下转2版) reaches a continuation already stored and waiting for it.
import "server-only";

import type { Prisma } from "@prisma/client";

import { jumpOf } from "@/lib/jumps/article-jumps";
import { markersPair, startsStory } from "@/lib/jumps/continuation-link";
import type { OcrWarning } from "@/lib/ocr/types";

import type { ImportRows } from "./build-import-rows";
import { type ArticlePart, headlineSimilarity } from "./group-article-parts";

interface StoredOpenJump {
  id: string;
  fromPage: number;
  toPage: number;
  headline: string;
}
interface StoredContinuation {
  placementId: string;
  page: number;
  fromPage: number;
  marker: string | null;
  headline: string;
}
export interface StoredJumpEnds {
  openJumps: StoredOpenJump[];
  continuations: StoredContinuation[];
}

export async function loadStoredJumpEnds(
  tx: Prisma.TransactionClient,
  issueId: string,
): Promise<StoredJumpEnds> {
  const [jumps, waiting] = await Promise.all([
    tx.jump.findMany({
      where: { toPlacementId: null, fromPlacement: { page: { issueId } } },
      select: {
        id: true,
        toPageNumber: true,
        fromPlacement: {
          select: {
            page: { select: { number: true } },
            article: { select: { headline: true } },
          },
        },
      },
    }),
    tx.placement.findMany({
      where: {
        page: { issueId },
        continuesFromPage: { not: null },
        jumpIn: { is: null },
      },
      select: {
        id: true,
        continuesFromPage: true,
        continuationMarker: true,
        page: { select: { number: true } },
        article: { select: { headline: true } },
      },
    }),
  ]);
  return {
    openJumps: jumps.map((j) => ({
      id: j.id,
      fromPage: j.fromPlacement.page.number,
      toPage: j.toPageNumber,
      headline: j.fromPlacement.article.headline,
    })),
    continuations: waiting.map((p) => ({
      placementId: p.id,
      page: p.page.number,
      fromPage: p.continuesFromPage!,
      marker: p.continuationMarker,
      headline: p.article.headline,
    })),
  };
}

function best<T extends { headline: string }>(
  candidates: T[],
  headline: string | null,
): T | undefined {
  let chosen: T | undefined;
  let score = -1;
  for (const c of candidates) {
    const s = headlineSimilarity(c.headline, headline);
    if (s > score) [chosen, score] = [c, s];
  }
  return chosen;
}

export interface ContinuationLink {
  part: ArticlePart;
  jumpId: string;
}

/** New continuations that answer stored open jumps; the others get a warning. */
export function matchNewContinuations(
  parts: readonly ArticlePart[],
  stored: StoredJumpEnds,
  warnings: OcrWarning[],
): ContinuationLink[] {
  const taken = new Set<string>();
  const links: ContinuationLink[] = [];
  for (const part of parts) {
    const fromPage = jumpOf(part.article.jumps, "from")?.page;
    const continuation = { page: part.page, fromPage: fromPage ?? null };
    const candidates = stored.openJumps.filter(
      (j) => !taken.has(j.id) && markersPair(j, continuation),
    );
    const jump = best(candidates, part.article.headline);
    if (!jump) {
      warnings.push({
        file: null,
        page: part.page,
        message: `“${part.article.headline ?? ""}” continues from page ${fromPage}, which holds no open jump to page ${part.page} yet; it will be linked when that page is imported.`,
      });
      continue;
    }
    taken.add(jump.id);
    links.push({ part, jumpId: jump.id });
  }
  return links;
}

/** Points new open jumps at stored continuations waiting for them (before the rows are inserted). */
export function linkNewJumps(rows: ImportRows, stored: StoredJumpEnds): number {
  const taken = new Set<string>();
  let linked = 0;
  for (const open of rows.openJumps) {
    const jump = { fromPage: open.fromPage, toPage: open.jump.toPageNumber };
    const candidates = stored.continuations.filter(
      (c) => !taken.has(c.placementId) && markersPair(jump, c),
    );
    const target = best(candidates, open.headline);
    if (!target) continue;
    taken.add(target.placementId);
    open.jump.toPlacementId = target.placementId;
    open.jump.markerIn = target.marker;
    linked++;
  }
  return linked;
}

/** `items` by `key`, each list in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Headlines compared as printed words: no spaces, full-width folded, a trailing （续） dropped. */
const bareHeadline = (h: string) =>
  h
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/[(（]?续[)）]?$/u, "");

/**
 * Whether `continuation` repeats the headline of the article it continues,
 * whole or shortened as papers print it over a continuation: its first
 * part (`勇挑大梁担使命 提质进位走前列` → `勇挑大梁担使命`), any of its
 * parts, or its beginning of at least four characters.
 */
export function repeatsHeadline(
  origin: string | null,
  continuation: string | null,
): boolean {
  if (!origin || !continuation) return false;
  const whole = bareHeadline(origin);
  const short = bareHeadline(continuation);
  if (short === "" || whole === "") return false;
  if (short === whole) return true;
  const pieces = origin
    .normalize("NFKC")
    .split(/[\s,，:：;；—―-]+/u)
    .map(bareHeadline)
    .filter((p) => p.length >= 2);
  if (pieces.length > 1 && pieces.includes(short)) return true;
  return Array.from(short).length >= 4 && whole.startsWith(short);
}

/**
 * After an import is inserted: its open jumps (下转N版 with no continuation
 * found by marker) link to an article repeating their headline on page N,
 * and stored open jumps to such an article this import brought; a waiting
 * continuation (上接M版) repeating the headline of an open jump from page M
 * links even when the 下转 marker named another page (the validation report
 * then shows the markers disagree). Only pairs with one end in this import
 * are considered, so a link an editor undid is never made again. Returns
 * how many jumps of earlier imports it completed (this import's own jumps
 * are counted with its rows).
 */
export async function linkJumpsByHeadline(
  tx: Prisma.TransactionClient,
  issueId: string,
  rows: ImportRows,
): Promise<number> {
  const fresh = new Set(rows.placements.map((p) => p.id!));
  const open = await tx.jump.findMany({
    where: {
      toPlacementId: null,
      fromPlacement: { page: { issueId }, article: { mergedIntoId: null } },
    },
    orderBy: [
      { fromPlacement: { page: { number: "asc" } } },
      { fromPlacement: { order: "asc" } },
    ],
    select: {
      id: true,
      toPageNumber: true,
      fromPlacement: {
        select: {
          id: true,
          articleId: true,
          page: { select: { number: true } },
          article: { select: { headline: true } },
        },
      },
    },
  });
  if (open.length === 0) return 0;
  const candidates = await tx.placement.findMany({
    where: {
      page: { issueId },
      jumpIn: { is: null },
      article: { mergedIntoId: null },
    },
    orderBy: [{ page: { number: "asc" } }, { order: "asc" }],
    select: {
      id: true,
      articleId: true,
      part: true,
      continuesFromPage: true,
      continuationMarker: true,
      page: { select: { number: true } },
      article: {
        select: { headline: true, _count: { select: { bylines: true } } },
      },
    },
  });
  // Only a continuation on the page the jump names, or one whose 上接 names the jump's page, can be
  // its target: candidates are bucketed by both, so each jump compares headlines with those alone
  // (comparing every jump with every placement froze the server for a second on a 1,000-article import).
  const byPage = groupBy(candidates, (c) => c.page.number);
  const byContinuedPage = groupBy(candidates, (c) => c.continuesFromPage);
  const taken = new Set<string>();
  let linked = 0;
  for (const jump of open) {
    const from = jump.fromPlacement;
    const fits = (c: (typeof candidates)[number]) =>
      !taken.has(c.id) &&
      c.articleId !== from.articleId &&
      (fresh.has(c.id) || fresh.has(from.id)) &&
      repeatsHeadline(from.article.headline, c.article.headline);
    // By the 下转 marker's page: a bare repeated headline, no byline of its own.
    const onPage = (byPage.get(jump.toPageNumber) ?? []).find(
      (c) => startsStory(c) && c.article._count.bylines === 0 && fits(c),
    );
    // By the continuation's 上接 marker, wherever it is.
    const byMarker = (byContinuedPage.get(from.page.number) ?? []).find(
      (c) => c.page.number !== from.page.number && fits(c),
    );
    const target = onPage ?? byMarker;
    if (!target) continue;
    taken.add(target.id);
    await tx.jump.update({
      where: { id: jump.id },
      data: { toPlacementId: target.id, markerIn: target.continuationMarker },
    });
    if (!fresh.has(from.id)) linked++;
  }
  return linked;
}
