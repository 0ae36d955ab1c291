// A credit in brackets closing a paragraph: …做好分类。（记者 李四）, （通讯员
// 王五 记者 李四）, a photo caption's （记者 李四 摄）. It is a byline, not
// text; a credit on a line of its own is read by parseBylineLine already.

import { parseBylineLine } from "./parse-byline";
import type { OcrByline } from "./types";

/** Longest credit between the brackets (several labels and names). */
const MAX_CREDIT_CHARS = 40;
const SPACES_BEFORE = /[ \u3000]+$/;

/** The paragraph without its closing credit; null when it does not end with one. */
export function stripClosingCredit(text: string): { text: string; bylines: OcrByline[] } | null {
  const close = text.charAt(text.length - 1);
  if (close !== "）" && close !== ")") return null;
  const open = Math.max(text.lastIndexOf("（"), text.lastIndexOf("("));
  // At 0 the whole paragraph is the credit, which prepareBlock has read already.
  if (open <= 0 || text.length - open > MAX_CREDIT_CHARS + 2) return null;
  // Read without its brackets, so a name must stand apart from its label (记者 李四): an aside
  // glued to a label (（记者了解到，确实如此）) is text, which brackets alone would not tell.
  const bylines = parseBylineLine([text.slice(open + 1, -1)]);
  if (bylines === null) return null;
  return { text: text.slice(0, open).replace(SPACES_BEFORE, ""), bylines };
}
