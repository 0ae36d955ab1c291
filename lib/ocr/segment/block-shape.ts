// Shape tests on a prepared block (its text plus its byline, marker and
// dateline readings), shared by the article segmenter and the page-level
// article-start rules so that both read a line the same way.

import {
  hasLeadingDash,
  hasTrailingDash,
  isHeadlineShaped,
  stripFinalMark,
} from "../text/text-shape";
import { parseDateline } from "./parse-dateline";
import type { PreparedBlock } from "./prepare-blocks";

/** Longest 引题 kicker line. */
const MAX_KICKER_CHARS = 60;

/**
 * Could this block be a headline, kicker or undashed deck? With `finalMark`,
 * a closing ？ or ！ is allowed (垃圾分类，你做对了吗？): callers ask so only
 * when a byline or dateline follows, as a short question in running text is
 * far more common than a question headline.
 */
export function isTitleShaped(
  block: PreparedBlock,
  finalMark = false,
): boolean {
  return (
    block.bylines === null &&
    block.author === null &&
    block.jump === null &&
    !hasLeadingDash(block.heading) &&
    isHeadlineShaped(
      finalMark ? stripFinalMark(block.heading) : block.heading,
    ) &&
    parseDateline(block.text) === null
  );
}

/** 一把手访谈——: an unhinted short dash-ended line is a kicker when a headline follows it. */
export function isDashedKicker(block: PreparedBlock | undefined): boolean {
  return (
    block !== undefined &&
    block.hint === "unknown" &&
    hasTrailingDash(block.heading) &&
    block.heading.length <= MAX_KICKER_CHARS &&
    block.bylines === null &&
    block.jump === null
  );
}
