// Everything the correction desk's editor screen shows for one article, in
// one call: content and version, status, where it runs, the untouched OCR
// text beside it, repairs, suggestions, history, neighbours, who is here.
import "server-only";

import type { ArticleStatus, OcrFormat } from "@prisma/client";

import type { Db } from "@/lib/db/client";
import type { OcrWord } from "@/lib/ocr/types";

import type { ArticleSnapshot } from "./article-snapshot";
import { loadLearnedPairIndex } from "./learned/load-learned-pairs";
import {
  repairSelect,
  type RepairView,
  repairViews,
} from "./list-article-repairs";
import { type RevisionListItem, revisionListQuery } from "./list-revisions";
import { readOcrWords } from "./lock-article";
import { articleNotFound } from "./not-found-error";
import { PRESENCE_TTL_MS, type PresentEditor } from "./presence";
import { articleContentSelect, snapshotOfArticle } from "./read-snapshot";
import type { Suggestion } from "./suggestions/compute-suggestions";
import { suggestionsFor } from "./write-article-version";

export interface EditorPlacement {
  id: string;
  /** 1 where the article starts, 2… for continuations. */
  part: number;
  page: { id: string; number: number; name: string | null };
  /** 下转N版: where this part continues. */
  jumpOut: { toPageNumber: number; marker: string } | null;
  /** 上接N版: where this part comes from. */
  jumpIn: { fromPageNumber: number; marker: string | null } | null;
}

export interface ArticleForEditor {
  id: string;
  issue: {
    id: string;
    date: string;
    publicationId: string;
    publicationName: string;
  };
  version: number;
  status: ArticleStatus;
  snapshot: ArticleSnapshot;
  wordCount: number;
  updatedAt: string;
  /** Set when merged into another article (the editor then offers to open it or undo). */
  mergedIntoId: string | null;
  splitFromId: string | null;
  placements: EditorPlacement[];
  /** The article as OCR read it, before repairs; an article split off shows its parent's. */
  original: {
    text: string | null;
    source: {
      id: string;
      fileName: string;
      format: OcrFormat;
      encoding: string;
    } | null;
    /** ALTO word confidences (block/offset in the imported text). */
    words: OcrWord[];
  };
  repairs: RepairView[];
  suggestions: Suggestion[];
  revisions: RevisionListItem[];
  /** Neighbours in issue order (page, then position): for next/previous article keys. */
  previousId: string | null;
  nextId: string | null;
  /** Tabs with the article open now (the caller's own tab joins with its first heartbeat). */
  present: PresentEditor[];
}

/** The editor's data for an article; NotFoundError if there is none. */
export async function getArticleForEditor(
  prisma: Db,
  articleId: string,
): Promise<ArticleForEditor> {
  const row = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      ...articleContentSelect,
      id: true,
      version: true,
      status: true,
      wordCount: true,
      updatedAt: true,
      mergedIntoId: true,
      splitFromId: true,
      ocrText: true,
      ocrWords: true,
      dismissedSuggestions: true,
      ocrSource: {
        select: { id: true, fileName: true, format: true, encoding: true },
      },
      splitFrom: { select: { ocrText: true } },
      issue: {
        select: {
          id: true,
          date: true,
          publicationId: true,
          publication: { select: { name: true, learnedPairsRevision: true } },
        },
      },
      placements: {
        orderBy: { part: "asc" },
        select: {
          id: true,
          part: true,
          continuationMarker: true,
          continuesFromPage: true,
          page: { select: { id: true, number: true, name: true } },
          jumpOut: { select: { toPageNumber: true, markerOut: true } },
          jumpIn: {
            select: {
              markerIn: true,
              fromPlacement: { select: { page: { select: { number: true } } } },
            },
          },
        },
      },
      repairs: { select: repairSelect },
      revisions: revisionListQuery,
    },
  });
  if (!row) throw articleNotFound();
  const [order, present, learned] = await Promise.all([
    issueReadingOrder(prisma, row.issue.id),
    prisma.articlePresence.findMany({
      where: {
        articleId,
        lastSeenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) },
      },
      orderBy: { createdAt: "asc" },
      select: {
        userId: true,
        sessionId: true,
        holding: true,
        lastSeenAt: true,
        user: { select: { name: true } },
      },
    }),
    loadLearnedPairIndex(
      prisma,
      row.issue.publicationId,
      row.issue.publication.learnedPairsRevision,
    ),
  ]);
  const snapshot = snapshotOfArticle(row);
  const ocrWords = readOcrWords(row.ocrWords);
  const at = order.indexOf(articleId);
  return {
    id: row.id,
    issue: {
      id: row.issue.id,
      date: row.issue.date.toISOString().slice(0, 10),
      publicationId: row.issue.publicationId,
      publicationName: row.issue.publication.name,
    },
    version: row.version,
    status: row.status,
    snapshot,
    wordCount: row.wordCount,
    updatedAt: row.updatedAt.toISOString(),
    mergedIntoId: row.mergedIntoId,
    splitFromId: row.splitFromId,
    placements: row.placements.map((p) => ({
      id: p.id,
      part: p.part,
      page: p.page,
      jumpOut: p.jumpOut
        ? { toPageNumber: p.jumpOut.toPageNumber, marker: p.jumpOut.markerOut }
        : null,
      jumpIn: p.jumpIn
        ? {
            fromPageNumber: p.jumpIn.fromPlacement.page.number,
            marker: p.jumpIn.markerIn,
          }
        : p.continuesFromPage !== null
          ? {
              fromPageNumber: p.continuesFromPage,
              marker: p.continuationMarker,
            }
          : null,
    })),
    original: {
      text: row.ocrText ?? row.splitFrom?.ocrText ?? null,
      source: row.ocrSource,
      words: ocrWords,
    },
    repairs: repairViews(row.repairs, snapshot),
    suggestions: suggestionsFor(
      snapshot,
      { ocrWords },
      row.dismissedSuggestions,
      learned,
    ),
    revisions: row.revisions.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
    })),
    previousId: at > 0 ? order[at - 1]! : null,
    nextId: at >= 0 && at < order.length - 1 ? order[at + 1]! : null,
    present: present.map((p) => ({
      userId: p.userId,
      name: p.user.name,
      holding: p.holding,
      lastSeenAt: p.lastSeenAt.toISOString(),
    })),
  };
}

/** Ids of the issue's listed articles (not merged away) in page order, each where it starts. */
async function issueReadingOrder(
  prisma: Db,
  issueId: string,
): Promise<string[]> {
  const starts = await prisma.placement.findMany({
    where: { part: 1, page: { issueId }, article: { mergedIntoId: null } },
    orderBy: [{ page: { number: "asc" } }, { order: "asc" }],
    select: { articleId: true },
  });
  return starts.map((s) => s.articleId);
}
