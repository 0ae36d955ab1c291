// Whitespace repair: OCR puts stray spaces between Chinese characters
// (平 湖 → 平湖). Only body paragraphs are touched: in a headline or subhead a
// space separates two halves on purpose (勇挑大梁担使命 提质进位走前列), and
// the dateline separator has already been lifted out with the dateline.

import { isCjk, isDigit, isQuote, isSpace } from "../cjk-chars";
import type { OcrBlock, OcrRepair, OcrWord } from "../types";
import { CONTEXT_CHARS, widenSpan, type RepairContext } from "./repair-context";
import { shiftPastRemovals } from "./shift-words";

/**
 * Whether a space between these two characters is an OCR artefact: Chinese
 * print sets no spaces between Chinese text and Chinese text, quotation
 * marks or numbers ("2023 年", "推进 “地瓜经济” 提能"). Latin words keep theirs.
 */
function isStraySpace(before: number, after: number): boolean {
  if (isCjk(before)) return isCjk(after) || isCurlyQuote(after) || isDigit(after);
  if (isCjk(after)) return isCurlyQuote(before) || isDigit(before);
  return false;
}

const isCurlyQuote = (code: number) => isQuote(code) && code > 0x7f;

/** Stray space runs [start, end) inside Chinese text. */
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
    if (i < text.length && isStraySpace(text.charCodeAt(start - 1), text.charCodeAt(i))) runs.push([start, i]);
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
