// One page (版) as readers will see it: its rubrics and the parts of its
// articles in order — a story's start with kicker, headline, deck, bylines
// and dateline; a continuation under its repeated headline — each with the
// body paragraphs of that part as sanitized HTML and the jump markers
// generated from the links, pointing at the other part's page.
import "server-only";

import type { BylineRole, Prisma } from "@prisma/client";

import { bodyBlockTexts, partRanges } from "@/lib/articles/part-blocks";
import { renderArticleBody } from "@/lib/articles/render/render-article-body";
import type { Db } from "@/lib/db/client";
import { markerIn, markerOut } from "@/lib/jumps/jump-markers";

/** A link from a part to the part it continues or continues on. */
export interface PartLink {
  /** （下转N版） or （上接M版）, generated from the link. */
  marker: string;
  page: number;
  /** The other part, to link to; null while the jump waits for its continuation. */
  placementId: string | null;
}

export interface PagePart {
  placementId: string;
  articleId: string;
  /** 1 where the article starts; 2… for continuations. */
  part: number;
  partCount: number;
  kicker: string | null;
  headline: string;
  deck: string | null;
  dateline: string | null;
  /** The article's 栏目 (一把手访谈), printed above its start; null on a continuation part. */
  rubric: string | null;
  bylines: { role: BylineRole; label: string; name: string | null }[];
  /** The paragraphs of this part, as sanitized HTML. */
  bodyHtml: string;
  /** 上接: printed before the body of a continuation. */
  jumpIn: PartLink | null;
  /** 下转: printed after the body of a part that continues. */
  jumpOut: PartLink | null;
}

export interface PageView {
  issue: {
    id: string;
    date: string;
    number: number | null;
    publicationName: string;
  };
  /**
   * `rubrics`: the page's rubrics that belong to no article starting on it (printed at the top of
   * the page); an article's own rubric is printed above that article (PagePart.rubric).
   */
  page: {
    id: string;
    number: number;
    name: string | null;
    rubrics: string[];
    furniture: string[];
  };
  /** The issue's pages, for moving between them. */
  pages: { number: number; name: string | null }[];
  parts: PagePart[];
}

/**
 * Page `number` of the issue, or null when the issue has no such page. Takes
 * a transaction too: a publish reads every page inside its own.
 */
export async function getPageView(
  prisma: Db | Prisma.TransactionClient,
  issueId: string,
  number: number,
): Promise<PageView | null> {
  const page = await prisma.page.findUnique({
    where: { issueId_number: { issueId, number } },
    select: {
      id: true,
      number: true,
      name: true,
      rubrics: true,
      furniture: true,
      issue: {
        select: {
          id: true,
          date: true,
          number: true,
          publication: { select: { name: true } },
          pages: {
            orderBy: { number: "asc" },
            select: { number: true, name: true },
          },
        },
      },
      placements: {
        where: { article: { mergedIntoId: null } },
        orderBy: { order: "asc" },
        select: {
          id: true,
          article: {
            select: {
              id: true,
              kicker: true,
              headline: true,
              deck: true,
              dateline: true,
              rubric: true,
              body: true,
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
                  part: true,
                  startBlock: true,
                  startAnchor: true,
                  page: { select: { number: true } },
                  jumpOut: {
                    select: {
                      toPageNumber: true,
                      toPlacement: {
                        select: {
                          id: true,
                          page: { select: { number: true } },
                        },
                      },
                    },
                  },
                  jumpIn: {
                    select: {
                      fromPlacement: {
                        select: {
                          id: true,
                          page: { select: { number: true } },
                        },
                      },
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
  if (!page) return null;
  const parts = page.placements.map(({ id, article }): PagePart => {
    const own = article.placements;
    const k = own.findIndex((p) => p.id === id);
    const placement = own[k]!;
    const range = partRanges(bodyBlockTexts(article.body), own)[k]!;
    const content = (
      (article.body as { content?: unknown[] }).content ?? []
    ).slice(range.start, range.end);
    const out = placement.jumpOut;
    const into = placement.jumpIn?.fromPlacement;
    const toPage = out?.toPlacement?.page.number ?? out?.toPageNumber;
    return {
      placementId: id,
      articleId: article.id,
      part: placement.part,
      partCount: own.length,
      kicker: article.kicker,
      headline: article.headline,
      deck: article.deck,
      dateline: article.dateline,
      rubric: placement.part === 1 ? article.rubric : null,
      bylines: article.bylines.map((b) => ({
        role: b.role,
        label: b.label,
        name: b.contributor?.name ?? null,
      })),
      bodyHtml: renderArticleBody({ type: "doc", content }),
      jumpIn: into
        ? {
            marker: markerIn(into.page.number),
            page: into.page.number,
            placementId: into.id,
          }
        : null,
      jumpOut:
        toPage !== undefined
          ? {
              marker: markerOut(toPage),
              page: toPage,
              placementId: out?.toPlacement?.id ?? null,
            }
          : null,
    };
  });
  return {
    issue: {
      id: page.issue.id,
      date: page.issue.date.toISOString().slice(0, 10),
      number: page.issue.number,
      publicationName: page.issue.publication.name,
    },
    page: {
      id: page.id,
      number: page.number,
      name: page.name,
      rubrics: unclaimedRubrics(page.rubrics, parts),
      furniture: page.furniture,
    },
    pages: page.issue.pages,
    parts,
  };
}

/** The page's rubrics that no part on it prints above its own article, in the page's order. */
export function unclaimedRubrics(
  rubrics: readonly string[],
  parts: readonly Pick<PagePart, "rubric">[],
): string[] {
  const claimed = new Set(
    parts.map((p) => p.rubric).filter((r): r is string => r !== null),
  );
  return rubrics.filter((r) => !claimed.has(r));
}
