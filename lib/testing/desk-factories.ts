// Builders for the correction desk's tests: an article's body and snapshot,
// and a heartbeat's answer; only what a test cares about.
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import type { PresenceState } from "@/lib/articles/presence";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

/** A body of plain paragraphs. */
export const articleDoc = (...paragraphs: string[]): ArticleDoc => ({
  type: "doc",
  content: paragraphs.map((text) => ({
    type: "paragraph",
    content: [{ type: "text", text }],
  })),
});

export function articleSnapshot(
  overrides: Partial<ArticleSnapshot> = {},
): ArticleSnapshot {
  return {
    kicker: null,
    headline: "实干担当立潮头",
    deck: null,
    dateline: null,
    rubric: null,
    genre: "NEWS",
    bylines: [],
    body: articleDoc("正文。"),
    ...overrides,
  };
}

/** The answer to a heartbeat of the tab that holds the article at version 1. */
export function presenceState(
  overrides: Partial<PresenceState> = {},
): PresenceState {
  return {
    holding: true,
    holder: { userId: "u1", name: "编辑甲" },
    takenOverBy: null,
    version: 1,
    others: [],
    ...overrides,
  };
}
