// Removes jump markers printed inside a paragraph: （上接1版） opening it,
// (下转2版) closing it. Standalone marker lines go through parseJumpMarker.

import {
  type JumpMarker,
  LEADING_MARKER,
  markerFromCore,
  TRAILING_MARKER,
} from "./parse-jump-marker";

export interface StrippedParagraph {
  text: string;
  /** Characters removed from the start (marker and the spaces after it). */
  removedFromStart: number;
  leading: JumpMarker | null;
  trailing: JumpMarker | null;
}

const SPACES_AFTER = /^[ \u3000]+/;
const SPACES_BEFORE = /[ \u3000]+$/;

export function stripJumpMarkers(
  text: string,
  currentPage: number | null,
): StrippedParagraph {
  let body = text;
  let removedFromStart = 0;
  let leading: JumpMarker | null = null;
  let trailing: JumpMarker | null = null;

  const head = LEADING_MARKER.exec(body);
  if (head && head[0].length < body.length) {
    leading = markerFromCore(head[0], currentPage);
    if (leading) {
      const spaces = SPACES_AFTER.exec(body.slice(head[0].length));
      removedFromStart = head[0].length + (spaces ? spaces[0].length : 0);
      body = body.slice(removedFromStart);
    }
  }
  const tail = TRAILING_MARKER.exec(body);
  if (tail && tail.index > 0) {
    trailing = markerFromCore(tail[0], currentPage);
    if (trailing) body = body.slice(0, tail.index).replace(SPACES_BEFORE, "");
  }
  return { text: body, removedFromStart, leading, trailing };
}
