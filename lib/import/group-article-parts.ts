// Decides which segmented articles are parts of one article across pages:
// METS says so with a shared key; printed text says so with jump markers
// (下转2版 on page 1 pairs with 上接1版 on page 2).
import { jumpOf } from "@/lib/jumps/article-jumps";
import { markersPair } from "@/lib/jumps/continuation-link";
import type { OcrArticle, OcrPage } from "@/lib/ocr/types";

export interface ArticlePart {
  page: number;
  /** 1-based position of the article on its page. */
  indexOnPage: number;
  article: OcrArticle;
}

export interface ArticleGroup {
  /** Parts in reading order: where the article starts, then its continuations. */
  parts: ArticlePart[];
}

export interface GroupedParts {
  groups: ArticleGroup[];
  /** Continuations (上接N版) whose start is not in this document. */
  unmatchedContinuations: ArticlePart[];
  /**
   * Continuations joined to a start that several articles could have been:
   * neither headline told them apart, so the join follows page order and an
   * editor should check it.
   */
  guessedJoins: ArticlePart[];
}

const jumpFromPage = (a: OcrArticle) => jumpOf(a.jumps, "from")?.page;

/** Similarity of two headlines by shared character bigrams (0–1). */
export function headlineSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const grams = (s: string) => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size === 0 || gb.size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.min(ga.size, gb.size);
}

export function groupArticleParts(pages: readonly OcrPage[]): GroupedParts {
  const sortedPages = [...pages].sort(
    (x, y) => (x.number ?? 0) - (y.number ?? 0),
  );
  const groups: ArticleGroup[] = [];
  const byKey = new Map<string, ArticleGroup>();
  const continuations: ArticlePart[] = [];

  for (const page of sortedPages) {
    page.articles.forEach((article, i) => {
      const part: ArticlePart = {
        page: page.number ?? 0,
        indexOnPage: i + 1,
        article,
      };
      if (article.key) {
        const group = byKey.get(article.key);
        if (group) {
          group.parts.push(part);
          return;
        }
        const created = { parts: [part] };
        byKey.set(article.key, created);
        groups.push(created);
        return;
      }
      if (jumpFromPage(article) !== undefined) {
        continuations.push(part);
        return;
      }
      groups.push({ parts: [part] });
    });
  }

  const unmatchedContinuations: ArticlePart[] = [];
  const guessedJoins: ArticlePart[] = [];
  // Parts already continued: a chain 1→2→3 continues from its last part.
  const continued = new Set<ArticlePart>();
  for (const part of continuations) {
    const continuation = {
      page: part.page,
      fromPage: jumpFromPage(part.article) ?? null,
    };
    const candidates = groups.filter((g) => {
      const last = g.parts[g.parts.length - 1]!;
      return (
        !continued.has(last) &&
        last.article.jumps.some(
          (j) =>
            j.direction === "to" &&
            markersPair({ fromPage: last.page, toPage: j.page }, continuation),
        )
      );
    });
    const pick = pickBest(candidates, part.article.headline);
    if (pick) {
      continued.add(pick.group.parts[pick.group.parts.length - 1]!);
      pick.group.parts.push(part);
      if (!pick.certain) guessedJoins.push(part);
    } else {
      unmatchedContinuations.push(part);
    }
  }
  return { groups, unmatchedContinuations, guessedJoins };
}

/** The candidate whose headline is most alike; certain when it is the only one or clearly the best. */
function pickBest(
  candidates: ArticleGroup[],
  headline: string | null,
): { group: ArticleGroup; certain: boolean } | undefined {
  if (candidates.length <= 1)
    return candidates[0] && { group: candidates[0], certain: true };
  const scored = candidates.map((group) => ({
    group,
    score: headlineSimilarity(group.parts[0]!.article.headline, headline),
  }));
  // First best wins ties, so that without headlines the join follows page order.
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const tied = scored.filter((s) => s.score === best.score).length > 1;
  return { group: best.group, certain: best.score > 0 && !tied };
}
