// Blocks no METS article claims become "unsegmented" articles: one per flow
// (ComposedBlock, IDNEXT chain, ReadingOrder group, run of loose blocks),
// with a new one started where a heading-sized block follows body text —
// without article markup a larger font is the best sign a story begins.
// The segmenter still turns a leading heading into the headline; editors
// split or merge the rest.
import type { AltoPage } from "./alto-page";
import { altoReadingOrder } from "./alto-reading-order";
import { altoSourceBlocks, wholeBlocks } from "./alto-source-blocks";
import { buildArticle } from "../segment/build-article";
import type { OcrArticle, OcrRepair } from "../types";

export interface LooseArticlesOptions {
  page: number | null;
  repair: boolean;
  /** Index the first article gets (1-based, after the page's METS articles). */
  firstIndex: number;
  /** Only these blocks; null for every non-margin block. */
  only: ReadonlySet<number> | null;
}

/**
 * Articles from the blocks no METS article claims (`options.only`, else every
 * non-margin block), flow by flow in reading order, a new one at each
 * heading. Article indexes start at `options.firstIndex`; repairs and
 * warnings are those of the articles built.
 */
export function looseArticles(
  alto: AltoPage,
  options: LooseArticlesOptions,
): { articles: OcrArticle[]; repairs: OcrRepair[]; warnings: string[] } {
  const order = altoReadingOrder(alto);
  const articles: OcrArticle[] = [];
  const repairs: OcrRepair[] = [];
  const warnings = [...order.warnings];
  for (const flow of order.flows) {
    const blocks = options.only ? flow.filter((b) => options.only!.has(b)) : flow;
    for (const group of splitAtHeadings(alto, blocks)) {
      const source = altoSourceBlocks(alto, wholeBlocks(alto, group));
      if (source.blocks.length === 0) continue;
      const built = buildArticle(source, {
        page: options.page,
        repair: options.repair,
        articleIndex: options.firstIndex + articles.length,
        key: null,
        rubric: null,
        jumps: [],
      });
      articles.push(built.article);
      for (const repair of built.repairs) repairs.push(repair);
      for (const warning of built.warnings) warnings.push(warning);
    }
  }
  return { articles, repairs, warnings };
}

function splitAtHeadings(alto: AltoPage, blocks: readonly number[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (const b of blocks) {
    const hint = alto.blocks[b]!.hint;
    const previous = current.length > 0 ? alto.blocks[current[current.length - 1]!]!.hint : null;
    if (hint === "heading" && previous !== null && previous !== "heading") {
      // A kicker (引题) or short bold line right above the headline moves along with it.
      let cut = current.length;
      while (cut > 0 && ["subhead", "kicker"].includes(alto.blocks[current[cut - 1]!]!.hint)) cut--;
      if (cut > 0) {
        groups.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    current.push(b);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
