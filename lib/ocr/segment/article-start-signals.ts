// Signals shared by both sets of article-start rules (find-heading-starts.ts,
// find-plain-starts.ts): what opens an article body, what counts as body
// text, and a paragraph continued from another page.

import { stripJumpMarkers } from "@/lib/jumps/strip-jump-markers";

import type { SourceBlock } from "../types";
import { isTitleShaped } from "./block-shape";
import { isDeskCredit } from "./parse-byline";
import { parseDateline } from "./parse-dateline";
import type { PreparedBlock } from "./prepare-blocks";

/** What a block is on the page: a SourceBlock hint, or a banner heading that starts no article. */
export type BlockRole = SourceBlock["hint"] | "banner";

/**
 * A byline, a bare author line (□ 何文涛) or a dateline (alone on its line or opening a paragraph): an
 * article's body begins here. Desk credits (责任编辑：赵六) close a page; they
 * never open an article.
 */
export function opensArticleBody(block: PreparedBlock | undefined): boolean {
  if (block === undefined) return false;
  // Every caller asks about the block under a headline or deck, where □ 何文涛 is the author.
  if (block.author !== null) return true;
  // A signature (Jeanne MARTIN., no label) closes an item; it never opens one.
  if (block.bylines !== null)
    return (
      !isDeskCredit(block.bylines) &&
      !block.bylines.every((byline) => byline.label === "")
    );
  return parseDateline(block.text) !== null;
}

/** Opens with （上接1版）: the rest of an article begun on another page. */
export function isContinuation(block: PreparedBlock): boolean {
  if (block.jump) return block.jump.direction === "from";
  return stripJumpMarkers(block.text, null).leading?.direction === "from";
}

/** Body text proper: not a credit, marker or title-shaped line (a repeated headline's byline does not count). */
export function isRunningTextBlock(block: PreparedBlock): boolean {
  return block.bylines === null && block.jump === null && !isTitleShaped(block);
}
