// The validation rules an issue's layout must pass before it goes to review
// (or each finding waived with a reason). Pure: from an IssueLayout to the
// findings, in rule order, then page order.
import { startsStory } from "@/lib/jumps/continuation-link";
import { markerAgrees } from "@/lib/jumps/jump-markers";

import type { IssueLayout, LayoutArticle, LayoutPart } from "../layout-types";
import { bylinePolicy, type Finding, findingRules } from "./finding";

/** Headlines compare without spaces and with full-width forms folded (勇挑大梁 担使命 = 勇挑大梁担使命). */
export const normaliseHeadline = (h: string) =>
  h.normalize("NFKC").replace(/\s+/gu, "");

/**
 * Every finding of the layout: jumps without continuation, continuations
 * without origin, printed markers that disagree with their link, articles
 * without the byline their genre needs (not a continuation part, whose
 * byline is printed where the story starts), empty pages, unassigned articles,
 * articles not yet 已校对, headlines printed twice, pages over capacity.
 */
export function validateLayout(layout: IssueLayout): Finding[] {
  const partById = new Map(layout.parts.map((p) => [p.id, p]));
  const articleById = new Map(layout.articles.map((a) => [a.id, a]));
  const headline = (articleId: string) =>
    articleById.get(articleId)?.headline ?? "";
  const findings: Finding[] = [];
  const arrived = new Set<string>();

  for (const jump of layout.jumps) {
    const from = partById.get(jump.fromPlacementId);
    if (!from) continue;
    const to = jump.toPlacementId
      ? partById.get(jump.toPlacementId)
      : undefined;
    if (!to) {
      findings.push({
        key: `jump-without-continuation:${from.id}`,
        rule: "jump-without-continuation",
        params: {
          headline: headline(from.articleId),
          page: from.pageNumber,
          to: jump.toPageNumber,
        },
        target: {
          kind: "part",
          placementId: from.id,
          pageNumber: from.pageNumber,
        },
      });
      continue;
    }
    arrived.add(to.id);
    if (
      !markerAgrees(jump.markerOut, to.pageNumber) ||
      !markerAgrees(jump.markerIn, from.pageNumber)
    ) {
      findings.push({
        key: `marker-mismatch:${jump.id}:${from.pageNumber}-${to.pageNumber}`,
        rule: "marker-mismatch",
        params: {
          headline: headline(from.articleId),
          page: from.pageNumber,
          to: to.pageNumber,
          printed: [jump.markerOut, jump.markerIn].filter(Boolean).join(" / "),
        },
        target: {
          kind: "part",
          placementId: from.id,
          pageNumber: from.pageNumber,
        },
      });
    }
  }

  for (const part of layout.parts) {
    if (arrived.has(part.id) || startsStory(part)) continue;
    findings.push({
      key: `continuation-without-origin:${part.id}`,
      rule: "continuation-without-origin",
      params: {
        headline: headline(part.articleId),
        page: part.pageNumber,
        from: part.continuesFromPage ?? "?",
      },
      target: {
        kind: "part",
        placementId: part.id,
        pageNumber: part.pageNumber,
      },
    });
  }

  // A continuation printed on its own (上接 with no origin yet) carries no byline: the byline
  // belongs to the part the story starts in, so only its missing origin is reported.
  const startsHere = (a: LayoutArticle) =>
    a.partIds.length === 0 ||
    a.partIds.some((id) => {
      const p = partById.get(id);
      return p === undefined || startsStory(p);
    });
  for (const a of layout.articles) {
    if (startsHere(a) && !signed(a)) {
      findings.push({
        key: `missing-byline:${a.id}`,
        rule: "missing-byline",
        params: { headline: a.headline },
        target: { kind: "article", articleId: a.id },
      });
    }
  }

  const partsByPage = groupBy(layout.parts, (p) => p.pageId);
  for (const page of layout.pages) {
    if (!partsByPage.has(page.id)) {
      findings.push({
        key: `empty-page:${page.id}`,
        rule: "empty-page",
        params: { page: page.number },
        target: { kind: "page", pageNumber: page.number },
      });
    }
  }

  for (const a of layout.articles) {
    if (a.partIds.length === 0) {
      findings.push({
        key: `unassigned-article:${a.id}`,
        rule: "unassigned-article",
        params: { headline: a.headline },
        target: { kind: "unassigned", articleId: a.id },
      });
    }
  }

  for (const a of layout.articles) {
    if (a.status === "IMPORTED" || a.status === "EDITING") {
      findings.push({
        key: `not-proofread:${a.id}`,
        rule: "not-proofread",
        params: { headline: a.headline, status: a.status },
        target: { kind: "article", articleId: a.id },
      });
    }
  }

  findings.push(...duplicateHeadlines(layout, partById));

  for (const page of layout.pages) {
    const words = (partsByPage.get(page.id) ?? []).reduce(
      (n, p) => n + p.words,
      0,
    );
    if (page.capacity !== null && words > page.capacity) {
      findings.push({
        key: `over-capacity:${page.id}`,
        rule: "over-capacity",
        params: {
          page: page.number,
          words,
          capacity: page.capacity,
          over: words - page.capacity,
        },
        target: { kind: "page", pageNumber: page.number },
      });
    }
  }

  const rank = (f: Finding) => findingRules.indexOf(f.rule);
  // Stable: within a rule, the order above (page order, or reading order).
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => rank(x.f) - rank(y.f) || x.i - y.i)
    .map(({ f }) => f);
}

function signed(a: LayoutArticle): boolean {
  const policy = bylinePolicy[a.genre];
  if (policy === "none") return true;
  if (a.bylines.some((b) => b.name !== null)) return true;
  return policy === "any" && a.bylines.length > 0;
}

/** Articles that print the same headline, except parts of one story linked by jumps (a continuation repeats its headline). */
function duplicateHeadlines(
  layout: IssueLayout,
  partById: Map<string, LayoutPart>,
): Finding[] {
  // Articles joined by a jump are one story: union them.
  const root = new Map<string, string>();
  const find = (x: string): string => {
    const r = root.get(x) ?? x;
    if (r === x) return x;
    const top = find(r);
    root.set(x, top);
    return top;
  };
  for (const j of layout.jumps) {
    const a = partById.get(j.fromPlacementId)?.articleId;
    const b = j.toPlacementId
      ? partById.get(j.toPlacementId)?.articleId
      : undefined;
    if (a && b && find(a) !== find(b)) root.set(find(a), find(b));
  }
  const byHeadline = groupBy(
    layout.articles.filter((a) => normaliseHeadline(a.headline) !== ""),
    (a) => normaliseHeadline(a.headline),
  );
  const findings: Finding[] = [];
  for (const [text, articles] of byHeadline) {
    const stories = new Map<string, LayoutArticle>();
    for (const a of articles)
      if (!stories.has(find(a.id))) stories.set(find(a.id), a);
    if (stories.size < 2) continue;
    const [, second] = [...stories.values()];
    findings.push({
      key: `duplicate-headline:${text}`,
      rule: "duplicate-headline",
      params: { headline: second!.headline, count: stories.size },
      target: { kind: "article", articleId: second!.id },
    });
  }
  return findings;
}

function groupBy<T>(
  items: readonly T[],
  key: (t: T) => string,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
