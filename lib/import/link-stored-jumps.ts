// Jumps whose two ends arrive in different imports. Pages of an issue come
// in any order (the front page often closes last), so both directions link:
// a new continuation (上接1版) answers an open jump already stored, and a new
// jump (下转2版) reaches a continuation already stored and waiting for it.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { OcrWarning } from "@/lib/ocr/types";

import type { ImportRows } from "./build-import-rows";
import { headlineSimilarity, type ArticlePart } from "./group-article-parts";

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

export async function loadStoredJumpEnds(tx: Prisma.TransactionClient, issueId: string): Promise<StoredJumpEnds> {
  const [jumps, waiting] = await Promise.all([
    tx.jump.findMany({
      where: { toPlacementId: null, fromPlacement: { page: { issueId } } },
      select: {
        id: true,
        toPageNumber: true,
        fromPlacement: { select: { page: { select: { number: true } }, article: { select: { headline: true } } } },
      },
    }),
    tx.placement.findMany({
      where: { page: { issueId }, continuesFromPage: { not: null }, jumpIn: { is: null } },
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

function best<T extends { headline: string }>(candidates: T[], headline: string | null): T | undefined {
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
    const fromPage = part.article.jumps.find((j) => j.direction === "from")?.page;
    const candidates = stored.openJumps.filter((j) => !taken.has(j.id) && j.toPage === part.page && j.fromPage === fromPage);
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
    const candidates = stored.continuations.filter(
      (c) => !taken.has(c.placementId) && c.page === open.jump.toPageNumber && c.fromPage === open.fromPage,
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
