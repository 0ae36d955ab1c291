// Blocks no METS article claims become articles: one per flow (ComposedBlock,
// IDNEXT chain, ReadingOrder group, run of loose blocks between the blocks of
// METS articles), with a new one started where a heading block follows body text —
// without article markup a larger font is the best sign a story begins.
// The segmenter still turns a leading heading into the headline; editors
// split or merge the rest.
import { buildArticle } from "../segment/build-article";
import type { OcrArticle, OcrRepair } from "../types";
import type { AltoPage } from "./alto-page";
import { altoReadingOrder } from "./alto-reading-order";
import { altoSourceBlocks, wholeBlocks } from "./alto-source-blocks";

export interface LooseArticlesOptions {
  page: number | null;
  repair: boolean;
  /** Index the first article gets (1-based, after the page's METS articles). */
  firstIndex: number;
  /** Only these blocks; null for every non-margin block. */
  only: ReadonlySet<number> | null;
  /** Blocks (outside `only`) that end a run: a METS article's blocks part the unlinked text before them from the text after. */
  breaks?: ReadonlySet<number>;
  /** Build no article that would have no headline: return its blocks in `headless` instead (METS unlinked blocks). */
  leaveHeadless?: boolean;
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
): {
  articles: OcrArticle[];
  repairs: OcrRepair[];
  warnings: string[];
  headless: number[][];
} {
  const order = altoReadingOrder(alto);
  const articles: OcrArticle[] = [];
  const repairs: OcrRepair[] = [];
  const warnings = [...order.warnings];
  const headless: number[][] = [];
  {
    for (const group of looseGroups(
      alto,
      order.flows,
      options.only,
      options.breaks ?? null,
    )) {
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
      if (options.leaveHeadless && built.article.headline === null) {
        headless.push(group);
        continue;
      }
      articles.push(built.article);
      for (const repair of built.repairs) repairs.push(repair);
      for (const warning of built.warnings) warnings.push(warning);
    }
  }
  return { articles, repairs, warnings, headless };
}

/**
 * The blocks of each article looseArticles would build, in reading order:
 * the chosen blocks (`only`, else all) of the page's reading-order flows (see
 * altoReadingOrder), cut wherever a flow passes a block of `breaks` and
 * before each heading that follows body text.
 */
export function looseGroups(
  alto: AltoPage,
  flows: readonly number[][],
  only: ReadonlySet<number> | null,
  breaks: ReadonlySet<number> | null,
): number[][] {
  return looseRuns(flows, only, breaks).flatMap((run) =>
    splitAtHeadings(alto, run),
  );
}

function looseRuns(
  flows: readonly number[][],
  only: ReadonlySet<number> | null,
  breaks: ReadonlySet<number> | null,
): number[][] {
  const runs: number[][] = [];
  for (const flow of flows) {
    let run: number[] = [];
    for (const b of flow) {
      if (!only || only.has(b)) run.push(b);
      else if (breaks?.has(b) && run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function splitAtHeadings(
  alto: AltoPage,
  blocks: readonly number[],
): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (const b of blocks) {
    const hint = alto.blocks[b]!.hint;
    const previous =
      current.length > 0
        ? alto.blocks[current[current.length - 1]!]!.hint
        : null;
    if (hint === "heading" && previous !== null && previous !== "heading") {
      // A kicker (引题) or short bold line right above the headline moves along with it.
      let cut = current.length;
      while (
        cut > 0 &&
        ["subhead", "kicker"].includes(alto.blocks[current[cut - 1]!]!.hint)
      )
        cut--;
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
