// Jump markers (转版标记): (下转2版), （上接1版）, 下转第2版, （转第3版）, 下转十二版,
// （下接第3版）, （紧接1版）, 接上版. 转 and 下接 say where the article goes on
// (direction "to"); 接, 上接 and 紧接 where it came from ("from"). A marker is
// never body text; the segmenter removes it and records an OcrJump with the
// marker exactly as printed. Traditional forms (下轉, 續, 緊接) read the same.

import { parseChineseNumber } from "@/lib/chinese/chinese-numeral";
import { foldTraditional } from "@/lib/chinese/fold-traditional";

/** "to": the article goes on elsewhere (下转); "from": it comes from elsewhere (上接). */
export type JumpDirection = "to" | "from";

export interface JumpMarker {
  direction: JumpDirection;
  /** Null only for a relative marker (接上版) on a page whose number is unknown. */
  page: number | null;
  /** As printed, brackets included. */
  marker: string;
}

const SP = "[ \\u3000]*";
const NUM = "[0-9０-９]{1,3}|[一二三四五六七八九十两〇零]{1,4}";
/** Group 1: keyword, group 2: page number, group 3: relative phrase (上版/下版). */
const CORE = `(?:(下[转轉]|下接|上接|[紧緊]接|[转轉]至|[转轉]|接|[续續])${SP}第?${SP}(${NUM})${SP}版|(上接上版|接上版|[续續]上版|下[转轉]下版|[转轉]下版))`;
const BRACKETED = `[（(【\\[]${SP}${CORE}${SP}[）)】\\]]`;

const WHOLE = new RegExp(`^(?:${BRACKETED}|${CORE})$`);
/** At the start of a paragraph: any bracketed marker, or an unbracketed 上接…/紧接… (bare 接 is too common a word). */
export const LEADING_MARKER = new RegExp(
  `^(?:${BRACKETED}|(?:上接|[紧緊]接)${SP}第?${SP}(?:${NUM})${SP}版)`,
);
/**
 * At the end of a paragraph: any bracketed marker, an unbracketed 下转…/下接…, or a bare 转…版 right
 * after a sentence end (…压缩审批时限。转第三版), where 转 cannot be part of the sentence.
 */
export const TRAILING_MARKER = new RegExp(
  `(?:${BRACKETED}|下[转轉接]${SP}第?${SP}(?:${NUM})${SP}版|(?<=[。！？!?”」』…]${SP})[转轉]至?${SP}第?${SP}(?:${NUM})${SP}版)$`,
);
const INNER = new RegExp(CORE);

const TO_WORDS = new Set(["下转", "下接", "转", "转至", "下转下版", "转下版"]);

/** Reads a whole string as one jump marker; null if it is anything else. */
export function parseJumpMarker(
  text: string,
  currentPage: number | null,
): JumpMarker | null {
  const marker = text.trim();
  const match = WHOLE.exec(marker);
  return match ? markerFromCore(marker, currentPage) : null;
}

/** Builds a JumpMarker from text already known to contain one marker. */
export function markerFromCore(
  marker: string,
  currentPage: number | null,
): JumpMarker | null {
  const match = INNER.exec(marker);
  if (!match) return null;
  const keyword = foldTraditional(match[1] ?? match[3] ?? "");
  const direction = TO_WORDS.has(keyword) ? "to" : "from";
  if (match[2] !== undefined) {
    const page = parseChineseNumber(match[2]);
    return page === null ? null : { direction, page, marker };
  }
  if (currentPage === null) return { direction, page: null, marker };
  return {
    direction,
    page: direction === "to" ? currentPage + 1 : currentPage - 1,
    marker,
  };
}
