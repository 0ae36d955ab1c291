// Page furniture on an ALTO page that no article markup covers (no METS, a
// METS with pages only, as Gallica manifests and NDNP issues are, or the
// blocks a partial METS leaves unlinked): margin blocks, folios, running
// heads and the masthead. Everything else is text for articles, headings and
// signatures included; a short block is not furniture for being short, nor
// for holding a number (`3 Bridge Plan Wins, Vote` is a headline).
import { maxOf, minOf } from "../extremes";
import { isNeverHeadline } from "../text/text-shape";
import {
  type BlockBox,
  HEADING_FONT_RATIO,
  HEADING_LINE_RATIO,
} from "./alto-block-hints";
import { headsArticle } from "./alto-lead-headline";
import type { AltoBlock, AltoPage } from "./alto-page";

/** — 3 —, Page 3, p. 3, Seite 3, III: a folio alone. */
const FOLIO =
  /^[\s\-–—.·•|()[\]]*(?:(?:page|pag\.?|p\.|seite|s\.|blz\.?|pagina|no\.?|n°)\s*)?(?:\d{1,4}|[IVXLC]{1,6})[\s\-–—.·•|()[\]]*$/i;
/** A running head or foot is this short… */
const MAX_RUNNING_CHARS = 120;
/** …within this share of the text area's height (or this many body lines) from its top or bottom edge… */
const EDGE_SHARE = 0.08;
const EDGE_LINES = 3;
/** …set no larger than the body (HEADING_FONT_RATIO, HEADING_LINE_RATIO: the ratios blockHints reads a heading by)… */
/** …and runs across the page (this share of the text area's width) or reads as a date or page line. */
const WIDE_SHARE = 0.6;
/** The masthead: lines this much taller than a body line, across this share of the page. */
const MASTHEAD_LINE_RATIO = 2;
const MASTHEAD_WIDTH_SHARE = 0.5;

const MONTHS =
  "jan(?:uary|vier|uari|uar)?|feb(?:ruary|ruari|ruar)?|f[ée]vrier|mar(?:ch|s|t|z)?|maart|märz|apr(?:il|ile)?|avril|ma[iy]|mei|juni?|june|juin|jul[iy]?|juillet|aug(?:ust|ustus)?|ao[uû]t|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|d[eé]c(?:ember|embre)?|dez(?:ember)?|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre";
const WEEKDAYS =
  "sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|domingo|lunes|martes|miércoles|jueves|viernes|sábado|domenica|lunedì|martedì|mercoledì|giovedì|venerdì|sabato";
