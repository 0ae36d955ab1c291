// A jumped article is one body cut into parts, one per page. Each part
// remembers the block it starts with by index and by its first characters,
// so that the cut stays at the same paragraph when an editor adds or removes
// paragraphs before it. Pure: shared by the board, the page view and tests.
import { countCharacters } from "@/lib/articles/article-doc";

/** Characters of a block's text kept to find it again. */
export const ANCHOR_LENGTH = 12;

/** The anchor stored for a part starting with a block of this text; null for an empty block. */
export function anchorOf(blockText: string): string | null {
  const anchor = Array.from(blockText.trim()).slice(0, ANCHOR_LENGTH).join("");
  return anchor === "" ? null : anchor;
}

export interface PartStart {
  startBlock: number;
  startAnchor: string | null;
}

/**
 * The index of the first block of each part, parts in order (part 1 first,
 * always 0). A later part starts at the block nearest its stored index that
 * still begins with its anchor, else at the stored index; every part starts
 * after the one before it (a part may be left empty when the body shrank).
 */
export function resolvePartStarts(
  blockTexts: readonly string[],
  parts: readonly PartStart[],
): number[] {
  const n = blockTexts.length;
  const starts: number[] = [];
  parts.forEach((part, k) => {
    if (k === 0) {
      starts.push(0);
      return;
    }
    const lower = Math.min(n, starts[k - 1]! + 1);
    const found =
      part.startAnchor === null
        ? -1
        : nearestWithAnchor(
            blockTexts,
            part.startAnchor,
            part.startBlock,
            lower,
          );
    starts.push(
      found >= 0 ? found : Math.max(lower, Math.min(n, part.startBlock)),
    );
  });
  return starts;
}

function nearestWithAnchor(
  blockTexts: readonly string[],
  anchor: string,
  near: number,
  lower: number,
): number {
  const matches = (i: number) => blockTexts[i]!.trim().startsWith(anchor);
  for (let d = 0; d < blockTexts.length; d++) {
    for (const i of d === 0 ? [near] : [near - d, near + d]) {
      if (i >= lower && i < blockTexts.length && matches(i)) return i;
    }
  }
  return -1;
}

/** Block ranges [start, end) of each part, from resolvePartStarts. */
export function partRanges(
  blockTexts: readonly string[],
  parts: readonly PartStart[],
): { start: number; end: number }[] {
  const starts = resolvePartStarts(blockTexts, parts);
  return starts.map((start, k) => ({
    start,
    end: k + 1 < starts.length ? starts[k + 1]! : blockTexts.length,
  }));
}

/** 字数 of each part: the characters of its blocks (every printed character counts). */
export function partCharacters(
  blockTexts: readonly string[],
  parts: readonly PartStart[],
): number[] {
  return partRanges(blockTexts, parts).map(({ start, end }) =>
    countCharacters(blockTexts.slice(start, end).join("\n")),
  );
}

/**
 * The text of each top-level block of a stored body (Tiptap JSON), hard
 * breaks as newlines; [] for anything that is not a document. Stored bodies
 * are validated on save, so this only reads, it never rejects.
 */
export function bodyBlockTexts(body: unknown): string[] {
  const content = (body as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return [];
  return content.map((node) => {
    const inline = (node as { content?: unknown }).content;
    if (!Array.isArray(inline)) return "";
    return inline
      .map((c: { type?: unknown; text?: unknown }) =>
        c.type === "text" && typeof c.text === "string" ? c.text : "\n",
      )
      .join("");
  });
}
