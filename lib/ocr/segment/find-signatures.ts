// Signatures on text pages: European papers sign an item at its foot with the
// author's name alone on a line (Jeanne MARTIN., J. DUPONT). ALTO gives the
// layout to tell; a text page has only the line and where it stands, so a
// signature must be a name with a surname in capitals or a closing full stop,
// right after running text that ends a sentence, and before the next heading
// or the end of the page.

import type { TextBlock } from "../text/split-text-blocks";
import { endsParagraph } from "../text/text-shape";
import { isTitleShaped } from "./block-shape";
import { parseSignature } from "./parse-signature";
import type { PreparedBlock } from "./prepare-blocks";

const CAPITALS_WORD = /(?:^|\s)\p{Lu}{2,}(?:[-'’]\p{Lu}+)*\.?(?:\s|$)/u;

/** Indices of the blocks that are an item's signature (to be read as a byline, role reporter, no label). */
export function findSignatures(
  texts: readonly TextBlock[],
  prepared: readonly PreparedBlock[],
): Set<number> {
  const found = new Set<number>();
  prepared.forEach((block, i) => {
    const line = block.lines[0] ?? "";
    if (
      block.lines.length !== 1 ||
      block.bylines !== null ||
      /\p{Script=Han}/u.test(line)
    )
      return;
    if (!CAPITALS_WORD.test(line) && !line.endsWith(".")) return;
    // All capitals (UN PEU PARTOUT) is a heading, not a name.
    if (line.toUpperCase() === line && !line.endsWith(".")) return;
    const before = prepared[i - 1];
    if (
      before === undefined ||
      before.bylines !== null ||
      !endsParagraph(before.text) ||
      before.text.length <= line.length
    )
      return;
    const next = texts[i + 1];
    const nextBlock = prepared[i + 1];
    const headingNext =
      next === undefined ||
      next.kind === "heading" ||
      next.kind === "bold" ||
      (nextBlock !== undefined && isTitleShaped(nextBlock));
    if (!headingNext) return;
    if (parseSignature([line]) !== null) found.add(i);
  });
  return found;
}
