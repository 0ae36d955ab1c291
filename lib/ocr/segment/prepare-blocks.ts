// Turns SourceBlocks (lines as printed, ALTO word positions per line) into
// the working form the article segmenter classifies: trimmed lines, body
// text, heading text, word offsets into the body text, and the byline and
// jump-marker readings every rule asks about.

import {
  type JumpMarker,
  parseJumpMarker,
} from "@/lib/jumps/parse-jump-marker";

import { isCjkPunct } from "../text/cjk-chars";
import { lineSeparator } from "../text/line-separator";
import type { OcrByline, SourceBlock } from "../types";
import { parseBareAuthor, parseBylineLine } from "./parse-byline";
import { parseSignature } from "./parse-signature";
import { parseSourceNote } from "./parse-source-note";

export interface BlockWord {
  /** Offset in PreparedBlock.text. */
  offset: number;
  text: string;
  wc: number | null;
  cc: string | null;
  alternatives?: string[];
}

export interface PreparedBlock {
  hint: SourceBlock["hint"];
  lines: string[];
  /** Lines run together as running text (see lineSeparator): Chinese lines join directly, Latin ones with a space. */
  text: string;
  /** Lines joined as a headline is read: a space between printed lines unless punctuation ends one. */
  heading: string;
  words: BlockWord[];
  /** The block read as a byline (null when it is not one). */
  bylines: OcrByline[] | null;
  /** The block read as a bare author line (□ 何文涛): a byline only right under a headline or deck. */
  author: OcrByline[] | null;
  /** The block read as a standalone jump marker (null when it is not one). */
  jump: JumpMarker | null;
}

const LEADING_SPACE = /^[\s\u3000]*/;

export function prepareBlock(
  block: SourceBlock,
  page: number | null,
): PreparedBlock | null {
  const lines: string[] = [];
  const lineStart: number[] = [];
  const lineTrim: number[] = [];
  const bodyParts: string[] = [];
  const headingParts: string[] = [];
  let length = 0;
  block.lines.forEach((raw, index) => {
    const line = raw.trim();
    lineStart[index] = -1;
    if (line === "") return;
    const previous = lines[lines.length - 1];
    if (previous !== undefined) {
      // Chinese lines run straight on; Latin ones keep a space, whatever punctuation ends them.
      if (lineSeparator(previous, line) === " ") {
        bodyParts.push(" ");
        length += 1;
      }
      headingParts.push(
        isCjkPunct(previous.charCodeAt(previous.length - 1)) ? "" : " ",
      );
    }
    lineStart[index] = length;
    lineTrim[index] = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    lines.push(line);
    bodyParts.push(line);
    headingParts.push(line);
    length += line.length;
  });
  if (lines.length === 0) return null;
  const text = bodyParts.join("");

  const words: BlockWord[] = [];
  for (const word of block.words ?? []) {
    const start = lineStart[word.line];
    if (start === undefined || start < 0) continue;
    const offset = start + word.offset - (lineTrim[word.line] ?? 0);
    if (offset < 0 || offset >= text.length) continue;
    words.push({
      offset,
      text: word.text,
      wc: word.wc,
      cc: word.cc,
      ...(word.alternatives ? { alternatives: word.alternatives } : {}),
    });
  }

  return {
    hint: block.hint,
    lines,
    text,
    heading: headingParts.join(""),
    words,
    // A signature (Jeanne MARTIN.) is read only where the layout marks a byline.
    bylines:
      block.hint === "body"
        ? null
        : (parseBylineLine(lines) ??
          parseSourceNote(lines) ??
          (block.hint === "byline" ? parseSignature(lines) : null)),
    author:
      block.hint === "unknown" || block.hint === "byline"
        ? parseBareAuthor(lines)
        : null,
    jump: parseJumpMarker(text, page),
  };
}

export function prepareBlocks(
  blocks: readonly SourceBlock[],
  page: number | null,
): PreparedBlock[] {
  const prepared: PreparedBlock[] = [];
  for (const block of blocks) {
    const ready = prepareBlock(block, page);
    if (ready) prepared.push(ready);
  }
  return prepared;
}
