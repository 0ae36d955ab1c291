// Column-break rejoin: OCR reads a paragraph that continues in the next
// column as two paragraphs (…惟创 ⏎⏎ 新者胜…). A paragraph that does not end
// a sentence is joined to the next one, never across a subhead, a jump
// marker or the article's end, and never into or out of a list, a labelled
// detail (地址：…), a photo caption or a line ending in a URL, phone number,
// e-mail or photo credit: those end where they end.

import { snapToCharacter } from "../text/cjk-chars";
import { lineSeparator } from "../text/line-separator";
import { looksCut, opensNewSentence, startsMidClause } from "../text/looks-cut";
import {
  endsParagraph,
  endsUnbreakably,
  isHeadlineShaped,
  isLabelledLine,
  isParagraphBoundary,
  MAX_GUESSED_SUBHEAD_CHARS,
  startsCaption,
  startsEnumeration,
} from "../text/text-shape";
import type { OcrBlock, OcrRepair, OcrWord } from "../types";
import type { RepairContext } from "./repair-context";
import { remapWords } from "./shift-words";

/**
 * Context quoted on each side of a break: up to 8 characters, cut at clause
 * punctuation so the quote is the broken phrase itself (惟创⏎⏎新者胜), not
 * half of the sentence before it.
 */
export const BREAK_CONTEXT_CHARS = 8;
const CLAUSE_PUNCT = /[。！？!?；;，,、：:“”]/;

function tailOf(text: string): string {
  let start = text.length - 1; // the last character is kept even if it is punctuation (18批次,)
  while (
    start > 0 &&
    text.length - start < BREAK_CONTEXT_CHARS &&
    !CLAUSE_PUNCT.test(text.charAt(start - 1))
  )
    start--;
  return text.slice(snapToCharacter(text, Math.max(start, 0), true));
}

function headOf(text: string): string {
  let end = 1;
  while (
    end < text.length &&
    end < BREAK_CONTEXT_CHARS &&
    !CLAUSE_PUNCT.test(text.charAt(end))
  )
    end++;
  return text.slice(0, snapToCharacter(text, end, false));
}

/** A list item or detail line this short is whole: a cut paragraph runs longer. */
const MAX_ITEM_CHARS = 40;

/** Is this a line of its own (list item, labelled detail, caption) rather than part of a paragraph? */
function standsAlone(text: string): boolean {
  return (
    isLabelledLine(text) ||
    startsCaption(text) ||
    (startsEnumeration(text) && text.length <= MAX_ITEM_CHARS)
  );
}

/** A verse line is short; a column break leaves at least one side a full column long. */
const VERSE_LINE_CHARS = 16;
const VERSE_MIN_LINES = 3;

/**
 * Blocks inside a run of at least three short paragraphs: verse (副刊 poems)
 * or a list, whose lines are meant to stand apart.
 */
function verseLines(blocks: readonly OcrBlock[]): boolean[] {
  // A short piece that reads as cut off (改造内容包括 ⏎ 屋面防水…) is prose broken by a column, not a verse line.
  const cut = (b: OcrBlock, i: number) =>
    !endsParagraph(b.text) && looksCut(b.text, blocks[i + 1]?.text ?? "");
  const short = blocks.map(
    (b, i) =>
      b.type === "paragraph" &&
      b.text !== "" &&
      b.text.length <= VERSE_LINE_CHARS &&
      !cut(b, i),
  );
  const verse = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && short[j]) j++;
    if (j - i >= VERSE_MIN_LINES) verse.fill(true, i, j);
    i = j === i ? i + 1 : j;
  }
  return verse;
}

/** A closing quote or bracket with no sentence end inside it: “金名片” may run on (“金名片” ⏎ 的…). */
const OPEN_CLOSE = /[^。！？!?…][”’」』）)]$/;

/** 城关镇开展消防安全大检查 ⏎ 近日，…: a short unpunctuated line over a new sentence is a headline, not a cut line. */
const ANY_PUNCT = /[。！？!?；;，,、：:“”"]/;

function isHeadOverSentence(text: string, next: string): boolean {
  return (
    isHeadlineShaped(text, MAX_GUESSED_SUBHEAD_CHARS) &&
    !ANY_PUNCT.test(text) &&
    opensNewSentence(next) &&
    !looksCut(text, next)
  );
}

function mayJoin(text: string, next: string): boolean {
  if (isHeadOverSentence(text, next)) return false;
  // CJK: a paragraph never opens with 的, 了, 们 or a comma; after a closing quote the sentence ran on.
  if (
    OPEN_CLOSE.test(text) &&
    !endsUnbreakably(text) &&
    !standsAlone(next) &&
    startsMidClause(next)
  )
    return true;
  if (
    isParagraphBoundary(text, next) ||
    endsUnbreakably(text) ||
    standsAlone(next)
  )
    return false;
  return !(standsAlone(text) && text.length <= MAX_ITEM_CHARS);
}

export function rejoinColumnBreaks(
  blocks: readonly OcrBlock[],
  words: OcrWord[],
  ctx: RepairContext,
): { blocks: OcrBlock[]; repairs: OcrRepair[] } {
  const out: OcrBlock[] = [];
  const repairs: OcrRepair[] = [];
  // Where each source block's characters end up: target block and offset.
  const target = new Array<number>(blocks.length).fill(0);
  const shift = new Array<number>(blocks.length).fill(0);
  const verse = verseLines(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const last = out[out.length - 1];
    const joinable =
      last !== undefined &&
      last.type === "paragraph" &&
      block.type === "paragraph" &&
      block.text !== "" &&
      !(ctx.barriers?.has(i - 1) ?? false) &&
      !verse[i] &&
      mayJoin(last.text, block.text);
    if (!joinable || last === undefined) {
      out.push({ type: block.type, text: block.text });
      target[i] = out.length - 1;
      continue;
    }
    // The rule that joins printed lines: Chinese runs straight on, Latin text keeps a space.
    const space = lineSeparator(last.text, block.text);
    const before = tailOf(last.text);
    const after = headOf(block.text);
    repairs.push({
      kind: "column-break",
      page: ctx.page,
      article: ctx.article,
      block: out.length - 1,
      original: `${before}\n\n${after}`,
      replacement: `${before}${space}${after}`,
    });
    target[i] = out.length - 1;
    shift[i] = last.text.length + space.length;
    last.text = `${last.text}${space}${block.text}`;
  }
  remapWords(words, target, shift);
  return { blocks: out, repairs };
}
