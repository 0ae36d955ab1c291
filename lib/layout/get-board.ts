// The layout board of an issue as its client island receives it: a column
// per page (版) with its parts in order and its 字数 against capacity, the
// 未分配 pool, every card's jump badges with the markers generated from its
// links, and the validation report. Built from one loadLayout.
import "server-only";

import type { ArticleStatus } from "@prisma/client";

import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { markerIn, markerOut } from "@/lib/jumps/jump-markers";

import { getLayoutStamp } from "./get-layout-stamp";
import type {
  IssueLayout,
  LayoutArticle,
  LayoutIssue,
  LayoutPart,
} from "./layout-types";
import { loadLayout } from "./load-layout";
import {
  reportOf,
  type ValidationReport,
} from "./validation/validation-report";

export interface BoardCard {
  /** The drag-and-drop id: the placement id, or `article:<id>` for an unassigned article. */
  key: string;
  placementId: string | null;
  articleId: string;
  /** 1 where the article starts; 2… for its continuations (out of `partCount`). */
  part: number;
  partCount: number;
  kicker: string | null;
  headline: string;
  /** The first words of an untitled article's body, to name it (article-name.ts); null otherwise. */
  opening: string | null;
  /** As printed: `记者 林旭东`, `本报评论员`. */
  bylines: string[];
  status: ArticleStatus;
  /** 字数 of this part. */
  words: number;
  /** 下转: where this part continues, with the marker generated from the link. */
  jumpOut: {
    jumpId: string;
    page: number;
    marker: string;
    linked: boolean;
  } | null;
  /** 上接: where this part comes from. */
  jumpIn: { jumpId: string; page: number; marker: string } | null;
  /** A continuation still waiting for its origin (printed 上接M版, nothing linked). */
  waiting: { page: number | null; marker: string | null } | null;
}

export interface BoardColumn {
  pageId: string;
  number: number;
  name: string | null;
  capacity: number | null;
  /** 字数 of the parts on the page. */
  words: number;
  rubrics: string[];
  cards: BoardCard[];
}

export interface BoardData {
  issue: LayoutIssue;
  columns: BoardColumn[];
  /** 未分配: articles on no page. */
  unassigned: BoardCard[];
  report: ValidationReport;
  /** The version stamp the board polls for (get-layout-stamp.ts). */
  stamp: string;
}

const bylineText = (b: LayoutArticle["bylines"][number]) =>
  b.name ? `${b.label} ${b.name}` : b.label;

/** Arranges a loaded layout as the board shows it (pure). */
export function toBoard(layout: IssueLayout, stamp: string): BoardData {
  const articleById = new Map(layout.articles.map((a) => [a.id, a]));
  const partById = new Map(layout.parts.map((p) => [p.id, p]));
  const jumpOut = new Map(layout.jumps.map((j) => [j.fromPlacementId, j]));
  const jumpIn = new Map(
    layout.jumps
      .filter((j) => j.toPlacementId && partById.has(j.toPlacementId))
      .map((j) => [j.toPlacementId!, j]),
  );

  const card = (a: LayoutArticle, p: LayoutPart | null): BoardCard => {
    const out = p ? jumpOut.get(p.id) : undefined;
    const into = p ? jumpIn.get(p.id) : undefined;
    const target = out?.toPlacementId
      ? partById.get(out.toPlacementId)
      : undefined;
    const origin = into ? partById.get(into.fromPlacementId) : undefined;
    const toPage = target?.pageNumber ?? out?.toPageNumber;
    return {
      key: p ? p.id : `article:${a.id}`,
      placementId: p?.id ?? null,
      articleId: a.id,
      part: p?.part ?? 1,
      partCount: Math.max(1, p?.partCount ?? 1),
      kicker: a.kicker,
      headline: a.headline,
      opening: a.opening ?? null,
      bylines: a.bylines.map(bylineText),
      status: a.status,
      words: p?.words ?? a.wordCount,
      jumpOut:
        out && toPage !== undefined
          ? {
              jumpId: out.id,
              page: toPage,
              marker: markerOut(toPage),
              linked: Boolean(target),
            }
          : null,
      jumpIn:
        into && origin
          ? {
              jumpId: into.id,
              page: origin.pageNumber,
              marker: markerIn(origin.pageNumber),
            }
          : null,
      waiting:
        p && !origin && (p.part > 1 || p.continuesFromPage !== null)
          ? { page: p.continuesFromPage, marker: p.continuationMarker }
          : null,
    };
  };

  const partsOn = new Map<string, LayoutPart[]>();
  for (const p of layout.parts) {
    const list = partsOn.get(p.pageId);
    if (list) list.push(p);
    else partsOn.set(p.pageId, [p]);
  }
  const columns = layout.pages.map((page): BoardColumn => {
    const parts = partsOn.get(page.id) ?? [];
    return {
      pageId: page.id,
      number: page.number,
      name: page.name,
      capacity: page.capacity,
      words: parts.reduce((n, p) => n + p.words, 0),
      rubrics: page.rubrics,
      cards: parts.map((p) => card(articleById.get(p.articleId)!, p)),
    };
  });
  return {
    issue: layout.issue,
    columns,
    unassigned: layout.articles
      .filter((a) => a.partIds.length === 0)
      .map((a) => card(a, null)),
    report: reportOf(layout),
    stamp,
  };
}

/** The board of an issue, or null for an unknown one. */
export async function getBoard(
  prisma: Db,
  issueId: string,
): Promise<BoardData | null> {
  // The stamp first: a change landing in between makes the next poll reload.
  const stamp = await getLayoutStamp(prisma, issueId).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    },
  );
  if (!stamp) return null;
  const layout = await loadLayout(prisma, issueId);
  return layout ? toBoard(layout, stamp.stamp) : null;
}
