// What an ALTO page's layout says each text block is, without METS: a
// heading, a subhead, a kicker, a signature, or unknown (left to the
// segmenter's text rules). Sources, per the ALTO spec: TextStyle FONTSIZE and
// FONTSTYLE through STYLEREFS, and the HPOS/VPOS/WIDTH/HEIGHT geometry of
// blocks and lines; and from the text, capitals. Each rule compares a block
// with the page's own body text, so it holds for any producer's units.
import { parseSignature } from "../segment/parse-signature";
import { isHeadlineShaped } from "../text/text-shape";
import type { SourceBlock } from "../types";

type Hint = SourceBlock["hint"];

export interface BlockBox {
  hpos: number;
  vpos: number;
  width: number;
  height: number;
}

/** One TextBlock as the ALTO reader measured it. */
export interface BlockLayout {
  /** In Top/Bottom/Left/RightMargin (page furniture). */
  margin: boolean;
  /** The text of each TextLine. */
  lines: string[];
  /** Characters; those with a known font size, the sum of size × characters; bold characters. */
  chars: number;
  sizedChars: number;
  sizeSum: number;
  boldChars: number;
  /** The TextBlock's box; null when the producer gives none. */
  box: BlockBox | null;
  /** Median TextLine HEIGHT (else the block's HEIGHT per line); null without geometry. */
  lineHeight: number | null;
}

/** A font this much larger than the body text's marks a heading. */
export const HEADING_FONT_RATIO = 1.3;
/** Lines this much taller than the body text's mark a heading where no font size is given. */
export const HEADING_LINE_RATIO = 1.5;
/** A heading in capitals: at most this long, and this share of its letters upper case. */
const MAX_CAPS_HEADING_CHARS = 80;
const CAPS_SHARE = 0.85;
/** A page whose body text is mostly capitals (some telegraphic pages) gives capitals no weight. */
const CAPS_PAGE_SHARE = 0.5;
/** Space above a heading against space below it: headings sit closer to what they head. */
const HEADING_GAP_RATIO = 2;
/** Longest heading read from a gap and a centred line. */
const MAX_GAP_HEADING_CHARS = 80;
/** Clause punctuation that no heading ends with (a question or exclamation may). */
const CLAUSE_END = /[.,;:。，；：、]$/;

/**
 * One hint per block, in document order: "heading" for a larger font, taller
 * lines, a short line in capitals on a page that is not all capitals, or a
 * short centred line with much more space above than below; "kicker" for a
 * capitals line right above a larger-font heading; "subhead" for a short
 * all-bold block; "byline" for a name alone on a line between body text and
 * the next heading (a signature); else "unknown". `bodySize` is the font
 * size most body characters are set in (null when the page has no styles).
 */
export function blockHints(
  blocks: readonly BlockLayout[],
  bodySize: number | null,
): Hint[] {
  const page = pageBody(blocks);
  const texts = blocks.map((b) =>
    b.lines
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join(" "),
  );
  const counts = blocks.map(
    (b) => b.lines.filter((l) => l.trim() !== "").length,
  );
  const byFont = blocks.map((b, i) => isLargerFont(b, counts[i]!, bodySize));
  const hints = blocks.map((b, i): Hint => {
    const text = texts[i]!;
    if (byFont[i]) return "heading";
    if (
      b.chars > 0 &&
      b.boldChars === b.chars &&
      b.chars <= 40 &&
      counts[i]! <= 2
    )
      return "subhead";
    if (CLAUSE_END.test(text) || b.margin) return "unknown";
    if (
      page.lineHeight !== null &&
      b.lineHeight !== null &&
      b.lineHeight >= page.lineHeight * HEADING_LINE_RATIO &&
      counts[i]! <= 3 &&
      text.length <= 100
    ) {
      return "heading";
    }
    if (!page.capitals && counts[i]! <= 2 && isCapitals(text)) return "heading";
    return "unknown";
  });
  const order = blocks
    .map((_, i) => i)
    .filter((i) => !blocks[i]!.margin && counts[i]! > 0);
  order.forEach((b, k) => {
    if (hints[b] !== "unknown" || counts[b] !== 1) return;
    if (isGapHeading(blocks, order[k - 1], b, order[k + 1], texts[b]!))
      hints[b] = "heading";
  });
  order.forEach((b, k) => {
    const next = order[k + 1];
    const previous = order[k - 1];
    // 引题: a capitals line above a larger-font headline is its kicker, not a heading of its own.
    if (
      hints[b] === "heading" &&
      !byFont[b] &&
      next !== undefined &&
      byFont[next]
    )
      hints[b] = "kicker";
    const bodyAbove =
      previous !== undefined &&
      hints[previous] === "unknown" &&
      (counts[previous]! >= 2 || texts[previous]!.length > 60);
    // A name in capitals with nothing after it heads nothing: it signs what is above.
    const open =
      hints[b] === "unknown" ||
      (hints[b] === "heading" && !byFont[b] && next === undefined);
    if (
      open &&
      counts[b] === 1 &&
      bodyAbove &&
      (next === undefined || hints[next] === "heading")
    ) {
      if (parseSignature([texts[b]!]) !== null) hints[b] = "byline";
    }
  });
  return hints;
}

