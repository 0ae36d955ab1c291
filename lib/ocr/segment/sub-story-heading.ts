// A sub-story (分题) inside a long article: a one-line heading printed over
// that part's own byline (小巷治理有了新办法 ⏎ 本报记者 李明 ⏎ 岁末年初…). The
// heading is a subhead of the article and the credit joins its bylines; left
// as a paragraph, the column-break repair would glue the heading onto the
// part's first paragraph.

import {
  isContactLine,
  isHeadlineShaped,
  startsCaption,
} from "../text/text-shape";
import type { OcrByline } from "../types";
import { isDeskCredit, parseBylineLine } from "./parse-byline";
import type { PreparedBlock } from "./prepare-blocks";

/** Is this credit a reporter's, of the kind that heads a part (not 责任编辑, not a signature)? */
function isPartCredit(
  bylines: readonly OcrByline[] | null,
): bylines is OcrByline[] {
  return (
    bylines !== null &&
    bylines.length > 0 &&
    !isDeskCredit(bylines) &&
    !bylines.every((byline) => byline.label === "")
  );
}

function isHeadingLine(text: string): boolean {
  return (
    isHeadlineShaped(text) &&
    !/[！？!?]$/.test(text) &&
    !isContactLine(text) &&
    !startsCaption(text)
  );
}

/**
 * The heading and credit of a sub-story starting at `block`, or null. Two
 * shapes: the heading alone in its block with the byline in the next one
 * (`next`), or both in one block, the heading's lines over a last line that
 * reads as a byline (one ALTO TextBlock). Only unhinted or body blocks are
 * read: a block the source marks keeps its role. Units: characters.
 */
export function subStoryHeading(
  block: PreparedBlock,
  next: PreparedBlock | undefined,
): { heading: string; bylines: OcrByline[] | null } | null {
  if (block.hint !== "unknown" && block.hint !== "body") return null;
  if (block.bylines !== null || block.jump !== null) return null;
  if (
    isHeadingLine(block.heading) &&
    next !== undefined &&
    next.jump === null &&
    isPartCredit(next.bylines)
  ) {
    return { heading: block.heading, bylines: null };
  }
  if (block.lines.length < 2) return null;
  const credit = parseBylineLine([block.lines[block.lines.length - 1] ?? ""]);
  const heading = block.lines.slice(0, -1).join(" ");
  return isPartCredit(credit) && isHeadingLine(heading)
    ? { heading, bylines: credit }
    : null;
}
