// The body of one article: paragraphs and subheads in reading order, with
// jump markers, credits and the dateline lifted out. Records where a marker
// or a stray dateline stood so the column-break repair never joins across it.

import type { JumpMarker } from "@/lib/jumps/parse-jump-marker";
import { stripJumpMarkers } from "@/lib/jumps/strip-jump-markers";

import { appendAll } from "../append-all";
import { looksCut } from "../text/looks-cut";
import {
  endsParagraph,
  isContactLine,
  isHeadlineShaped,
  MAX_GUESSED_SUBHEAD_CHARS,
  startsCaption,
} from "../text/text-shape";
import type { OcrBlock, OcrByline, OcrWord } from "../types";
import { parseDateline } from "./parse-dateline";
import type { BlockWord, PreparedBlock } from "./prepare-blocks";
import { stripClosingCredit } from "./strip-closing-credit";
import { subStoryHeading } from "./sub-story-heading";

export interface ArticleBody {
  blocks: OcrBlock[];
  words: OcrWord[];
  bylines: OcrByline[];
  jumps: JumpMarker[];
  dateline: string | null;
  /** Credits printed inside the dateline (本报讯（记者 张三）, 本报讯 记者 张三). */
  datelineBylines: OcrByline[];
  /** Block indices i where blocks i and i+1 must not be joined (a marker stood between, or one is a dateline alone). */
  barriers: Set<number>;
  warnings: string[];
}

/**
 * In text with no marked subheads, a short line with no sentence punctuation
 * between two paragraphs is a subhead (小标题). The previous paragraph must
 * have ended a sentence, and the line must not read as a paragraph's first
 * line cut off by a column break (镇里统一规划了六十个 ⏎ 摊位，其中…; see
 * looks-cut.ts), so a column-break fragment is not taken for one.
 */
function isGuessedSubhead(
  text: string,
  previous: OcrBlock | undefined,
  next: PreparedBlock | undefined,
): boolean {
  return (
    previous?.type === "paragraph" &&
    endsParagraph(previous.text) &&
    next !== undefined &&
    next.jump === null &&
    !/[！？!?]/.test(text) &&
    !isContactLine(text) &&
    isHeadlineShaped(text, MAX_GUESSED_SUBHEAD_CHARS) &&
    !looksCut(text, next.text)
  );
}

function isCreditOrMarker(block: PreparedBlock | undefined): boolean {
  return (
    block === undefined ||
    block.jump !== null ||
    block.bylines !== null ||
    block.hint === "byline"
  );
}

export function segmentArticleBody(
  blocks: readonly PreparedBlock[],
  start: number,
  page: number | null,
): ArticleBody {
  const body: ArticleBody = {
    blocks: [],
    words: [],
    bylines: [],
    jumps: [],
    dateline: null,
    datelineBylines: [],
    barriers: new Set(),
    warnings: [],
  };
  // Trust the source's subheads when it marks any; guess only in unmarked text.
  const guessSubheads = !blocks.some((block) => block.hint === "subhead");
  let paragraphs = 0;
  // The article's last block of text, where a closing credit （记者 李四） is read.
  let lastText = blocks.length - 1;
  while (lastText >= start && isCreditOrMarker(blocks[lastText])) lastText--;

  const push = (
    type: OcrBlock["type"],
    text: string,
    words: readonly BlockWord[],
    removed: number,
  ) => {
    const index = body.blocks.length;
    body.blocks.push({ type, text });
    for (const word of words) {
      const offset = word.offset - removed;
      if (offset < 0 || offset >= text.length) continue;
      const alternatives = word.alternatives
        ? { alternatives: word.alternatives }
        : {};
      body.words.push({
        block: index,
        offset,
        text: word.text,
        wc: word.wc,
        cc: word.cc,
        ...alternatives,
      });
    }
    if (type === "paragraph") paragraphs++;
  };
  const barrierBeforeNext = () => {
    if (body.blocks.length > 0) body.barriers.add(body.blocks.length - 1);
  };

  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (
      block.hint === "subhead" ||
      block.hint === "heading" ||
      block.hint === "kicker" ||
      block.hint === "deck"
    ) {
      push("subhead", block.heading, [], 0);
      continue;
    }
    if (block.jump) {
      body.jumps.push(block.jump);
      barrierBeforeNext();
      continue;
    }
    if (block.bylines) {
      appendAll(body.bylines, block.bylines);
      // A credit between two paragraphs ends the one before: nothing runs on across it.
      barrierBeforeNext();
      continue;
    }
    if (block.hint === "byline") {
      body.bylines.push({ role: "other", label: block.heading, names: [] });
      body.warnings.push(`unreadable byline kept as printed: ${block.heading}`);
      continue;
    }

    // 小巷治理有了新办法 ⏎ 本报记者 李明: a sub-story's heading, whatever the source marks elsewhere.
    const part = paragraphs > 0 ? subStoryHeading(block, blocks[i + 1]) : null;
    if (part) {
      push("subhead", part.heading, [], 0);
      if (part.bylines) body.bylines.push(...part.bylines);
      continue;
    }

    const stripped = stripJumpMarkers(block.text, page);
    if (stripped.leading) {
      body.jumps.push(stripped.leading);
      barrierBeforeNext();
    }
    let text = stripped.text;
    let removed = stripped.removedFromStart;
    const dateline = parseDateline(text);
    // A dateline alone on its line that opens nothing here (a second one) still never runs into its neighbours.
    const strayDateline = dateline !== null && dateline.length === text.length;
    if (dateline && paragraphs === 0 && body.dateline === null) {
      body.dateline = dateline.dateline;
      body.datelineBylines = dateline.bylines;
      text = text.slice(dateline.length);
      removed += dateline.length;
    }
    const credit = text === "" ? null : stripClosingCredit(text);
    // A photo caption's credit （记者 李四 摄） is read wherever the caption stands; any other where the text ends.
    if (
      credit &&
      (i === lastText ||
        credit.bylines.some((byline) => byline.role === "photographer"))
    ) {
      appendAll(body.bylines, credit.bylines);
      text = credit.text;
    }
    if (text !== "") {
      const guess = block.hint === "unknown" && guessSubheads && !strayDateline;
      const subhead =
        guess &&
        isGuessedSubhead(
          text,
          body.blocks[body.blocks.length - 1],
          blocks[i + 1],
        );
      if (strayDateline) barrierBeforeNext();
      // 图为…, ▲…: a photo caption is a block of its own (its credit, if any, read above), never body text.
      const type = subhead
        ? "subhead"
        : startsCaption(text)
          ? "caption"
          : "paragraph";
      push(type, text, block.words, removed);
      if (strayDateline) barrierBeforeNext();
    }
    if (stripped.trailing) {
      body.jumps.push(stripped.trailing);
      barrierBeforeNext();
    }
  }
  return body;
}
