// CJK punctuation repair: OCR often returns half-width , ? ! : ; ( ) in
// Chinese text. A mark touching Chinese becomes full-width (，？！：；（）);
// numbers and Latin text keep theirs (1,300  10:30  4.8亿  “1+1+N”  (GDP) in
// an English sentence). Quotes, dashes and ellipses are looked through, as
// Western print uses them too (troisième,— stays). Parentheses are decided
// per pair so both halves always agree.

import {
  isCjk,
  isDigit,
  isHan,
  isLatinAlnum,
  isQuote,
} from "../text/cjk-chars";
import type { OcrRepair } from "../types";
import { CONTEXT_CHARS, type RepairContext, widenSpan } from "./repair-context";

/** Half-width mark → full-width mark, by char code: , ? ! : ; ( ) */
const FULL_WIDTH = new Map<number, string>([
  [0x2c, "，"],
  [0x3f, "？"],
  [0x21, "！"],
  [0x3a, "："],
  [0x3b, "；"],
  [0x28, "（"],
  [0x29, "）"],
]);
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x28;
const CLOSE = 0x29;
/** Cheap pre-check: most paragraphs of a clean page have nothing to convert. */
const ANY_MARK = /[,?!:;()]/;

/** Quotes, — and …: marks Chinese and Western print share, which say nothing about the language. */
function isShared(code: number): boolean {
  return isQuote(code) || code === 0x2014 || code === 0x2026;
}

/** Code of the character before i, looking through shared marks (叫“平湖”? → 湖); -1 at the start. */
function codeBefore(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isShared(text.charCodeAt(j))) j--;
  return j >= 0 ? text.charCodeAt(j) : -1;
}

/**
 * Code of the character after i, looking through dashes and ellipses
 * (aventure !— Partons → space) but not quotes: a mark before a closing
 * quote ends the quoted sentence (“… hire 300 people!”记者).
 */
function codeAfter(text: string, i: number): number {
  let j = i + 1;
  while (
    j < text.length &&
    (text.charCodeAt(j) === 0x2014 || text.charCodeAt(j) === 0x2026)
  )
    j++;
  return j < text.length ? text.charCodeAt(j) : -1;
}

const CJK_SCRIPT =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ud840-\ud8bf]/;

/**
 * Whether `text` has any Chinese, Japanese or Korean character (Han, kana,
 * Hangul). Text without one (a French or English page) gets no CJK repair
 * at all: its punctuation and spaces are Western print's own.
 */
export function hasCjkScript(text: string): boolean {
  return CJK_SCRIPT.test(text);
}

function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function touchesChinese(text: string, i: number, code: number): boolean {
  // 1,300 and 10:30 are numbers, whatever surrounds them.
  if (
    (code === COMMA || code === COLON) &&
    isDigit(codeAt(text, i - 1)) &&
    isDigit(codeAt(text, i + 1))
  )
    return false;
  const next = codeAfter(text, i);
  const before = codeBefore(text, i);
  if (isLatinAlnum(before) && isLatinAlnum(next)) return false;
  return isChinese(before) || isChinese(next);
}

/** Chinese text or full-width punctuation, not counting the shared — and …. */
function isChinese(code: number): boolean {
  return isCjk(code) && !isShared(code);
}

function pairIsChinese(text: string, open: number, close: number): boolean {
  if (isChinese(codeBefore(text, open)) || isChinese(codeAfter(text, close)))
    return true;
  for (let i = open + 1; i < close; i++)
    if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Matching half-width parentheses: position → partner position. */
function pairParentheses(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  if (text.indexOf("(") === -1) return pairs;
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN) stack.push(i);
    else if (code === CLOSE) {
      const open = stack.pop();
      if (open !== undefined) {
        pairs.set(open, i);
        pairs.set(i, open);
      }
    }
  }
  return pairs;
}

/** Positions of half-width marks that belong to Chinese text. */
function findConvertible(text: string): number[] {
  const positions: number[] = [];
  const pairs = pairParentheses(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // , ! ( ) sit at 0x21–0x2c; : ; at 0x3a–0x3b; ? at 0x3f.
    if (code > 0x3f || !FULL_WIDTH.has(code)) continue;
    const partner = pairs.get(i);
    const convert =
      partner === undefined
        ? touchesChinese(text, i, code)
        : pairIsChinese(text, Math.min(i, partner), Math.max(i, partner));
    if (convert) positions.push(i);
  }
  return positions;
}

/**
 * Converts the marks and reports one repair per converted character, quoting
 * up to CONTEXT_CHARS characters each side (stopping at the next converted
 * mark), so an editor can undo any single conversion.
 */
export function fixCjkPunctuation(
  text: string,
  ctx: RepairContext,
  where: { block: number; field?: OcrRepair["field"] },
): { text: string; repairs: OcrRepair[] } {
  if (!ANY_MARK.test(text)) return { text, repairs: [] };
  const positions = findConvertible(text);
  if (positions.length === 0) return { text, repairs: [] };
  const parts: string[] = [];
  let copied = 0;
  for (const i of positions) {
    parts.push(
      text.slice(copied, i),
      FULL_WIDTH.get(text.charCodeAt(i)) ?? text.charAt(i),
    );
    copied = i + 1;
  }
  parts.push(text.slice(copied));
  const fixed = parts.join("");
  const converted = new Set(positions);
  const repairs = positions.map((i): OcrRepair => {
    const span = widenSpan(text, i, i + 1, CONTEXT_CHARS, (j) =>
      converted.has(j),
    );
    const repair: OcrRepair = {
      kind: "punctuation",
      page: ctx.page,
      article: ctx.article,
      block: where.block,
      original: text.slice(span.start, span.end),
      replacement: fixed.slice(span.start, span.end),
    };
    if (where.field !== undefined) repair.field = where.field;
    return repair;
  });
  return { text: fixed, repairs };
}
