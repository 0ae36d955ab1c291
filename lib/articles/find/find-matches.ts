// Where a search text occurs in an article's kicker, headline, deck and body,
// and the article with chosen occurrences replaced. Pure and client-safe:
// find & replace across an issue runs these per article.
import type { ArticleSnapshot } from "../article-snapshot";
import { blockText, replaceInBlock } from "../repairs/block-text";

export const searchableFields = ["kicker", "headline", "deck", "body"] as const;
export type SearchableField = (typeof searchableFields)[number];

export interface TextMatch {
  field: SearchableField;
  /** Body block index; -1 in a header field. */
  block: number;
  /** UTF-16 offset in the field or block text (a hard break counts as "\n"). */
  offset: number;
  length: number;
  /** The characters matched (their case may differ from the query's). */
  text: string;
  /** Up to CONTEXT characters of text on each side, for the list of matches. */
  before: string;
  after: string;
}

export const CONTEXT = 16;

function pattern(query: string, caseSensitive: boolean): RegExp {
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), caseSensitive ? "gu" : "giu");
}

function matchesIn(text: string, re: RegExp, field: SearchableField, block: number): TextMatch[] {
  const out: TextMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const offset = m.index;
    const end = offset + m[0].length;
    out.push({
      field,
      block,
      offset,
      length: m[0].length,
      text: m[0],
      before: Array.from(text.slice(Math.max(0, offset - CONTEXT * 2), offset)).slice(-CONTEXT).join(""),
      after: Array.from(text.slice(end, end + CONTEXT * 2)).slice(0, CONTEXT).join(""),
    });
  }
  return out;
}

/** Every non-overlapping occurrence of `query`, in text order (header fields first). */
export function findMatches(snapshot: ArticleSnapshot, query: string, caseSensitive = false): TextMatch[] {
  if (!query) return [];
  const re = pattern(query, caseSensitive);
  const out: TextMatch[] = [];
  for (const field of ["kicker", "headline", "deck"] as const) {
    const value = snapshot[field];
    if (value) out.push(...matchesIn(value, re, field, -1));
  }
  snapshot.body.content.forEach((node, i) => out.push(...matchesIn(blockText(node), re, "body", i)));
  return out;
}

/** The snapshot with each given match replaced by `replacement` (matches from findMatches on it). */
export function replaceMatches(snapshot: ArticleSnapshot, matches: readonly TextMatch[], replacement: string): ArticleSnapshot {
  // From the end backwards, so earlier offsets stay valid.
  const sorted = [...matches].sort((a, b) => b.block - a.block || b.offset - a.offset);
  const next: ArticleSnapshot = { ...snapshot, body: { type: "doc", content: [...snapshot.body.content] } };
  for (const m of sorted) {
    if (m.field === "body") {
      next.body.content[m.block] = replaceInBlock(next.body.content[m.block]!, m.offset, m.offset + m.length, replacement);
    } else {
      const value = next[m.field] ?? "";
      next[m.field] = value.slice(0, m.offset) + replacement + value.slice(m.offset + m.length);
    }
  }
  return next;
}
