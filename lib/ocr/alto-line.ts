// Turns the String/SP/HYP elements of one ALTO TextLine into a line of text
// and the offsets of its words.
//
// Whitespace rule: every SP between two words becomes one space, Chinese or
// not, exactly as a text export of the same OCR would read. Between two
// Chinese characters in body text such a space is an OCR artefact (Tesseract
// puts one between every "word"), and the whitespace repair removes it with a
// recorded, undoable repair; in a headline the same gap separates two halves
// on purpose (勇挑大梁担使命 提质进位走前列) and is kept. So ALTO and text
// input are repaired by one rule. A line with no SP at all (some producers
// omit them) gets a space only between two non-CJK words.
import { endsWithCjk, startsWithCjk } from "./cjk";

const CLOSING_PUNCTUATION = /^[.,;:!?)\]}»”’%]/;

export interface AltoToken {
  kind: "word" | "space" | "hyphen";
  /** Text as it will be printed; "" when a hyphenation repair merged it away. */
  text: string;
  wc: number | null;
  cc: string | null;
}

export interface AssembledLine {
  text: string;
  /** Words that carry a confidence, with their offset in `text`. */
  words: { offset: number; text: string; wc: number | null; cc: string | null }[];
}

export function assembleLine(tokens: readonly AltoToken[]): AssembledLine {
  const hasSpaces = tokens.some((t) => t.kind === "space");
  const words: AssembledLine["words"] = [];
  let text = "";
  let gap = false;
  for (const token of tokens) {
    if (token.kind === "space") {
      gap = text.length > 0;
      continue;
    }
    if (token.text === "") continue;
    if (token.kind === "word") {
      const wantsSpace = hasSpaces
        ? gap
        : text.length > 0 && !CLOSING_PUNCTUATION.test(token.text) && !endsWithCjk(text) && !startsWithCjk(token.text);
      if (wantsSpace && !/\s$/.test(text)) text += " ";
      if (token.wc !== null || token.cc !== null) {
        words.push({ offset: text.length, text: token.text, wc: token.wc, cc: token.cc });
      }
    }
    text += token.text;
    gap = false;
  }
  return { text, words };
}
