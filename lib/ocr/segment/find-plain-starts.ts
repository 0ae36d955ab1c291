// Article starts on a plain-text page (or Markdown without headings). A
// headline is a short line (≤ 40 chars, no full stop, not ending in clause
// punctuation, not a byline, marker or dateline) followed, after at most one
// deck line (dash-led or itself title shaped), by a byline or a dateline
// (本报讯, 新华社…电, 本报记者…报道, alone or opening a paragraph), or directly
// by a （上接N版） marker. A headline may end in ？ or ！ when a byline or
// dateline follows (after a dash-led deck at most). A dash-ended line directly
// above is its kicker, never the headline itself.
//
// Without byline or dateline, two shapes still start an article: a headline
// over a dash-led 副题 deck and running text (小镇夜市点亮乡村消费新场景 ⏎
// ——多个部门联手…), and, before any article on the page, a headline (perhaps
// with an undashed deck) over running text: a short item, 简讯. After a short
// item the next such headline starts another item, as in a column of 简讯;
// after an article with a credit it is taken for a subhead and stays with it,
// after one without (headline, dashed deck, text) it starts an item.
// A label line over a column of items (简讯, 本版简讯, 新闻速览) is a banner
// (the page's rubric) and opens such a column wherever it stands.

import type { TextBlock } from "../text/split-text-blocks";
import {
  endsParagraph,
  hasLeadingDash,
  isItemsLabel,
  isNeverHeadline,
  seriesName,
  stripLeadingDash,
} from "../text/text-shape";
import {
  type BlockRole,
  isContinuation,
  isRunningTextBlock,
  opensArticleBody,
} from "./article-start-signals";
import { isDashedKicker, isTitleShaped } from "./block-shape";
import type { PreparedBlock } from "./prepare-blocks";

/** A dash-led line this long is a deck; shorter (——习近平, ——《论语》) it is a quotation's attribution. */
const MIN_DASHED_DECK_CHARS = 6;
const ATTRIBUTION = /^(?:《|摘自|引自|选自|转自|来源)/;
/** Mastheads and promos over a page's first text (平湖日报, 平湖发布, 今平湖客户端): never a short item's headline. */
const MASTHEAD =
  /(?:日报|晚报|早报|都市报|商报|时报|周报|报|发布|客户端|新闻网|网)$/;
const SENTENCE_END = /[。！？!?]/;

/** ——多个部门联手优化摊位管理: a dash-led 副题 deck, not a quotation's attribution. */
function isDashedDeck(block: PreparedBlock): boolean {
  const text = stripLeadingDash(block.heading);
  return (
    hasLeadingDash(block.heading) &&
    text.length >= MIN_DASHED_DECK_CHARS &&
    !ATTRIBUTION.test(text)
  );
}

/** Running text that ends a sentence: the body of an article with no credit. */
function isRunningSentence(block: PreparedBlock | undefined): boolean {
  return (
    block !== undefined &&
    isRunningTextBlock(block) &&
    SENTENCE_END.test(block.text)
  );
}

/**
 * Index of the block after the headline at `at` and its deck, if any, when
 * that block shows `at` is a headline; -1 otherwise. A question headline
 * takes only a dash-led deck: an undashed one would be a second short line
 * of running text as likely as not.
 */
function headlineEvidence(
  prepared: readonly PreparedBlock[],
  texts: readonly TextBlock[],
  at: number,
  asks: boolean,
  gapsTell: boolean,
): number {
  let next = at + 1;
  // 系列：基层新观察 under the headline says nothing either way.
  while (
    prepared[next] !== undefined &&
    seriesName(prepared[next]?.heading ?? "") !== null
  )
    next++;
  const deckAt = next;
  const deck = prepared[deckAt];
  // An undashed deck sits right under its headline; across a blank line the short line above is
  // something else (a section name, a caption, the last line of the article before).
  const adjoins = !gapsTell || texts[next]?.gapBefore !== true;
  if (
    deck &&
    deck.bylines === null &&
    (hasLeadingDash(deck.heading) || (!asks && adjoins && isTitleShaped(deck)))
  )
    next++;
  const following = prepared[next];
  if (opensArticleBody(following)) return next;
  // A dash-led deck is evidence enough when running text follows it.
  if (
    deck !== undefined &&
    next === deckAt + 1 &&
    isDashedDeck(deck) &&
    isRunningSentence(following)
  )
    return next;
  // （上接1版） right under it: the headline repeated over a continued article.
  return !asks &&
    next === at + 1 &&
    following !== undefined &&
    isContinuation(following)
    ? next
    : -1;
}

/**
 * Index of the running text under a short item's headline at `at` (after an
 * undashed deck right under it, if any), or -1. Mastheads and promos
 * (平湖日报, 平湖发布) never head an item.
 */
