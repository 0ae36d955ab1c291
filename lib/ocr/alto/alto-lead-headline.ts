// Tells a page's lead headline (头条) from its masthead (报头) on an ALTO page
// without article markup: both can be the topmost block, set twice the body's
// size across the page. A masthead is the paper's name over date and issue
// lines; a lead headline has an article's head under it or in it — a 副题
// deck, a byline or a dateline — or a rubric in brackets at its end
// (乡村振兴绘新景（经济头条）).
import { opensArticleBody } from "../segment/article-start-signals";
import { parseDateline } from "../segment/parse-dateline";
import { prepareBlock } from "../segment/prepare-blocks";
import { splitHeadlineRubric } from "../text/headline-rubric";
import { hasLeadingDash } from "../text/text-shape";
import type { AltoBlock, AltoPage } from "./alto-page";

/** 平湖日报, 人民日报海外版, 今晚报: a Chinese paper's name is always a masthead. */
const PAPER_NAME =
  /(?:日报|日報|晚报|晚報|早报|早報|都市报|商报|時報|时报|周报|週報|报|報)(?:[ \u3000]*(?:海外版|农村版|社区版|电子版))?$/;

const HAN = /\p{Script=Han}/u;

/** Does the block's text, or the block right under it, read as the head of an article? */
export function headsArticle(alto: AltoPage, index: number): boolean {
  const block = alto.blocks[index];
  if (!block?.box) return false;
  const lines = block.lines.map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0 || PAPER_NAME.test(lines[0] ?? "")) return false;
  if (splitHeadlineRubric(lines[0] ?? "") !== null) return true;
  // A deck or byline printed in the headline's own block.
  for (const line of lines.slice(1)) if (headsBody([line])) return true;
  const below = blockBelow(alto, block);
  return below !== null && headsBody(below.lines);
}

/**
 * A dash-led deck, a byline or a Chinese dateline (本报讯). A Latin wire
 * dateline is left out: the date line under a masthead (`LUNDI 12 JANVIER
 * 1912 — 5 CENTIMES`) reads like one.
 */
function headsBody(lines: readonly string[]): boolean {
  const prepared = prepareBlock({ lines: [...lines], hint: "unknown" }, null);
  if (prepared === null) return false;
  if (hasLeadingDash(prepared.heading) || prepared.author !== null) return true;
  if (prepared.bylines !== null) return opensArticleBody(prepared);
  return HAN.test(prepared.text) && parseDateline(prepared.text) !== null;
}

/** The nearest block starting under `block`'s bottom edge and overlapping it across. */
function blockBelow(alto: AltoPage, block: AltoBlock): AltoBlock | null {
  const box = block.box!;
  const bottom = box.vpos + box.height;
  let best: AltoBlock | null = null;
  for (const other of alto.blocks) {
    const o = other.box;
    if (other === block || other.margin || !o || o.vpos < bottom - o.height / 2)
      continue;
    if (o.hpos >= box.hpos + box.width || o.hpos + o.width <= box.hpos)
      continue;
    if (!other.lines.some((l) => l.trim() !== "")) continue;
    if (best === null || o.vpos < best.box!.vpos) best = other;
  }
  return best;
}
