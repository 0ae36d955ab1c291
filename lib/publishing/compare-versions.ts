// Two published versions of an issue side by side (issue 15 item 6): which
// articles were added, removed or changed between them, each change as a
// character diff (diff-match-patch, the desk's charDiff) of the text readers
// got, and the correction notes the later version added. Read from the
// immutable snapshots only, so it shows what readers saw.
import "server-only";

import sanitizeHtml from "sanitize-html";

import { charDiff, type DiffOp } from "@/lib/articles/diff/char-diff";
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import type { CorrectionNote, IssueSnapshot } from "./issue-snapshot";

export interface ArticleChange {
  articleId: string;
  headline: string;
  change: "added" | "removed" | "changed" | "unchanged";
  /** The pages the article ran on in each version (empty where it did not). */
  pagesBefore: number[];
  pagesAfter: number[];
  /** Character diff of the article's text, before → after; empty when unchanged. */
  ops: DiffOp[];
}

export interface VersionComparison {
  from: number;
  to: number;
  articles: ArticleChange[];
  pagesAdded: number[];
  pagesRemoved: number[];
  /** Correction notes (更正) that `to` carries and `from` did not, by article id. */
  newCorrections: { articleId: string; note: CorrectionNote }[];
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": "\u00a0",
};

/** Sanitized body HTML as the text a reader reads: one paragraph per line pair, tags gone, entities decoded. */
export function htmlText(html: string): string {
  const blocks = html
    .replace(/<\/(p|h[1-6]|li|blockquote)>/g, "\n\n")
    .replace(/<br\s*\/?>/g, "\n");
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e]!)
    .trim();
}

interface ArticleText {
  headline: string;
  pages: number[];
  text: string;
}

/** Each article's printed text across the snapshot, head fields first, parts in order. */
function articlesOf(snapshot: IssueSnapshot): Map<string, ArticleText> {
  const articles = new Map<string, ArticleText>();
  for (const page of snapshot.pages)
    for (const part of page.parts) {
      const entry = articles.get(part.articleId) ?? {
        headline: part.headline,
        pages: [],
        text: "",
      };
      if (part.part === 1)
        entry.text =
          [part.kicker, part.headline, part.deck ? `——${part.deck}` : null]
            .concat(
              part.bylines.map((b) =>
                [b.label, b.name].filter(Boolean).join(" "),
              ),
            )
            .concat([part.dateline])
            .filter(Boolean)
            .join("\n") + `\n${entry.text}`;
      entry.text += `${htmlText(part.bodyHtml)}\n`;
      if (!entry.pages.includes(page.number)) entry.pages.push(page.number);
      articles.set(part.articleId, entry);
    }
  return articles;
}

/**
 * What changed from snapshot `a` (version `from`) to `b` (version `to`):
 * articles in the order `b` prints them, then those only `a` had.
 */
export function compareSnapshots(
  a: IssueSnapshot,
  b: IssueSnapshot,
  versions: { from: number; to: number },
): VersionComparison {
  const before = articlesOf(a);
  const after = articlesOf(b);
  const articles: ArticleChange[] = [];
  for (const [articleId, now] of after) {
    const was = before.get(articleId);
    const same = was?.text === now.text;
    articles.push({
      articleId,
      headline: now.headline,
      change: !was ? "added" : same ? "unchanged" : "changed",
      pagesBefore: was?.pages ?? [],
      pagesAfter: now.pages,
      ops: same ? [] : charDiff(was?.text ?? "", now.text),
    });
  }
  for (const [articleId, was] of before)
    if (!after.has(articleId))
      articles.push({
        articleId,
        headline: was.headline,
        change: "removed",
        pagesBefore: was.pages,
        pagesAfter: [],
        ops: charDiff(was.text, ""),
      });
  const pagesOf = (s: IssueSnapshot) => new Set(s.pages.map((p) => p.number));
  const pa = pagesOf(a);
  const pb = pagesOf(b);
  const newCorrections = Object.entries(b.corrections).flatMap(
    ([articleId, notes]) => {
      const had = a.corrections[articleId]?.length ?? 0;
      return notes.slice(had).map((note) => ({ articleId, note }));
    },
  );
  return {
    ...versions,
    articles,
    pagesAdded: [...pb].filter((n) => !pa.has(n)),
    pagesRemoved: [...pa].filter((n) => !pb.has(n)),
    newCorrections,
  };
}

/**
 * Compares published versions `from` and `to` of the issue (either order
 * is fine; they are compared as given). NotFoundError when either does not
 * exist.
 */
export async function readVersionComparison(
  prisma: Db,
  issueId: string,
  from: number,
  to: number,
): Promise<VersionComparison> {
  const rows = await prisma.publishedIssue.findMany({
    where: { issueId, version: { in: [from, to] } },
    select: { version: true, snapshot: true },
  });
  const snapshot = (v: number) => {
    const row = rows.find((r) => r.version === v);
    if (!row)
      throw new NotFoundError(
        `This issue has no published version ${v}.`,
        `本期没有第 ${v} 个发布版本。`,
      );
    return row.snapshot as unknown as IssueSnapshot;
  };
  return compareSnapshots(snapshot(from), snapshot(to), { from, to });
}