function itemEvidence(
  prepared: readonly PreparedBlock[],
  texts: readonly TextBlock[],
  at: number,
  gapsTell: boolean,
): number {
  if (MASTHEAD.test(prepared[at]?.heading ?? "")) return -1;
  if (isRunningSentence(prepared[at + 1])) return at + 1;
  const deck = prepared[at + 1];
  const adjoins = !gapsTell || texts[at + 1]?.gapBefore !== true;
  return deck !== undefined &&
    adjoins &&
    isTitleShaped(deck) &&
    isRunningSentence(prepared[at + 2])
    ? at + 2
    : -1;
}

/** 贯彻落实全会精神—— over 奋力打造县域样板: the dash-ended line is the kicker, the next one the headline. */
function isKickerAbove(
  prepared: readonly PreparedBlock[],
  at: number,
): boolean {
  const next = prepared[at + 1];
  return (
    isDashedKicker(prepared[at]) &&
    next !== undefined &&
    isTitleShaped(next, true)
  );
}

export function findPlainStarts(
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
  roles: BlockRole[],
): number[] {
  const starts: number[] = [];
  // Some exports put a blank line between (nearly) every line; then a blank line says nothing.
  let gaps = 0;
  for (const text of texts) if (text.gapBefore === true) gaps++;
  const gapsTell = gaps * 2 < texts.length - 1;
  let inArticle = false;
  let hasBody = false;
  // The open article is a short item with no credit, so the next item may follow it.
  let inItem = false;
  // A 简讯 label was read: short items follow, whatever stood before it.
  let itemsFollow = false;
  for (let i = 0; i < prepared.length; i++) {
    const block = prepared[i];
    if (!block) continue;
    if (
      roles[i] === "unknown" &&
      block.lines.length === 1 &&
      isItemsLabel(block.heading) &&
      prepared[i + 1] !== undefined
    ) {
      roles[i] = "banner";
      itemsFollow = true;
      continue;
    }
    if (
      roles[i] === "unknown" &&
      block.lines.length <= 2 &&
      !isKickerAbove(prepared, i) &&
      !isNeverHeadline(block.heading) &&
      seriesName(block.heading) === null
    ) {
      const plain = isTitleShaped(block);
      let next =
        plain || isTitleShaped(block, true)
          ? headlineEvidence(prepared, texts, i, !plain, gapsTell)
          : -1;
      // A short item's headline over its running text (乡村道路完成改造 ⏎ 今年以来，…): before any
      // article, or after another item whose text has ended.
      const itemMayStart: boolean =
        !inArticle ||
        (itemsFollow && roles[i - 1] === "banner") ||
        (inItem && hasBody && endsParagraph(prepared[i - 1]?.text ?? ""));
      const item: number =
        next === -1 && plain && itemMayStart
          ? itemEvidence(prepared, texts, i, gapsTell)
          : -1;
      if (item !== -1) {
        next = item;
        if (item === i + 2) roles[i + 1] = "deck";
      }
      if (next !== -1) {
        // An article with no credit (headline over a dashed deck and running text) reads like an item:
        // the next headline over running text may start another one.
        const following = prepared[next];
        inItem =
          item !== -1 ||
          (following !== undefined &&
            !opensArticleBody(following) &&
            !isContinuation(following));
        if (item === -1) itemsFollow = false;
        roles[i] = "heading";
        const kickerAt = i - 1;
        const kickerFree =
          kickerAt >= 0 &&
          starts[starts.length - 1] !== kickerAt &&
          roles[kickerAt] === "unknown";
        let start = i;
        if (kickerFree && isDashedKicker(prepared[kickerAt])) {
          roles[kickerAt] = "kicker";
          start = kickerAt;
        }
        // 栏目：一把手访谈 right above: the article's series, read as its rubric.
        const seriesAt = start - 1;
        if (
          seriesAt >= 0 &&
          starts[starts.length - 1] !== seriesAt &&
          roles[seriesAt] === "unknown" &&
          seriesName(prepared[seriesAt]?.heading ?? "") !== null
        )
          start = seriesAt;
        starts.push(start);
        inArticle = true;
        hasBody = false;
        i = next - 1; // the deck line, if any, is settled; the byline or dateline is looked at next
        continue;
      }
    }
    if (isContinuation(block) && (!inArticle || hasBody)) {
      starts.push(i);
      inArticle = true;
    }
    if (
      texts[i]?.kind === "bold" &&
      inArticle &&
      block.bylines === null &&
      block.jump === null
    )
      roles[i] = "subhead";
    if (inArticle && isRunningTextBlock(block)) hasBody = true;
  }
  return starts;
}
