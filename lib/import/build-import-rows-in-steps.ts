// buildImportRows a few articles at a time, the event loop getting a turn
// between steps: for the largest import (a thousand articles, their words
// and suggestions) one synchronous pass kept every other request waiting
// for a third of a second. The rows are the same as one pass would give.
import { setImmediate as nextTurn } from "node:timers/promises";

import { appendAll } from "@/lib/ocr/append-all";
import type { OcrRepair } from "@/lib/ocr/types";

import {
  buildImportRows,
  type ImportRows,
  type RowContext,
} from "./build-import-rows";
import type { ArticleGroup } from "./group-article-parts";

/** Articles (groups) built per step: a few milliseconds each, even with ALTO words. */
const STEP = 20;

/** As buildImportRows(groups, ctx), in steps of STEP groups with a turn of the event loop between them. */
export async function buildImportRowsInSteps(
  groups: readonly ArticleGroup[],
  ctx: RowContext,
): Promise<ImportRows> {
  const repairsOf = new Map<string, OcrRepair[]>();
  for (const r of ctx.repairs) {
    const key = `${r.page}:${r.article}`;
    const list = repairsOf.get(key);
    if (list) list.push(r);
    else repairsOf.set(key, [r]);
  }
  const rows: ImportRows = {
    articles: [],
    placements: [],
    bylines: [],
    repairs: [],
    jumps: [],
    revisions: [],
    openJumps: [],
    placementIdOf: new Map(),
  };
  for (let i = 0; i < groups.length; i += STEP) {
    const step = groups.slice(i, i + STEP);
    const repairs = step.flatMap((g) =>
      g.parts.flatMap((p) => repairsOf.get(`${p.page}:${p.indexOnPage}`) ?? []),
    );
    const part = buildImportRows(step, { ...ctx, repairs });
    appendAll(rows.articles, part.articles);
    appendAll(rows.placements, part.placements);
    appendAll(rows.bylines, part.bylines);
    appendAll(rows.repairs, part.repairs);
    appendAll(rows.jumps, part.jumps);
    appendAll(rows.revisions, part.revisions);
    appendAll(rows.openJumps, part.openJumps);
    for (const [k, v] of part.placementIdOf) rows.placementIdOf.set(k, v);
    await nextTurn();
  }
  return rows;
}
