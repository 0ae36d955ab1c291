// GET /api/issues/:id/layout/articles/:articleId: what the split dialog
// offers — the article's paragraphs (type and opening words) at its current
// version, and where its parts start and run.
import "server-only";

import { articleNotFound } from "@/lib/articles/not-found-error";
import { bodyBlockTexts, partRanges } from "@/lib/articles/part-blocks";
import type { Db } from "@/lib/db/client";

export interface ArticlePartsView {
  articleId: string;
  /** The version the paragraphs are of: a split names it. */
  version: number;
  headline: string;
  /** Every body block: its index, kind and up to 40 characters of its text. */
  blocks: {
    index: number;
    type: "paragraph" | "subhead" | "caption";
    text: string;
  }[];
  parts: {
    placementId: string;
    part: number;
    pageNumber: number;
    start: number;
    end: number;
  }[];
}

const EXCERPT = 40;

/** The article's paragraphs and parts; NotFoundError for an article not in this issue (or merged away). */
export async function getArticleParts(
  prisma: Db,
  issueId: string,
  articleId: string,
): Promise<ArticlePartsView> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      issueId: true,
      mergedIntoId: true,
      version: true,
      headline: true,
      body: true,
      placements: {
        orderBy: { part: "asc" },
        select: {
          id: true,
          part: true,
          startBlock: true,
          startAnchor: true,
          page: { select: { number: true } },
        },
      },
    },
  });
  if (!article || article.issueId !== issueId || article.mergedIntoId)
    throw articleNotFound();
  const nodes =
    (article.body as { content?: { type?: string }[] }).content ?? [];
  const texts = bodyBlockTexts(article.body);
  const ranges = partRanges(texts, article.placements);
  return {
    articleId,
    version: article.version,
    headline: article.headline,
    blocks: nodes.map((n, index) => ({
      index,
      type:
        n.type === "heading"
          ? "subhead"
          : n.type === "caption"
            ? "caption"
            : "paragraph",
      text: Array.from(texts[index]!).slice(0, EXCERPT).join(""),
    })),
    parts: article.placements.map((p, k) => ({
      placementId: p.id,
      part: p.part,
      pageNumber: p.page.number,
      ...ranges[k]!,
    })),
  };
}