const DATE_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})\\.?$`, "i");
/** A year, a page or issue number: what a running head or foot prints besides the paper's name. */
const PAGE_OR_YEAR =
  /(?:^|\D)(?:1[5-9]\d\d|20\d\d)(?:\D|$)|\b(?:page|pag|seite|blz|pagina|p|s|no|nr|n°|num[ée]ro|jahrgang|année|jaargang|vol|volume)\.?\s*\d/i;

export interface PageFurnitureOptions {
  /** Keys (see runningHeadKey) of running heads repeated on other pages of the issue. */
  repeated?: ReadonlySet<string>;
}

/**
 * Indexes of the blocks that are page furniture: in a margin; a folio alone
 * (3, — 3 —, Page 3, 第3版); a running head or foot; or the topmost block
 * when its lines are at least twice as tall as body lines and it spans half
 * the page (the masthead) — unless it heads an article (see headsArticle:
 * a deck, byline or dateline under it, a bracketed rubric at its end). A running head or foot is a block of one or two
 * lines above or below all the body text (blocks of three lines or more),
 * holding a number, at the top or bottom edge of the text area (ALTO
 * PrintSpace, else the page inside TopMargin/BottomMargin), set no larger
 * than the body (TextStyle FONTSIZE, TextLine HEIGHT), that does not read as
 * a sentence, and that either runs across the page, reads as a date or page
 * line (a month, weekday, year, `Page 3`) or repeats on other pages
 * (`options.repeated`). Units are the file's own: each rule compares a block
 * with the page.
 */
export function pageFurniture(
  alto: AltoPage,
  options: PageFurnitureOptions = {},
): Set<number> {
  const furniture = new Set<number>();
  const texts = alto.blocks.map(blockLines);
  const body = alto.blocks.flatMap((b, i) =>
    !b.margin && b.box && texts[i]!.length >= 3 ? [b.box] : [],
  );
  const top = body.length > 0 ? minOf(body.map((b) => b.vpos)) : null;
  const bottom =
    body.length > 0 ? maxOf(body.map((b) => b.vpos + b.height)) : null;
  const bodyLine = bodyLineHeight(alto, texts);
  const area = textArea(alto);
  const width =
    alto.width ??
    Math.max(
      0,
      maxOf(alto.blocks.map((b) => (b.box ? b.box.hpos + b.box.width : 0))),
    );
  const topmost = topmostBlock(alto);
  const isMasthead = (i: number): boolean => {
    const box = alto.blocks[i]!.box;
    const lines = texts[i]!.length;
    return (
      i === topmost &&
      box !== null &&
      top !== null &&
      box.vpos + box.height <= top &&
      bodyLine !== null &&
      lines > 0 &&
      box.height / lines >= MASTHEAD_LINE_RATIO * bodyLine &&
      box.width >= MASTHEAD_WIDTH_SHARE * width &&
      // The lead headline (头条) over its deck or byline is no masthead.
      !headsArticle(alto, i)
    );
  };
  // A running head under the masthead is at the top edge of what is left.
  const mast =
    topmost !== null && isMasthead(topmost) ? alto.blocks[topmost]!.box! : null;
  const edgeArea =
    area && mast && mast.vpos + mast.height > area.vpos
      ? {
          ...area,
          vpos: mast.vpos + mast.height,
          height: area.vpos + area.height - (mast.vpos + mast.height),
        }
      : area;
  alto.blocks.forEach((block, i) => {
    const lines = texts[i]!;
    if (lines.length === 0) return;
    const text = lines.join(" ");
    const box = block.box;
    const above = box !== null && top !== null && box.vpos + box.height <= top;
    const below = box !== null && bottom !== null && box.vpos >= bottom;
    const masthead = isMasthead(i);
    const running =
      (above || below) &&
      lines.length <= 2 &&
      text.length <= MAX_RUNNING_CHARS &&
      /\d/.test(text) &&
      !isLargerType(block, lines.length, alto.bodyFontSize ?? null, bodyLine) &&
      area !== null &&
      edgeArea !== null &&
      atEdge(
        box!,
        above ? edgeArea : area,
        above ? "top" : "bottom",
        bodyLine,
      ) &&
      !readsAsProse(text) &&
      (box!.width >= WIDE_SHARE * area.width ||
        isDateOrPageLine(text) ||
        (options.repeated?.has(runningHeadKey(text)) ?? false));
    if (
      block.margin ||
      FOLIO.test(text) ||
      (lines.length === 1 && isPageHeader(text)) ||
      running ||
      masthead
    )
      furniture.add(i);
  });
  return furniture;
}

/**
 * What a running head keeps from page to page: its letters, lower-cased,
 * without digits and punctuation (`THE EVENING STAR, JUNE 3, 1952 PAGE 4`
 * and `… PAGE 5` give one key).
 */
export function runningHeadKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

/**
 * Keys (runningHeadKey) of the short blocks at the top or bottom edge of at
 * least two of the given pages of one issue: the running heads and feet a
 * paper repeats on every page. Keys of fewer than 4 letters say nothing.
 */
export function repeatedRunningHeads(pages: readonly AltoPage[]): Set<string> {
  const count = new Map<string, number>();
  for (const alto of pages) {
    const texts = alto.blocks.map(blockLines);
    const area = textArea(alto);
    const bodyLine = bodyLineHeight(alto, texts);
    const keys = new Set<string>();
    alto.blocks.forEach((block, i) => {
      const lines = texts[i]!;
      if (!block.box || !area || lines.length === 0 || lines.length > 2) return;
      const text = lines.join(" ");
      if (
        text.length > MAX_RUNNING_CHARS ||
        (!atEdge(block.box, area, "top", bodyLine) &&
          !atEdge(block.box, area, "bottom", bodyLine))
      )
        return;
      const key = runningHeadKey(text);
      if (key.replace(/ /g, "").length >= 4) keys.add(key);
    });
    for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([key]) => key));
}

function blockLines(block: AltoBlock): string[] {
  return block.lines.map((l) => l.trim()).filter((l) => l !== "");
}

/** The usual height of a body line: the median over blocks of three lines or more. */
function bodyLineHeight(
  alto: AltoPage,
  texts: readonly string[][],
): number | null {
  return median(
    alto.blocks.flatMap((b, i) => {
      const n = texts[i]!.length;
      if (b.margin || n < 3) return [];
      const h = b.lineHeight ?? (b.box ? b.box.height / n : null);
      return h === null ? [] : [h];
    }),
  );
}

/** The ALTO text area, else the box around every non-margin block. */
function textArea(alto: AltoPage): BlockBox | null {
  if (alto.textArea) return alto.textArea;
  const boxes = alto.blocks.flatMap((b) => (!b.margin && b.box ? [b.box] : []));
  if (boxes.length === 0) return null;
  const x0 = minOf(boxes.map((b) => b.hpos));
  const y0 = minOf(boxes.map((b) => b.vpos));
  const x1 = maxOf(boxes.map((b) => b.hpos + b.width));
  const y1 = maxOf(boxes.map((b) => b.vpos + b.height));
  return { hpos: x0, vpos: y0, width: x1 - x0, height: y1 - y0 };
}

function atEdge(
  box: BlockBox,
  area: BlockBox,
  edge: "top" | "bottom",
  bodyLine: number | null,
): boolean {
  const band = Math.max(EDGE_SHARE * area.height, EDGE_LINES * (bodyLine ?? 0));
  return edge === "top"
    ? box.vpos <= area.vpos + band
    : box.vpos + box.height >= area.vpos + area.height - band;
}

/** Set in a heading's type: a font 1.3× the body's, or (without one) lines 1.5× as tall. */
function isLargerType(
  block: AltoBlock,
  lines: number,
  bodySize: number | null,
  bodyLine: number | null,
): boolean {
  if (block.fontSize != null && bodySize !== null)
    return block.fontSize >= HEADING_FONT_RATIO * bodySize;
  const line =
    block.lineHeight ?? (block.box ? block.box.height / lines : null);
  return (
    line !== null && bodyLine !== null && line >= HEADING_LINE_RATIO * bodyLine
  );
}

/** `Mardi 3 juin 1907`, `THE EVENING STAR, JUNE 3, 1952 PAGE 4`, `Seite 3`. */
function isDateOrPageLine(text: string): boolean {
  return (
    PAGE_OR_YEAR.test(text) ||
    text.split(/[\s,;:]+/).some((w) => DATE_WORD.test(w))
  );
}

/**
 * A sentence, not a head: it ends as one and has three or more lower-case
 * words besides dates (`the cost is $4,000,000.`; not `Le Petit Journal,
 * mardi 3 juin 1907.`).
 */
function readsAsProse(text: string): boolean {
  if (!/[.!?;:…]["'”’»)]*$/.test(text)) return false;
  const lower = text
    .split(/\s+/)
    .filter(
      (w) =>
        /^["'“‘«(]?\p{Ll}{2,}/u.test(w) &&
        !DATE_WORD.test(w.replace(/[^\p{L}]/gu, "")),
    );
  return lower.length >= 3;
}

/** 2024年1月3日 星期三, 第3版: Chinese page header lines. */
function isPageHeader(text: string): boolean {
  return (
    /\p{Script=Han}/u.test(text) &&
    isNeverHeadline(text) &&
    !/^(?:图为|▲|△)/.test(text)
  );
}

function topmostBlock(alto: AltoPage): number | null {
  let best: number | null = null;
  let bestTop = Infinity;
  alto.blocks.forEach((b, i) => {
    if (
      b.margin ||
      !b.box ||
      b.box.vpos >= bestTop ||
      !b.lines.some((l) => l.trim() !== "")
    )
      return;
    best = i;
    bestTop = b.box.vpos;
  });
  return best;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
