// A validation finding: what is wrong in an issue's layout, where to fix it,
// and a key that stays the same while the finding does (a waiver names it).
import type { ArticleGenre } from "@prisma/client";

/** The rules, in the order the report lists them. */
export const findingRules = [
  "jump-without-continuation",
  "continuation-without-origin",
  "marker-mismatch",
  "missing-byline",
  "empty-page",
  "unassigned-article",
  "not-proofread",
  "duplicate-headline",
  "over-capacity",
] as const;
export type FindingRule = (typeof findingRules)[number];

/** Where to fix a finding: a part on the board, a page, or the article on the correction desk. */
export type FindingTarget =
  | { kind: "part"; placementId: string; pageNumber: number }
  | { kind: "page"; pageNumber: number }
  | { kind: "article"; articleId: string }
  | { kind: "unassigned"; articleId: string };

export interface Finding {
  /** Stable while the finding is the same: rule, subject and what makes it this finding. */
  key: string;
  rule: FindingRule;
  /** Values for the message (headline, page numbers, counts). */
  params: Record<string, string | number>;
  target: FindingTarget;
}

/**
 * Who must sign an article of a genre: "person" — a byline with a name
 * (记者 王芳); "any" — a name or an institution (评论员文章 are signed
 * 本报评论员 with no name); "none" — 简讯 and the like may run unsigned.
 */
export const bylinePolicy: Record<ArticleGenre, "person" | "any" | "none"> = {
  NEWS: "person",
  FEATURE: "person",
  INTERVIEW: "person",
  PHOTO: "person",
  COMMENTARY: "any",
  BRIEF: "none",
  OTHER: "none",
};
