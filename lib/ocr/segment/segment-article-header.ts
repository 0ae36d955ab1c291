// The head of one article: 引题 kicker above the headline, the headline, 副题
// deck and bylines under it. Source hints win; unhinted blocks are read by
// shape (see text-shape.ts), the same rules for text and ALTO/METS input.

import type { JumpMarker } from "@/lib/jumps/parse-jump-marker";

import { appendAll } from "../append-all";
import { splitHeadlineRubric } from "../text/headline-rubric";
import {
  hasLeadingDash,
  seriesName,
  stripLeadingDash,
  stripTrailingDash,
} from "../text/text-shape";
import { parseWebMetaLine, webMetaCredits } from "../text/web-meta-line";
import type { OcrByline } from "../types";
import { opensArticleBody } from "./article-start-signals";
import { isDashedKicker, isTitleShaped } from "./block-shape";
import type { PreparedBlock } from "./prepare-blocks";
import { webMetaBylines } from "./take-web-meta";

export interface ArticleHeader {
  kicker: string | null;
  headline: string | null;
  deck: string | null;
  /** Banner lines the source placed inside the article above its kicker. */
  rubric: string | null;
  bylines: OcrByline[];
  /** Markers printed above a repeated headline on a continuation page. */
  jumps: JumpMarker[];
  /** Index of the first body block. */
  bodyStart: number;
}

/** A dash-led deck (——访…) may run longer than a headline. */
const MAX_DASHED_DECK_CHARS = 80;

function isUnhinted(block: PreparedBlock): boolean {
  return block.hint === "unknown";
}

function isKickerShaped(block: PreparedBlock): boolean {
  return block.hint === "kicker" || isDashedKicker(block);
}

function opensBody(block: PreparedBlock | undefined): boolean {
  return opensArticleBody(block) || block?.hint === "byline";
}

/**
 * Without a heading hint, the first block is the headline if it is title
 * shaped and something follows it; a dash-ended kicker may sit above it. A
 * headline ending in ？ or ！ needs a byline or dateline right under it. A
 * block that is a jump marker first means a continuation with no headline.
 */
function guessHeadline(blocks: readonly PreparedBlock[]): number {
  // 栏目：一把手访谈 over the headline is the series, never the headline.
  let top = 0;
  while (
    blocks[top] !== undefined &&
    seriesName(blocks[top]?.heading ?? "") !== null
  )
    top++;
  const first = blocks[top];
  const index =
    top +
    (first !== undefined && isKickerShaped(first) && blocks.length > top + 2
      ? 1
      : 0);
  const candidate = blocks[index];
  if (!candidate || !isUnhinted(candidate) || index + 1 >= blocks.length)
    return -1;
  return isTitleShaped(candidate) ||
    (isTitleShaped(candidate, true) && opensBody(blocks[index + 1]))
    ? index
    : -1;
}

function isDeck(
  block: PreparedBlock,
  rightAfterHeadline: boolean,
  next: PreparedBlock | undefined,
): boolean {
  if (block.hint === "deck") return true;
  if (!isUnhinted(block) || block.bylines !== null || block.jump !== null)
    return false;
  if (hasLeadingDash(block.heading))
    return stripLeadingDash(block.heading).length <= MAX_DASHED_DECK_CHARS;
  // An undashed deck (平湖实际利用外资持续走在全省前列) sits directly under the headline and
  // above a byline or dateline; otherwise a short line there is more likely a cut paragraph.
  return rightAfterHeadline && isTitleShaped(block) && opensBody(next);
}

/**
 * One heading block printed as headline and deck (an ALTO TextBlock of both
 * lines): the headline ends at a line closed by a bracketed rubric or before a
 * dash-led line; the lines after are the deck. Null when the block is one headline.
 */
function splitHeadLines(
  lines: readonly string[],
  alone: boolean,
): { headline: string; decks: string[] } | null {
  if (!alone || lines.length < 2) return null;
  const end = lines.findIndex(
    (line, k) =>
      k < lines.length - 1 &&
      (splitHeadlineRubric(line) !== null ||
        hasLeadingDash(lines[k + 1] ?? "")),
  );
  if (end === -1) return null;
  const headline = lines.slice(0, end + 1).join(" ");
  return { headline, decks: lines.slice(end + 1).map(stripLeadingDash) };
}

