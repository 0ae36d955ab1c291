// Whitespace repair: OCR puts stray spaces between Chinese characters
// (平 湖 → 平湖). Only body paragraphs are touched: in a headline or subhead a
// space separates two halves on purpose (勇挑大梁担使命 提质进位走前列), and
// the dateline separator has already been lifted out with the dateline. In a
// credit left in the text (记者 王芳 通讯员 李强) the spaces are the print's
// own: joining them would make 记者王芳通讯员李强 of a credit.

import { isCreditLabel, isName } from "../segment/parse-byline";
import { isCjk, isDigit, isHan, isQuote, isSpace } from "../text/cjk-chars";
import type { OcrBlock, OcrRepair, OcrWord } from "../types";
import { CONTEXT_CHARS, type RepairContext, widenSpan } from "./repair-context";
import { shiftPastRemovals } from "./shift-words";

/**
 * Whether a space between these two characters is an OCR artefact: Chinese
 * print sets no spaces between Chinese text and Chinese text, quotation
 * marks or numbers ("2023 年", "推进 “地瓜经济” 提能"). Latin words keep theirs.
 */
function isStraySpace(before: number, after: number): boolean {
  if (isCjk(before))
    return isCjk(after) || isCurlyQuote(after) || isDigit(after);
  if (isCjk(after)) return isCurlyQuote(before) || isDigit(before);
  return false;
}

const isCurlyQuote = (code: number) => isQuote(code) && code > 0x7f;

/** Longest label (本报全媒体记者) or name (阿依古丽·买买提) looked at around a space. */
const MAX_CREDIT_WORD = 17;
/** Han and the middle dots of transliterated names: what labels and names are made of. */
const isWordChar = (code: number) =>
  isHan(code) ||
  code === 0xb7 ||
  code === 0x2022 ||
  code === 0x2027 ||
  code === 0x30fb;
const isCloseBracket = (code: number) => code === 0xff09 || code === 0x29;

/** The whole word ending at `end` (exclusive), or "" when it is longer than any label or name. */
function wordBefore(
  text: string,
  end: number,
): { word: string; start: number } {
  let start = end;
  while (
    start > 0 &&
    end - start <= MAX_CREDIT_WORD &&
    isWordChar(text.charCodeAt(start - 1))
  )
    start--;
  return end - start > MAX_CREDIT_WORD
    ? { word: "", start }
    : { word: text.slice(start, end), start };
}

/** The whole word starting at `start`, and whether a space, a closing bracket or the end follows it. */
function wordAfter(
  text: string,
  start: number,
): { word: string; closed: boolean } {
  let end = start;
  while (
    end < text.length &&
    end - start <= MAX_CREDIT_WORD &&
    isWordChar(text.charCodeAt(end))
  )
    end++;
  const next = text.charCodeAt(end);
  const closed = end === text.length || isSpace(next) || isCloseBracket(next);
  return {
    word: end - start > MAX_CREDIT_WORD ? "" : text.slice(start, end),
    closed,
  };
}

/**
 * Is the space [start, end) part of a credit? It is when a label and a name
 * meet there (记者 王芳, （记者 李四）), or when it follows a name that itself
 * follows a credit space (王芳 通讯员, 李雨婷 黄雨欣, 李强 昨天).
 */
function separatesCredit(
  text: string,
  start: number,
  end: number,
  creditEnd: number,
): boolean {
  const before = wordBefore(text, start);
  if (before.start === creditEnd && isName(before.word)) return true;
  const after = wordAfter(text, end);
  return after.closed && isCreditLabel(before.word) && isName(after.word);
}

/** Stray space runs [start, end) inside Chinese text. */
function findCjkSpaceRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  // End of the last space kept inside a credit, so the credit's next word is known as one of its own.
  let creditEnd = -1;
  let i = 1;
  while (i < text.length - 1) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (
      i >= text.length ||
      !isStraySpace(text.charCodeAt(start - 1), text.charCodeAt(i))
    )
      continue;
    if (separatesCredit(text, start, i, creditEnd)) creditEnd = i;
    else runs.push([start, i]);
  }
  return runs;
}

/** One repair per removed run, quoting up to CONTEXT_CHARS characters each side. */
export function removeCjkSpaces(
  blocks: OcrBlock[],
  words: OcrWord[],
  ctx: RepairContext,
): OcrRepair[] {
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
