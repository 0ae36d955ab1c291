// What every repair needs to know about where it works, and how it quotes the
// text it changed so an editor can find it and undo it.
import { snapToCharacter } from "../text/cjk-chars";

export interface RepairContext {
  page: number | null;
  /** 1-based index of the article on its page (OcrRepair.article). */
  article: number;
  /**
   * Block indices i where blocks i and i+1 must never be joined, because a
   * jump marker stood between them in the source.
   */
  barriers?: ReadonlySet<number>;
}

/** Characters of context quoted on each side of a punctuation or whitespace repair. */
export const CONTEXT_CHARS = 4;

/**
 * The span [from, to) widened by up to `width` characters each side, stopping
 * at a line break or where `stop(i)` says another repair begins; keeping the
 * quoted spans of neighbouring repairs apart lets each be undone on its own.
 */
export function widenSpan(
  text: string,
  from: number,
  to: number,
  width: number,
  stop: (index: number) => boolean,
): { start: number; end: number } {
  let start = from;
  while (
    start > 0 &&
    from - start < width &&
    text.charCodeAt(start - 1) !== 10 &&
    !stop(start - 1)
  )
    start--;
  let end = to;
  while (
    end < text.length &&
    end - to < width &&
    text.charCodeAt(end) !== 10 &&
    !stop(end)
  )
    end++;
  return {
    start: snapToCharacter(text, start, true),
    end: snapToCharacter(text, end, false),
  };
}
