// A credit in brackets closing a paragraph: …做好分类。（记者 李四）, （通讯员
// 王五 记者 李四）, a photo caption's （记者 李四 摄） or, unbracketed, its
// trailing 记者 俞佳 摄. It is a byline, not text; a credit on a line of its
// own is read by parseBylineLine already. A caption's credit may also carry
// its label first, unbracketed: 图为…。 摄影 记者 李四, 圖為…。 攝影 記者 陳大文.

import { startsCaption } from "../text/text-shape";
import type { OcrByline } from "../types";
import { parseBylineLine } from "./parse-byline";

/** Longest credit between the brackets (several labels and names). */
const MAX_CREDIT_CHARS = 40;
const SPACES_BEFORE = /[ \u3000]+$/;

/** Where an unbracketed credit may begin: after a sentence end or a space. */
const CREDIT_START = /[。！？!?][ \u3000]*|[ \u3000]+/g;

/**
 * ▲ 果农在梨园内修剪枝条。 记者 俞佳 摄: a photo credit printed after the
 * caption without brackets. Only a credit closing with 摄 (摄影) counts, so running
 * text that merely ends in a name is left alone.
 */
function stripTrailingPhotoCredit(
  text: string,
): { text: string; bylines: OcrByline[] } | null {
  // A caption may also end in a labelled credit without 摄: 图为…。 摄影 记者 李四.
  if (!/[摄攝]影?$/.test(text) && !startsCaption(text)) return null;
  const from = Math.max(0, text.length - MAX_CREDIT_CHARS);
  CREDIT_START.lastIndex = from;
  for (
    let match = CREDIT_START.exec(text);
    match !== null;
    match = CREDIT_START.exec(text)
  ) {
    const start = match.index + match[0].length;
    const kept = text.slice(0, match.index + match[0].trimEnd().length);
    if (kept === "" || start >= text.length) continue;
    const bylines = parseBylineLine([text.slice(start)]);
    if (bylines?.some((byline) => byline.role === "photographer"))
      return { text: kept, bylines };
  }
  return null;
}

/** The paragraph without its closing credit; null when it does not end with one. */
export function stripClosingCredit(
  text: string,
): { text: string; bylines: OcrByline[] } | null {
  const close = text.charAt(text.length - 1);
  if (close !== "）" && close !== ")") return stripTrailingPhotoCredit(text);
  const open = Math.max(text.lastIndexOf("（"), text.lastIndexOf("("));
  // At 0 the whole paragraph is the credit, which prepareBlock has read already.
  if (open <= 0 || text.length - open > MAX_CREDIT_CHARS + 2) return null;
  // Read without its brackets, so a name must stand apart from its label (记者 李四): an aside
  // glued to a label (（记者了解到，确实如此）) is text, which brackets alone would not tell.
  const bylines = parseBylineLine([text.slice(open + 1, -1)]);
  if (bylines === null) return null;
  return { text: text.slice(0, open).replace(SPACES_BEFORE, ""), bylines };
}
