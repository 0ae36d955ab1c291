// Where a search text occurs in an article's kicker, headline, deck, byline
// names and body,
// and the article with chosen occurrences replaced. Pure and client-safe:
// find & replace across an issue runs these per article. Positions come
// lazily (a paragraph of 100,000 "，" holds 100,000 matches), so a caller
// takes a page of them and counts the rest only up to its own cap.
import type { ArticleSnapshot } from "../article-snapshot";
import { blockText, replaceInBlock } from "../repairs/block-text";

/** The fields searched, in the order their matches are listed. */
export const searchableFields = [
  "kicker",
  "headline",
  "deck",
  "bylines",
  "body",
] as const;
export type SearchableField = (typeof searchableFields)[number];

/** Where one match is: enough to name it and to replace it. */
export interface MatchPosition {
  field: SearchableField;
  /** Body block index, byline index for "bylines" (its contributor's name); -1 in another header field. */
  block: number;
  /** UTF-16 offset in the field or block text (a hard break counts as "\n"). */
  offset: number;
  length: number;
  /** The characters matched (their case may differ from the query's). */
  text: string;
}

export interface TextMatch extends MatchPosition {
  /** Up to CONTEXT characters of text on each side, for the list of matches. */
  before: string;
  after: string;
}

/** A position with the text it was found in (a reference, not a copy), for withContext. */
export interface FoundPosition extends MatchPosition {
  source: string;
}

export const CONTEXT = 16;

/** The RegExp find uses for `query` (escaped: the query is literal text). */
export function searchPattern(
  query: string,
  caseSensitive: boolean,
  flags = "g",
): RegExp {
  return new RegExp(
    query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    `${flags}u${caseSensitive ? "" : "i"}`,
  );
}

/** -1, 0 or 1 as position `a` comes before, at or after `b` in search order. */
export function comparePositions(
  a: Pick<MatchPosition, "field" | "block" | "offset">,
  b: Pick<MatchPosition, "field" | "block" | "offset">,
): number {
  return (
    Math.sign(
      searchableFields.indexOf(a.field) - searchableFields.indexOf(b.field),
    ) ||
    Math.sign(a.block - b.block) ||
    Math.sign(a.offset - b.offset)
  );
}

/** The text of one searchable field (a body block by index); null when absent. */
export function fieldText(
  snapshot: ArticleSnapshot,
  field: SearchableField,
  block: number,
): string | null {
  if (field === "body") {
    const node = snapshot.body.content[block];
    return node ? blockText(node) : null;
  }
  if (field === "bylines") return snapshot.bylines[block]?.name ?? null;
  return block === -1 ? snapshot[field] : null;
}

/** The searchable texts in search order, from the one holding `from` on. */
function* searchTexts(
  snapshot: ArticleSnapshot,
  from: Pick<MatchPosition, "field" | "block"> | undefined,
): Generator<{ field: SearchableField; block: number; text: string }> {
  const start = from ? searchableFields.indexOf(from.field) : 0;
  for (const field of ["kicker", "headline", "deck"] as const) {
    const text = snapshot[field];
    if (text && searchableFields.indexOf(field) >= start)
      yield { field, block: -1, text };
  }
  // 署名 bylines: the names as printed (the label 记者/通讯员 is the role's word, not searched).
  if (searchableFields.indexOf("bylines") >= start) {
    const bylines = snapshot.bylines;
    for (
      let i = from?.field === "bylines" ? Math.max(0, from.block) : 0;
      i < bylines.length;
      i++
    ) {
      const name = bylines[i]!.name;
      if (name) yield { field: "bylines", block: i, text: name };
    }
  }
  const body = snapshot.body.content;
  for (
    let i = from?.field === "body" ? Math.max(0, from.block) : 0;
    i < body.length;
    i++
  ) {
    yield { field: "body", block: i, text: blockText(body[i]!) };
  }
}

/**
 * Every non-overlapping occurrence of `query`, in text order (header fields
 * first), one at a time. With `after`, only those after that position: the
 * sequence resumes exactly where a page of matches ended.
 */
export function* matchPositions(
  snapshot: ArticleSnapshot,
  query: string,
  caseSensitive = false,
  after?: Pick<MatchPosition, "field" | "block" | "offset">,
): Generator<FoundPosition> {
  if (!query) return;
  const re = searchPattern(query, caseSensitive);
  for (const { field, block, text } of searchTexts(snapshot, after)) {
    const resume =
      after?.field === field && after.block === block ? after.offset : -1;
    // Matches are found left to right, each search starting at the end of the
    // one before; starting at the cursor's own offset finds it first again.
    re.lastIndex = Math.max(0, resume);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index === resume) continue;
      yield {
        field,
        block,
        offset: m.index,
        length: m[0].length,
        text: m[0],
        source: text,
      };
    }
  }
}

/** A found position with its context for the list of matches. */
export function withContext({ source, ...position }: FoundPosition): TextMatch {
  const end = position.offset + position.length;
  return {
    ...position,
    before: Array.from(
      source.slice(Math.max(0, position.offset - CONTEXT * 2), position.offset),
    )
      .slice(-CONTEXT)
      .join(""),
    after: Array.from(source.slice(end, end + CONTEXT * 2))
      .slice(0, CONTEXT)
      .join(""),
  };
}

/** Every non-overlapping occurrence of `query`, with context. Unbounded: for one small article only. */
export function findMatches(
  snapshot: ArticleSnapshot,
  query: string,
  caseSensitive = false,
): TextMatch[] {
  return Array.from(
    matchPositions(snapshot, query, caseSensitive),
    withContext,
  );
}

/** The snapshot with each given match replaced by `replacement` (non-overlapping matches found on it). */
export function replaceMatches(
  snapshot: ArticleSnapshot,
  matches: readonly MatchPosition[],
  replacement: string,
): ArticleSnapshot {
  // From the end backwards, so earlier offsets stay valid.
  const sorted = [...matches].sort((a, b) => comparePositions(b, a));
  const next: ArticleSnapshot = {
    ...snapshot,
    bylines: snapshot.bylines.map((b) => ({ ...b })),
    body: { type: "doc", content: [...snapshot.body.content] },
  };
  for (const m of sorted) {
    if (m.field === "body") {
      next.body.content[m.block] = replaceInBlock(
        next.body.content[m.block]!,
        m.offset,
        m.offset + m.length,
        replacement,
      );
    } else if (m.field === "bylines") {
      const byline = next.bylines[m.block]!;
      // A name replaced by nothing leaves no byline name (an institutional byline), never "".
      const name =
        (byline.name ?? "").slice(0, m.offset) +
        replacement +
        (byline.name ?? "").slice(m.offset + m.length);
      byline.name = name.trim() || null;
    } else {
      const value = next[m.field] ?? "";
      next[m.field] =
        value.slice(0, m.offset) +
        replacement +
        value.slice(m.offset + m.length);
    }
  }
  return next;
}
