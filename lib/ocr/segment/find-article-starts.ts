// Finds where articles start on a text page and what role each heading
// plays: by Markdown headings when the page has any (find-heading-starts.ts),
// otherwise by the plain-text headline rule (find-plain-starts.ts). Either
// way, a paragraph opening with （上接N版） starts a headline-less continuation
// when no article is open or the open one already has body text.

import type { TextBlock } from "../text/split-text-blocks";
import type { BlockRole } from "./article-start-signals";
import { findHeadingStarts } from "./find-heading-starts";
import { findPlainStarts } from "./find-plain-starts";
import type { PreparedBlock } from "./prepare-blocks";

export type { BlockRole } from "./article-start-signals";

export interface ArticleStarts {
  /** Block index where each article begins (its kicker, headline or continuation marker). */
  starts: number[];
  roles: BlockRole[];
}

export function findArticleStarts(
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
): ArticleStarts {
  const roles: BlockRole[] = texts.map(() => "unknown");
  const hasHeadings = texts.some((text) => text.kind === "heading");
  const starts = hasHeadings
    ? findHeadingStarts(texts, prepared, roles)
    : findPlainStarts(texts, prepared, roles);
  return { starts, roles };
}
