// YAML front matter some exporters put at the top of a Markdown page
// (---\npage: 3\n---). It is skipped; its page:/版次: is the page number
// when the caller does not know it.

import { parseChineseNumber } from "./chinese-numeral";

const FRONT_MATTER = /^(?:[ \t]*\n)*---[ \t]*\n([^]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const KEY_LINE = /^[\p{L}\p{N}_ -]+[:：]/u;
const PAGE_KEY = /^(?:page|page_number|pageNumber|版次|版号|版面)[ \t]*[:：][ \t]*["']?([^"'\n]*)/im;
const PAGE_VALUE = /[0-9０-９]{1,3}|[一二三四五六七八九十两〇零]{1,4}/;

export interface FrontMatter {
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** page:/版次: value, null when absent or not a number. */
  page: number | null;
  found: boolean;
}

export function parseFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  // A lone --- rule at the top is not front matter unless the block between reads as YAML keys.
  if (!match || !KEY_LINE.test((match[1] ?? "").trimStart())) return { body: text, page: null, found: false };
  const pageValue = PAGE_KEY.exec(match[1] ?? "")?.[1] ?? "";
  const number = PAGE_VALUE.exec(pageValue)?.[0];
  return { body: text.slice(match[0].length), page: number ? parseChineseNumber(number) : null, found: true };
}
