// Segments ONE article from blocks in reading order: the ALTO/METS reader
// calls it with METS article boundaries, and segmentTextPage calls it for
// each article it finds, so both inputs follow the same rules.

import { repairArticle } from "../repairs/repair-article";
import type {
  OcrArticle,
  OcrJump,
  OcrRepair,
  SegmentOptions,
  SourceBlock,
} from "../types";
import { mergeBylines } from "./merge-bylines";
import { prepareBlocks } from "./prepare-blocks";
import { segmentArticleBody } from "./segment-article-body";
import { segmentArticleHeader } from "./segment-article-header";

export interface SegmentArticleOptions extends SegmentOptions {
  /** 1-based position of the article on its page, as in OcrRepair.article. */
  articleIndex: number;
}

export function segmentArticleBlocks(
  blocks: SourceBlock[],
  options: SegmentArticleOptions,
): { article: OcrArticle; repairs: OcrRepair[]; warnings: string[] } {
  const prepared = prepareBlocks(blocks, options.page);
  const header = segmentArticleHeader(prepared);
  const body = segmentArticleBody(prepared, header.bodyStart, options.page);
  const warnings = [...body.warnings];

  const jumps: OcrJump[] = [];
  for (const jump of [...header.jumps, ...body.jumps]) {
    if (jump.page === null)
      warnings.push(
        `jump marker ${jump.marker} dropped: the page number is unknown`,
      );
    else
      jumps.push({
        direction: jump.direction,
        page: jump.page,
        marker: jump.marker,
      });
  }
  // 本报讯（记者 李四） may credit people the byline lines do not; a trailing
  // 责任编辑 never hides them.
  const bylines = mergeBylines(
    header.bylines,
    body.datelineBylines,
    body.bylines,
  );

  const article: OcrArticle = {
    kicker: header.kicker,
    headline: header.headline,
    deck: header.deck,
    dateline: body.dateline,
    bylines,
    blocks: body.blocks,
    jumps,
    rubric: header.rubric,
    key: null,
    originalText: body.blocks.map((block) => block.text).join("\n\n"),
    words: body.words,
  };
  if (!options.repair) return { article, repairs: [], warnings };
  const repaired = repairArticle(article, {
    page: options.page,
    article: options.articleIndex,
    barriers: body.barriers,
  });
  return { article: repaired.article, repairs: repaired.repairs, warnings };
}
