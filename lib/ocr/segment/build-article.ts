// Runs the segmenter on one article's source blocks and adds what only the
// ALTO/METS reader knows: the cross-page key and jumps from METS, the rubric,
// and the hyphenation joins made while reading the ALTO.
import { hasJump } from "@/lib/jumps/article-jumps";

import type { ArticleSource } from "../alto/alto-source-blocks";
import type { OcrArticle, OcrJump, OcrRepair } from "../types";
import { segmentArticleBlocks } from "./segment-article";

export interface BuildArticleOptions {
  page: number | null;
  repair: boolean;
  /** 1-based position on the page. */
  articleIndex: number;
  key: string | null;
  rubric: string | null;
  /** Jumps METS implies (parts on other pages); skipped where a printed marker already says the same. */
  jumps: OcrJump[];
}

export function buildArticle(
  source: ArticleSource,
  options: BuildArticleOptions,
): { article: OcrArticle; repairs: OcrRepair[]; warnings: string[] } {
  const { article, repairs, warnings } = segmentArticleBlocks(source.blocks, {
    page: options.page,
    repair: options.repair,
    articleIndex: options.articleIndex,
  });
  article.key = options.key;
  if (options.rubric && !article.rubric) article.rubric = options.rubric;
  for (const jump of options.jumps) {
    if (!hasJump(article.jumps, jump.direction, jump.page))
      article.jumps.push(jump);
  }
  return {
    article,
    repairs: [...hyphenationRepairs(source, article, options), ...repairs],
    warnings: warnings.map((w) => `article ${options.articleIndex}: ${w}`),
  };
}

/**
 * Says where each joined word ended up: the first body block at or after the
 * previous one that contains it, else the header field that does (block -1).
 */
function hyphenationRepairs(
  source: ArticleSource,
  article: OcrArticle,
  options: BuildArticleOptions,
): OcrRepair[] {
  let cursor = 0;
  return source.hyphenations.map((h) => {
    const repair: OcrRepair = {
      kind: "hyphenation",
      page: options.page,
      article: options.articleIndex,
      block: cursor,
      original: h.original,
      replacement: h.replacement,
    };
    const found = article.blocks.findIndex(
      (b, i) => i >= cursor && b.text.includes(h.replacement),
    );
    const field = HEADER_FIELDS.find((f) =>
      article[f]?.includes(h.replacement),
    );
    if (found !== -1) repair.block = cursor = found;
    else if (field) {
      repair.block = -1;
      repair.field = field;
    }
    return repair;
  });
}

const HEADER_FIELDS = ["headline", "kicker", "deck"] as const;
