// Whitespace repair: OCR puts stray spaces between Chinese characters
// (平 湖 → 平湖). Only body paragraphs are touched: in a headline or subhead a
// space separates two halves on purpose (勇挑大梁担使命 提质进位走前列), and
// the dateline separator has already been lifted out with the dateline.

import { isCjk, isSpace } from "../cjk-chars";
import type { OcrBlock, OcrRepair, OcrWord } from "../types";
import { CONTEXT_CHARS, widenSpan, type RepairContext } from "./repair-context";
import { shiftPastRemovals } from "./shift-words";

/** Space runs [start, end) with a Chinese character or full-width mark on both sides. */
function findCjkSpaceRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 1;
  while (i < text.length - 1) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i < text.length && isCjk(text.charCodeAt(start - 1)) && isCjk(text.charCodeAt(i))) runs.push([start, i]);
  }
  return runs;
}

/** One repair per removed run, quoting up to CONTEXT_CHARS characters each side. */
export function removeCjkSpaces(blocks: OcrBlock[], words: OcrWord[], ctx: RepairContext): OcrRepair[] {
  const repairs: OcrRepair[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "paragraph") return;
    const text = block.text;
    const runs = findCjkSpaceRuns(text);
    if (runs.length === 0) return;
    const isOtherSpace = (i: number) => isSpace(text.charCodeAt(i));
    const parts: string[] = [];
    let copied = 0;
    for (const [start, end] of runs) {
      const span = widenSpan(text, start, end, CONTEXT_CHARS, isOtherSpace);
      repairs.push({
        kind: "whitespace",
        page: ctx.page,
        article: ctx.article,
        block: index,
        original: text.slice(span.start, span.end),
        replacement: text.slice(span.start, start) + text.slice(end, span.end),
      });
      parts.push(text.slice(copied, start));
      copied = end;
    }
    parts.push(text.slice(copied));
    block.text = parts.join("");
    shiftPastRemovals(words, index, runs);
  });
  return repairs;
}
