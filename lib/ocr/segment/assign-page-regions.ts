// Splits a text page into furniture, article ranges and rubrics once the
// article starts are known.
//
// Furniture (版面杂项): every line before the first article (平湖发布,
// 今平湖客户端). A long running paragraph there is not furniture but the tail
// of an article carried over without a marker; it becomes a headline-less
// article, with a warning.
//
// Rubrics (栏目): banner lines with no sentence or clause punctuation that
// trail an article once its text has clearly ended, i.e. after a jump marker
// (…(下转2版) ⏎ 贯彻落实全会精神 创新攻坚2024 ⏎ 一把手访谈), a sentence end or
// a credit line, at the end of the page or before the next article. Larger
// Markdown headings that start no article (banners) are rubrics there too.
// On a page that opens with a continuation （上接1版）, the banner lines
// directly above it are that article's rubric, not furniture; page header
// lines there (date, 第2版, section name) stay furniture.
//
// Desk credits (责任编辑：赵六  校对：钱七) after the last article's text
// belong to the page, not to that article: they are furniture too.

import { stripJumpMarkers } from "@/lib/jumps/strip-jump-markers";

import { appendAll } from "../append-all";
import {
  endsParagraph,
  isNeverHeadline,
  isRubricShaped,
  startsCaption,
} from "../text/text-shape";
import { isContinuation } from "./article-start-signals";
import type { BlockRole } from "./find-article-starts";
import { isDeskCredit } from "./parse-byline";
import { parseDateline } from "./parse-dateline";
import type { PreparedBlock } from "./prepare-blocks";

export interface PageRegions {
  furniture: string[];
  rubrics: string[];
  /** Block ranges [from, to) of the articles, in page order. */
  articles: { from: number; to: number }[];
  warnings: string[];
}

/** Running text: too long and too punctuated to be a masthead, promo or banner. */
const MIN_CARRIED_PARAGRAPH_CHARS = 50;

function isRubricBlock(block: PreparedBlock, role: BlockRole): boolean {
  if (role === "banner") return true;
  return (
    role === "unknown" &&
    block.bylines === null &&
    block.jump === null &&
    block.lines.every(isRubricShaped) &&
    // 图为旅客在客运中心有序候车: a photo caption belongs to the article above it.
    !startsCaption(block.text) &&
    parseDateline(block.text) === null
  );
}

/** Has the article's text clearly ended at this block? */
function closesArticle(block: PreparedBlock, role: BlockRole): boolean {
  if (role !== "unknown" && role !== "subhead") return false;
  if (block.jump || block.bylines) return true;
  return (
    stripJumpMarkers(block.text, null).trailing !== null ||
    endsParagraph(block.text)
  );
}

function isDeskCreditBlock(block: PreparedBlock, role: BlockRole): boolean {
  return (
    role === "unknown" && block.bylines !== null && isDeskCredit(block.bylines)
  );
}

function linesOf(block: PreparedBlock, role: BlockRole): string[] {
  return role === "banner" ||
    role === "heading" ||
    role === "kicker" ||
    role === "deck"
    ? [block.heading]
    : block.lines;
}

export function assignPageRegions(
  prepared: readonly PreparedBlock[],
  roles: readonly BlockRole[],
  found: readonly number[],
): PageRegions {
  const regions: PageRegions = {
    furniture: [],
    rubrics: [],
    articles: [],
    warnings: [],
  };
  const starts = [...found];
  const firstStart = starts[0] ?? prepared.length;

  const carried = prepared.findIndex(
    (block, i) =>
      i < firstStart &&
      roles[i] === "unknown" &&
      block.text.length >= MIN_CARRIED_PARAGRAPH_CHARS &&
      /[。！？]/.test(block.text),
  );
  if (carried !== -1) {
    starts.unshift(carried);
    regions.warnings.push(
      "text before the first headline read as the rest of an article from another page",
    );
  }

  const first = starts[0] ?? prepared.length;
  // Banner lines right above an opening continuation belong to it as its rubric.
  let furnitureEnd = first;
  const opensWithContinuation =
    first < prepared.length &&
    roles[first] === "unknown" &&
    isContinuation(prepared[first] as PreparedBlock);
  if (carried === -1 && opensWithContinuation) {
    // Page header lines (the date, 第2版, the section's name 综合新闻) are the page's, whatever follows them.
    const banner = (i: number) =>
      isRubricBlock(prepared[i] as PreparedBlock, roles[i] ?? "unknown") &&
      !isNeverHeadline(prepared[i]?.heading ?? "");
    while (furnitureEnd > 0 && banner(furnitureEnd - 1)) furnitureEnd--;
  }
  for (let i = 0; i < first; i++) {
    const block = prepared[i];
    if (!block) continue;
    appendAll(
      i < furnitureEnd ? regions.furniture : regions.rubrics,
      linesOf(block, roles[i] ?? "unknown"),
    );
  }

  starts.forEach((from, k) => {
    const end = starts[k + 1] ?? prepared.length;
    const last = k === starts.length - 1;
    const roleAt = (i: number) => roles[i] ?? "unknown";
    const deskAt = (i: number) =>
      last && isDeskCreditBlock(prepared[i] as PreparedBlock, roleAt(i));
    let to = end;
    // The first desk credit of the tail: the article's text has certainly ended there.
    let desk = end;
    while (
      to - 1 > from &&
      (isRubricBlock(prepared[to - 1] as PreparedBlock, roleAt(to - 1)) ||
        deskAt(to - 1))
    ) {
      to--;
      if (deskAt(to)) desk = to;
    }
    const before = prepared[to - 1];
    const allBanners = roles.slice(to, desk).every((role) => role === "banner");
    // Rubric-shaped lines right after unfinished text are the article's own; whatever follows a desk credit is not.
    if (
      to < desk &&
      !(
        allBanners ||
        (before !== undefined && closesArticle(before, roleAt(to - 1)))
      )
    )
      to = desk;
    for (let i = to; i < end; i++) {
      const block = prepared[i];
      if (block)
        appendAll(
          deskAt(i) ? regions.furniture : regions.rubrics,
          linesOf(block, roleAt(i)),
        );
    }
    const jumpAt = prepared
      .slice(from, to)
      .findIndex((block) => block.jump?.direction === "to");
    if (jumpAt !== -1 && from + jumpAt < to - 1)
      regions.warnings.push(
        `text after the jump marker ${prepared[from + jumpAt]?.jump?.marker ?? ""} kept in article ${k + 1}`,
      );
    regions.articles.push({ from, to });
  });
  return regions;
}
