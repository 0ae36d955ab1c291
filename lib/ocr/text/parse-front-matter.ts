// YAML front matter some exporters put at the top of a Markdown page
// (---\npage: 3\n---). It is skipped; its page:/版次: is the page number
// when the caller does not know it, else a section: that names a page
// (section: "第03版", as a national daily's e-paper export writes it).

import { parseChineseNumber } from "@/lib/chinese/chinese-numeral";

const FRONT_MATTER =
  /^(?:[ \t]*\n)*---[ \t]*\n([^]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const KEY_LINE = /^[\p{L}\p{N}_ -]+[:：]/u;
const PAGE_KEY =
  /^(?:page|page_?number|page_?no|pageNumber|版次|版号|版面|版)[ \t]*[:：][ \t]*["']?([^"'\n]*)/im;
/** section: often holds the section's name (要闻); only a page label (第03版, A03, 03版, 3) is read. */
const SECTION_KEY = /^(?:section|版面名称)[ \t]*[:：][ \t]*["']?([^"'\n]*)/im;
const PAGE_VALUE = /[0-9０-９]{1,3}|[一二三四五六七八九十两〇零]{1,4}/;
const NUMBER = "([0-9０-９]{1,3}|[一二三四五六七八九十两〇零]{1,4})";
const SECTION_PAGE = new RegExp(
  `^(?:第[ \\t]*${NUMBER}[ \\t]*版|[A-Za-z]?0*${NUMBER}[ \\t]*版?)(?:$|[ \\t:：·]|\\b)`,
);

export interface FrontMatter {
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** page:/版次: value (else a section: naming a page), null when absent or not a number. */
  page: number | null;
  found: boolean;
}

function sectionPage(value: string): number | null {
  const m = SECTION_PAGE.exec(value.trim());
  const digits = m?.[1] ?? m?.[2];
  return digits ? parseChineseNumber(digits) : null;
}

/**
 * Splits front matter off a page (text with LF line ends). A lone `---` rule
 * at the top is not front matter unless the block between reads as YAML keys.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match || !KEY_LINE.test((match[1] ?? "").trimStart()))
    return { body: text, page: null, found: false };
  const yaml = match[1] ?? "";
  const pageValue = PAGE_KEY.exec(yaml)?.[1] ?? "";
  const number = PAGE_VALUE.exec(pageValue)?.[0];
  let page = number ? parseChineseNumber(number) : null;
  if (page === null) page = sectionPage(SECTION_KEY.exec(yaml)?.[1] ?? "");
  return {
    body: text.slice(match[0].length),
    page: page !== null && page >= 1 ? page : null,
    found: true,
  };
}
