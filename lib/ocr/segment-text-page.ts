// Segments one decoded text page (Markdown as exported by OCR tools, or plain
// text) into furniture, rubrics and articles. Page-level decisions live in
// find-article-starts.ts and assign-page-regions.ts; each article is then
// read by segmentArticleBlocks, the same code the ALTO/METS reader uses.

import { appendAll } from "./append-all";
import { NO_ARTICLE_WARNING } from "./input/warn-empty-pages";
import { assignPageRegions } from "./segment/assign-page-regions";
import {
  type BlockRole,
  findArticleStarts,
} from "./segment/find-article-starts";
import { findSignatures } from "./segment/find-signatures";
import { mergeBylines } from "./segment/merge-bylines";
import { prepareBlock, type PreparedBlock } from "./segment/prepare-blocks";
import { segmentArticleBlocks } from "./segment/segment-article";
import { takeWebMeta } from "./segment/take-web-meta";
import { parseFrontMatter } from "./text/parse-front-matter";
import { splitTextBlocks, type TextBlock } from "./text/split-text-blocks";
import type { OcrPage, OcrRepair, SegmentOptions, SourceBlock } from "./types";

const LINE_ENDS = /\r\n?/g;

function hintFor(role: BlockRole): SourceBlock["hint"] {
  // A larger heading inside an article's text is read as a subhead.
  return role === "banner" ? "subhead" : role;
}

/** `text` is already decoded, BOM stripped; CR and CRLF line ends are accepted. */
export function segmentTextPage(
  text: string,
  options: SegmentOptions,
): { page: OcrPage; repairs: OcrRepair[]; warnings: string[] } {
  const warnings: string[] = [];
  const front = parseFrontMatter(text.replace(LINE_ENDS, "\n"));
  const number = options.page ?? front.page;
  if (
    options.page !== null &&
    front.page !== null &&
    front.page !== options.page
  ) {
    warnings.push(
      `front matter says page ${front.page}; using page ${options.page}`,
    );
  }

  const allTexts: TextBlock[] = [];
  const allPrepared: PreparedBlock[] = [];
  for (const block of splitTextBlocks(front.body).blocks) {
    const ready = prepareBlock({ lines: block.lines, hint: "unknown" }, number);
    if (ready) {
      allTexts.push(block);
      allPrepared.push(ready);
    }
  }
  // 發布時間：… 來源：… from a web page: furniture and credits, never a headline or text.
  const { texts, prepared, meta } = takeWebMeta(allTexts, allPrepared);

  // Jeanne MARTIN. closing an item: read as its byline from here on, by the page rules and the article's.
  const signatures = findSignatures(texts, prepared);
  for (const i of signatures) {
    const block = prepared[i];
    const signed = block
      ? prepareBlock({ lines: block.lines, hint: "byline" }, number)
      : null;
    if (signed) prepared[i] = signed;
  }

  const { starts, roles } = findArticleStarts(texts, prepared);
  const regions = assignPageRegions(prepared, roles, starts);
  appendAll(warnings, regions.warnings);

  const firstArticle = regions.articles[0]?.from ?? prepared.length;
  const furniture = [
    ...meta.filter((m) => m.at <= firstArticle).map((m) => m.text),
    ...regions.furniture,
    ...meta.filter((m) => m.at > firstArticle).map((m) => m.text),
  ];
  const page: OcrPage = {
    number,
    furniture,
    rubrics: regions.rubrics,
    articles: [],
  };
  const repairs: OcrRepair[] = [];
  regions.articles.forEach(({ from, to }, k) => {
    const blocks: SourceBlock[] = [];
    for (let i = from; i < to; i++)
      blocks.push({
        lines: texts[i]?.lines ?? [],
        hint: signatures.has(i) ? "byline" : hintFor(roles[i] ?? "unknown"),
      });
    const result = segmentArticleBlocks(blocks, {
      page: number,
      repair: options.repair,
      articleIndex: k + 1,
    });
    // The credits of a metadata line under this article's headline or inside it are the article's.
    const credited = meta
      .filter((m) => m.at > from && m.at <= to)
      .flatMap((m) => m.bylines);
    page.articles.push(
      credited.length > 0
        ? {
            ...result.article,
            bylines: mergeBylines(result.article.bylines, credited),
          }
        : result.article,
    );
    appendAll(repairs, result.repairs);
    appendAll(
      warnings,
      result.warnings.map((warning) => `article ${k + 1}: ${warning}`),
    );
  });
  if (page.articles.length === 0) warnings.push(NO_ARTICLE_WARNING);
  return { page, repairs, warnings };
}
