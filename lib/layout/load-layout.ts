// Reads an issue's layout in at most four queries: the issue with its pages and
// waivers, its articles (not merged away) with bylines, parts and jumps, the
// bodies of the articles that run over several pages (to count each part's
// 字数), and the text of untitled articles (to name them by their first words). Works inside a layout transaction too.
import "server-only";

import type { Prisma } from "@prisma/client";

import { openingWords } from "@/lib/articles/article-name";
import { bodyBlockTexts, partCharacters } from "@/lib/articles/part-blocks";
import type { Db } from "@/lib/db/client";

import type { IssueLayout, LayoutJump, LayoutPart } from "./layout-types";

/** The issue's layout, or null for an unknown issue. */
export async function loadLayout(
  prisma: Db | Prisma.TransactionClient,
  issueId: string,
): Promise<IssueLayout | null> {
  // The version first, then what it versions: a move committed in between
  // makes the version read older than the parts, so a move made on this
  // board is checked as out of date rather than trusted.
  const issue = await prisma.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      date: true,
      number: true,
      status: true,
      layoutVersion: true,
      publicationId: true,
      publication: { select: { name: true } },
      pages: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          capacity: true,
          rubrics: true,
        },
      },
      waivers: {
        orderBy: { createdAt: "asc" },
        select: {
          finding: true,
          reason: true,
          createdAt: true,
          waivedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!issue) return null;
  const articles = await prisma.article.findMany({
    where: { issueId, mergedIntoId: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kicker: true,
      headline: true,
      deck: true,
      genre: true,
      status: true,
      wordCount: true,
      bylines: {
        orderBy: { order: "asc" },
        select: {
          role: true,
          label: true,
          contributor: { select: { name: true } },
        },
      },
      placements: {
        orderBy: { part: "asc" },
        select: {
          id: true,
          pageId: true,
          order: true,
          part: true,
          startBlock: true,
          startAnchor: true,
          continuesFromPage: true,
          continuationMarker: true,
          jumpOut: {
            select: {
              id: true,
              toPlacementId: true,
              toPageNumber: true,
              markerOut: true,
              markerIn: true,
            },
          },
        },
      },
    },
  });
  const jumped = articles
    .filter((a) => a.placements.length > 1)
    .map((a) => a.id);
  const bodies = jumped.length
    ? await prisma.article.findMany({
        where: { id: { in: jumped } },
        select: { id: true, body: true },
      })
    : [];
  const blocksOf = new Map(bodies.map((b) => [b.id, bodyBlockTexts(b.body)]));
  // Untitled articles (a split half before it gets a headline) are named by their first words.
  const untitled = articles.filter((a) => !a.headline.trim()).map((a) => a.id);
  const texts = untitled.length
    ? await prisma.article.findMany({
        where: { id: { in: untitled } },
        select: { id: true, bodyText: true },
      })
    : [];
  const openingOf = new Map(
    texts.map((t) => [t.id, openingWords(t.bodyText.slice(0, 200))]),
  );
  const pageNumber = new Map(issue.pages.map((p) => [p.id, p.number]));

  const parts: LayoutPart[] = [];
  const jumps: LayoutJump[] = [];
  for (const a of articles) {
    const words =
      a.placements.length > 1
        ? partCharacters(blocksOf.get(a.id) ?? [], a.placements)
        : [a.wordCount];
    a.placements.forEach((p, k) => {
      parts.push({
        id: p.id,
        articleId: a.id,
        pageId: p.pageId,
        pageNumber: pageNumber.get(p.pageId) ?? 0,
        order: p.order,
        part: p.part,
        partCount: a.placements.length,
        words: words[k] ?? 0,
        startBlock: p.startBlock,
        continuesFromPage: p.continuesFromPage,
        continuationMarker: p.continuationMarker,
      });
      if (p.jumpOut) jumps.push({ ...p.jumpOut, fromPlacementId: p.id });
    });
  }
  parts.sort((x, y) => x.pageNumber - y.pageNumber || x.order - y.order);
  const start = new Map(
    parts.filter((p) => p.part === 1).map((p, i) => [p.articleId, i]),
  );
  const ordered = [...articles].sort(
    (x, y) =>
      (start.get(x.id) ?? Number.MAX_SAFE_INTEGER) -
      (start.get(y.id) ?? Number.MAX_SAFE_INTEGER),
  );

  return {
    issue: {
      id: issue.id,
      date: issue.date.toISOString().slice(0, 10),
      number: issue.number,
      status: issue.status,
      layoutVersion: issue.layoutVersion,
      publicationId: issue.publicationId,
      publicationName: issue.publication.name,
    },
    pages: issue.pages,
    parts,
    articles: ordered.map((a) => ({
      id: a.id,
      kicker: a.kicker,
      headline: a.headline,
      deck: a.deck,
      genre: a.genre,
      status: a.status,
      wordCount: a.wordCount,
      bylines: a.bylines.map((b) => ({
        role: b.role,
        label: b.label,
        name: b.contributor?.name ?? null,
      })),
      partIds: a.placements.map((p) => p.id),
      opening: openingOf.get(a.id) ?? null,
    })),
    jumps,
    waivers: issue.waivers.map((w) => ({
      finding: w.finding,
      reason: w.reason,
      waivedBy: w.waivedBy?.name ?? null,
      createdAt: w.createdAt.toISOString(),
    })),
  };
}
