// Cuts the ALTO blocks (or line ranges of them) an article is made of into the
// SourceBlocks the segmenter reads, carrying word confidences and hyphenation
// joins along. A page's articles together may cut its blocks into thousands
// of parts, so each part costs time in its own lines, not in the page's words
// or joins.
import type { SourceBlock } from "../types";
import type { AltoHyphenation, AltoPage } from "./alto-page";

/** Lines from..to (inclusive) of one ALTO block, with the role the source gives it. */
export interface BlockPart {
  block: number;
  from: number;
  to: number;
  /** A role from METS; null keeps what the ALTO font says. */
  hint: SourceBlock["hint"] | null;
}

export interface ArticleSource {
  blocks: SourceBlock[];
  /** Hyphenation joins, located by index into `blocks`. */
  hyphenations: { block: number; original: string; replacement: string }[];
}

/** The SourceBlocks of the given line ranges of a page, in the order given, with their words and hyphenation joins. */
export function altoSourceBlocks(
  page: AltoPage,
  parts: readonly BlockPart[],
): ArticleSource {
  const source: ArticleSource = { blocks: [], hyphenations: [] };
  const joins = joinsByBlock(page);
  for (const part of parts) {
    const block = page.blocks[part.block];
    if (!block) continue;
    const lines: string[] = [];
    const lineMap = new Map<number, number>();
    for (let l = part.from; l <= part.to && l < block.lines.length; l++) {
      const text = block.lines[l]!;
      if (text.trim() === "") continue;
      lineMap.set(l, lines.length);
      lines.push(text);
    }
    if (lines.length === 0) continue;
    const index = source.blocks.length;
    const words: NonNullable<SourceBlock["words"]> = [];
    for (
      let k = firstOnLine(block.words, part.from);
      k < block.words.length && block.words[k]!.line <= part.to;
      k++
    ) {
      const w = block.words[k]!;
      const line = lineMap.get(w.line);
      if (line !== undefined) words.push({ ...w, line });
    }
    source.blocks.push({
      lines,
      hint: part.hint ?? block.hint,
      ...(words.length > 0 ? { words } : {}),
    });
    const blockJoins = joins.get(part.block) ?? [];
    for (
      let k = firstOnLine(blockJoins, part.from);
      k < blockJoins.length && blockJoins[k]!.line <= part.to;
      k++
    ) {
      const h = blockJoins[k]!;
      if (lineMap.has(h.line))
        source.hyphenations.push({
          block: index,
          original: h.original,
          replacement: h.replacement,
        });
    }
  }
  return source;
}

const joinsCache = new WeakMap<AltoPage, Map<number, AltoHyphenation[]>>();

/** The page's hyphenation joins by block, in line order, worked out once per page. */
function joinsByBlock(page: AltoPage): Map<number, AltoHyphenation[]> {
  let joins = joinsCache.get(page);
  if (!joins) {
    joins = new Map();
    for (const h of page.hyphenations) {
      const list = joins.get(h.block);
      if (list) list.push(h);
      else joins.set(h.block, [h]);
    }
    for (const list of joins.values()) list.sort((a, b) => a.line - b.line);
    joinsCache.set(page, joins);
  }
  return joins;
}

/** Index of the first item on line `line` or later, in items sorted by line. */
function firstOnLine(items: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every line of the given blocks, with their ALTO hints. */
export function wholeBlocks(
  page: AltoPage,
  blocks: readonly number[],
): BlockPart[] {
  return blocks.map((b) => ({
    block: b,
    from: 0,
    to: (page.blocks[b]?.lines.length ?? 1) - 1,
    hint: null,
  }));
}