export function segmentArticleHeader(
  blocks: readonly PreparedBlock[],
): ArticleHeader {
  const header: ArticleHeader = {
    kicker: null,
    headline: null,
    deck: null,
    rubric: null,
    bylines: [],
    jumps: [],
    bodyStart: 0,
  };
  let headlineAt = blocks.findIndex((block) => block.hint === "heading");
  if (headlineAt === -1) headlineAt = guessHeadline(blocks);
  if (headlineAt === -1) return header;

  const kickers: string[] = [];
  const rubrics: string[] = [];
  blocks.slice(0, headlineAt).forEach((block, index) => {
    const series = seriesName(block.heading);
    if (block.jump) header.jumps.push(block.jump);
    else if (block.bylines) appendAll(header.bylines, block.bylines);
    else if (series !== null) rubrics.push(series);
    else if (
      isKickerShaped(block) ||
      (index === headlineAt - 1 && isTitleShaped(block))
    )
      kickers.push(stripTrailingDash(block.heading));
    else rubrics.push(block.heading);
  });
  header.kicker = kickers.length > 0 ? kickers.join(" ") : null;

  const headlines = [blocks[headlineAt]?.heading ?? ""];
  const decks: string[] = [];
  let i = headlineAt + 1;
  // A headline printed over two heading lines of the same size reads as one, unless a bracketed
  // rubric closed it or the next line is dash-led: then what follows in headline type is its deck.
  const closed = (text: string) => splitHeadlineRubric(text) !== null;
  while (
    blocks[i]?.hint === "heading" &&
    !hasLeadingDash(blocks[i]?.heading ?? "") &&
    !closed(headlines[headlines.length - 1] ?? "")
  ) {
    headlines.push(blocks[i++]?.heading ?? "");
  }
  const head = splitHeadLines(
    blocks[headlineAt]?.lines ?? [],
    headlines.length === 1,
  );
  if (head) {
    headlines[0] = head.headline;
    decks.push(...head.decks);
  }
  header.headline = headlines.join(" ");
  // 乡村振兴绘新景（经济头条）: the bracketed rubric is the article's, not the headline's.
  const bracketed = splitHeadlineRubric(header.headline);
  if (bracketed) {
    header.headline = bracketed.headline;
    rubrics.push(bracketed.rubric);
  }
  while (
    blocks[i]?.hint === "heading" &&
    (decks.length > 0 ||
      bracketed !== null ||
      hasLeadingDash(blocks[i]?.heading ?? ""))
  ) {
    decks.push(stripLeadingDash(blocks[i++]?.heading ?? ""));
  }

  const afterHeadline = i;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) break;
    // > 系列：基层新观察 under the headline: the series is the article's rubric, not its deck.
    const series =
      block.hint === "unknown" || block.hint === "deck"
        ? seriesName(block.heading)
        : null;
    if (series !== null) {
      rubrics.push(series);
      continue;
    }
    // 發布時間：… 來源：… under the headline (an ALTO or METS article saved from the web): its credits, never the deck.
    const meta =
      isUnhinted(block) && block.lines.length === 1
        ? parseWebMetaLine(block.lines[0] ?? "")
        : null;
    if (meta && webMetaCredits(meta).length < meta.fields.length) {
      header.bylines.push(...webMetaBylines(meta));
      continue;
    }
    if (
      block.hint === "byline" ||
      (isUnhinted(block) && (block.bylines ?? block.author))
    ) {
      const bylines = block.bylines ?? block.author;
      header.bylines.push(...(bylines ?? []));
      if (!bylines) break; // an unreadable byline hint is left for the body to report
      continue;
    }
    if (isDeck(block, i === afterHeadline, blocks[i + 1])) {
      decks.push(stripLeadingDash(block.heading));
      continue;
    }
    break;
  }
  header.deck = decks.length > 0 ? decks.join(" ") : null;
  header.rubric = rubrics.length > 0 ? rubrics.join(" ") : null;
  header.bodyStart = i;
  return header;
}
