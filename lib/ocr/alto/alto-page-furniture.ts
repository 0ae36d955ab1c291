// Page furniture on an ALTO page that no article markup covers (no METS, or a
// METS with pages only, as Gallica manifests and NDNP issues are): margin
// blocks, folios, running heads and the masthead. Everything else is text for
// articles, headings and signatures included; a short block is not furniture
// for being short.
import type { AltoPage } from "./alto-page";
import { isNeverHeadline } from "../text/text-shape";

/** — 3 —, Page 3, p. 3, Seite 3, III: a folio alone. */
const FOLIO = /^[\s\-–—.·•|()[\]]*(?:(?:page|pag\.?|p\.|seite|s\.|blz\.?|pagina|no\.?|n°)\s*)?(?:\d{1,4}|[IVXLC]{1,6})[\s\-–—.·•|()[\]]*$/i;
/** A running head or foot is this short… */
const MAX_RUNNING_CHARS = 120;
/** …and the masthead this much taller than a body line, across this share of the page. */
const MASTHEAD_LINE_RATIO = 2;
const MASTHEAD_WIDTH_SHARE = 0.5;

/**
 * Indexes of the blocks that are page furniture: in a margin; a folio alone
 * (3, — 3 —, Page 3, 第3版); a short block above or below all the body text
 * (blocks of three lines or more) that holds a number or a date, as running
 * heads and feet do; or the topmost block when its lines are at least twice
 * as tall as body lines and it spans half the page (the masthead).
 */
export function pageFurniture(alto: AltoPage): Set<number> {
  const furniture = new Set<number>();
  const texts = alto.blocks.map((b) => b.lines.map((l) => l.trim()).filter((l) => l !== ""));
  const body = alto.blocks.flatMap((b, i) => (!b.margin && b.box && texts[i]!.length >= 3 ? [b.box] : []));
  const top = body.length > 0 ? Math.min(...body.map((b) => b.vpos)) : null;
  const bottom = body.length > 0 ? Math.max(...body.map((b) => b.vpos + b.height)) : null;
  const bodyLine = median(alto.blocks.flatMap((b, i) => (b.box && texts[i]!.length >= 3 ? [b.box.height / texts[i]!.length] : [])));
  const width = alto.width ?? Math.max(0, ...alto.blocks.map((b) => (b.box ? b.box.hpos + b.box.width : 0)));
  const topmost = topmostBlock(alto);
  alto.blocks.forEach((block, i) => {
    const lines = texts[i]!;
    if (lines.length === 0) return;
    const text = lines.join(" ");
    const box = block.box;
    const above = box !== null && top !== null && box.vpos + box.height <= top;
    const below = box !== null && bottom !== null && box.vpos >= bottom;
    const running = (above || below) && lines.length <= 2 && text.length <= MAX_RUNNING_CHARS && /\d/.test(text);
    const masthead =
      above && i === topmost && bodyLine !== null && box.height / lines.length >= MASTHEAD_LINE_RATIO * bodyLine && box.width >= MASTHEAD_WIDTH_SHARE * width;
    if (block.margin || FOLIO.test(text) || (lines.length === 1 && isPageHeader(text)) || running || masthead) furniture.add(i);
  });
  return furniture;
}

/** 2024年1月3日 星期三, 第3版: Chinese page header lines. */
function isPageHeader(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && isNeverHeadline(text) && !/^(?:图为|▲|△)/.test(text);
}

function topmostBlock(alto: AltoPage): number | null {
  let best: number | null = null;
  let bestTop = Infinity;
  alto.blocks.forEach((b, i) => {
    if (b.margin || !b.box || b.box.vpos >= bestTop || !b.lines.some((l) => l.trim() !== "")) return;
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
