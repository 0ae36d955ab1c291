// Applies the automatic repairs to one segmented article, in a fixed order:
// column-break rejoin first (so later repairs see whole paragraphs and block
// indices are final), then whitespace, then CJK punctuation.

import { appendAll } from "../append-all";
import type { OcrArticle, OcrRepair } from "../types";
import { fixCjkPunctuation, hasCjkScript } from "./fix-cjk-punctuation";
import { rejoinColumnBreaks } from "./rejoin-column-breaks";
import { removeCjkSpaces } from "./remove-cjk-spaces";
import type { RepairContext } from "./repair-context";

export type { RepairContext } from "./repair-context";

/** Returns a repaired copy of the article and every repair made, in the order applied. */
export function repairArticle(
  article: OcrArticle,
  ctx: RepairContext,
): { article: OcrArticle; repairs: OcrRepair[] } {
  const words = article.words.map((word) => ({ ...word }));
  const rejoined = rejoinColumnBreaks(article.blocks, words, ctx);
  const blocks = rejoined.blocks;
  const repairs: OcrRepair[] = [...rejoined.repairs];
  // Latin text (a French or English page) gets no CJK repair: its spaces and marks are its own.
  const fields = [article.kicker, article.headline, article.deck];
  if (
    !fields.some((f) => f !== null && hasCjkScript(f)) &&
    !blocks.some((b) => hasCjkScript(b.text))
  ) {
    return { article: { ...article, blocks, words }, repairs };
  }

  appendAll(repairs, removeCjkSpaces(blocks, words, ctx));

  const fixField = (
    value: string | null,
    field: "kicker" | "headline" | "deck",
  ): string | null => {
    if (value === null) return null;
    const fixed = fixCjkPunctuation(value, ctx, { block: -1, field });
    appendAll(repairs, fixed.repairs);
    return fixed.text;
  };
  const kicker = fixField(article.kicker, "kicker");
  const headline = fixField(article.headline, "headline");
  const deck = fixField(article.deck, "deck");
  blocks.forEach((block, index) => {
    const fixed = fixCjkPunctuation(block.text, ctx, { block: index });
    block.text = fixed.text;
    appendAll(repairs, fixed.repairs);
  });

  return {
    article: { ...article, kicker, headline, deck, blocks, words },
    repairs,
  };
}