/** The page's body text: its usual line height, and whether it is set in capitals. */
function pageBody(blocks: readonly BlockLayout[]): {
  lineHeight: number | null;
  capitals: boolean;
} {
  const heights: [number, number][] = [];
  let upper = 0;
  let letters = 0;
  for (const b of blocks) {
    const lines = b.lines.filter((l) => l.trim() !== "").length;
    if (b.margin || lines < 3) continue;
    if (b.lineHeight !== null) heights.push([b.lineHeight, lines]);
    for (const line of b.lines) {
      upper += (line.match(/\p{Lu}/gu) ?? []).length;
      letters += (line.match(/\p{Lu}|\p{Ll}/gu) ?? []).length;
    }
  }
  return {
    lineHeight: weightedMedian(heights),
    capitals: letters > 0 && upper / letters > CAPS_PAGE_SHARE,
  };
}

function isLargerFont(
  b: BlockLayout,
  lines: number,
  bodySize: number | null,
): boolean {
  if (bodySize === null || b.sizedChars <= b.chars / 2 || lines > 6)
    return false;
  return b.sizeSum / b.sizedChars >= bodySize * HEADING_FONT_RATIO;
}

/** UN PEU PARTOUT, DANS LES MINISTERES: short, letters nearly all capitals. */
function isCapitals(text: string): boolean {
  if (text.length > MAX_CAPS_HEADING_CHARS) return false;
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const letters = upper + (text.match(/\p{Ll}/gu) ?? []).length;
  return (
    letters >= 3 && /\p{L}{2}/u.test(text) && upper >= letters * CAPS_SHARE
  );
}

/**
 * A one-line, headline-shaped block centred over the block below it, with
 * at least twice the space above it as below (and a body line's worth):
 * how a heading is set when neither its font nor its case stands out.
 */
function isGapHeading(
  blocks: readonly BlockLayout[],
  above: number | undefined,
  b: number,
  below: number | undefined,
  text: string,
): boolean {
  const box = blocks[b]!.box;
  const up = above === undefined ? null : blocks[above]!.box;
  const down = below === undefined ? null : blocks[below]!.box;
  if (!box || !up || !down || !isHeadlineShaped(text, MAX_GAP_HEADING_CHARS))
    return false;
  const gapAbove = box.vpos - (up.vpos + up.height);
  const gapBelow = down.vpos - (box.vpos + box.height);
  const line = blocks[below!]!.lineHeight ?? box.height;
  if (
    gapBelow < 0 ||
    gapAbove < line ||
    gapAbove < HEADING_GAP_RATIO * gapBelow
  )
    return false;
  const centre = (x: BlockBox) => x.hpos + x.width / 2;
  return (
    Math.abs(centre(box) - centre(down)) <= 0.05 * down.width &&
    box.width <= 0.85 * down.width
  );
}

/** The font size most characters on the page are set in: `sizes` maps a size to its number of characters. */
export function typicalFontSize(
  sizes: ReadonlyMap<number, number>,
): number | null {
  return weightedMedian([...sizes]);
}

/** The value most weight sits at (weighted median). */
function weightedMedian(values: readonly [number, number][]): number | null {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, w]) => sum + w, 0);
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen * 2 >= total) return value;
  }
  return null;
}
