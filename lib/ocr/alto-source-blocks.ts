// Cuts the ALTO blocks (or line ranges of them) an article is made of into the
// SourceBlocks the segmenter reads, carrying word confidences and hyphenation
// joins along.
import type { AltoPage } from "./alto-page";
import type { SourceBlock } from "./types";

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

export function altoSourceBlocks(page: AltoPage, parts: readonly BlockPart[]): ArticleSource {
  const source: ArticleSource = { blocks: [], hyphenations: [] };
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
    for (const w of block.words) {
      const line = lineMap.get(w.line);
      if (line !== undefined) words.push({ ...w, line });
    }
    source.blocks.push({ lines, hint: part.hint ?? block.hint, ...(words.length > 0 ? { words } : {}) });
    for (const h of page.hyphenations) {
      if (h.block === part.block && lineMap.has(h.line)) {
        source.hyphenations.push({ block: index, original: h.original, replacement: h.replacement });
      }
    }
  }
  return source;
}

/** Every line of the given blocks, with their ALTO hints. */
export function wholeBlocks(page: AltoPage, blocks: readonly number[]): BlockPart[] {
  return blocks.map((b) => ({ block: b, from: 0, to: (page.blocks[b]?.lines.length ?? 1) - 1, hint: null }));
}
