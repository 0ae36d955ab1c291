// Shape tests for one line or paragraph of newspaper text: does it end a
// sentence, could it be a headline, a rubric banner, a deck or a kicker? The
// text segmenter and the ALTO/METS article segmenter share these so that both
// paths follow one set of rules. Words are matched in traditional characters
// too (要聞, 圖為), through foldTraditional.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

/** Marks that end a paragraph for good (the column-break rule's "real end"). */
const PARAGRAPH_END = /[。！？!?…”’」』）).．"]$/;
/** Marks that end a sentence or a clause; a headline or rubric never ends with one. */
const CLAUSE_END = /[。！？!?；;，,、：:]$/;
/** A full stop anywhere means running text, not a headline. */
const FULL_STOP = /[。]/;
/** Sentence or clause punctuation anywhere: rubric banners have none. */
const ANY_CLAUSE_PUNCT = /[。！？!?；;，,、：:]/;
/** 副题 decks are often printed after a dash: ——访…, —访…, --访… */
const LEADING_DASH = /^(?:[—―─－]{1,2}|-{2})[ \u3000]*/;
/** 引题 kickers often end with a dash: 一把手访谈—— */
const TRAILING_DASH = /[ \u3000]*(?:[—―─－]{1,2}|-{2})$/;
/** Enumerated paragraphs: 一是…, 二、…, （一）…, 1. …, 第一，…, 首先，… */
const ENUMERATOR =
  /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、．.](?![0-9])|第[一二三四五六七八九十0-9]{1,3}[，,、是]|(?:首先|其次|再次|最后)[，,])/;
/** ？ or ！ closing a question or exclamation headline (垃圾分类，你做对了吗？), perhaps doubled (！？). */
const FINAL_MARK = /[？！?!]{1,2}$/;
/** Opening quotes: a colon before a quoted paragraph is a real paragraph end. */
const OPENING_QUOTE = /^[“‘「『"]/;

/**
 * 2024年1月27日 星期六, 今日8版, 第3版, 第2版  县域新闻, A03版·要闻: page header lines, never a
 * headline. A page number may carry the section's name after a space or a separator.
 */
const PAGE_HEADER_LINE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?(?:[ \u3000]*今日\d{1,2}版)?|今日\d{1,2}版|(?:第?[A-Z]?\d{1,2}|第[一二三四五六七八九十]{1,3})版(?:[ \u3000·•・:：|｜]+[\p{Script=Han}·•・ \u3000]{2,12})?|.{1,4}版)$/u;
/** Section (版名) names printed at a page's head: 要闻, 综合, 东湖·副刊, 社会·民生, 综合新闻. */
const SECTION_NAME =
  /^(?:要闻|综合|评论|副刊|经济|社会|民生|文体|文化|教育|体育|国内|国际|时政|理论|专版|专题|广告|视点|图片新闻|综合新闻|县域经济|简讯|短讯|快讯|新闻速览|要闻速览|[\p{Script=Han}]{2,4}[·•・][\p{Script=Han}]{2,4})$/u;
/**
 * 简讯, 本版简讯, 新闻速览, 一周快讯: the label printed over a column of short
 * items (简讯), each of which is an article of its own.
 */
const ITEMS_LABEL =
  /^(?:本版|本期|一周|今日|每日|本周|综合|新闻|要闻|县域|社区|乡镇)?(?:简讯|短讯|快讯|速览|简报|资讯|动态|速递|集锦|集萃|要闻速览|新闻速览|新闻简讯|信息)$/;

/** 图为…, ▲…: a photo caption, which belongs to the article above it. */
const CAPTION_START = /^(?:图为|▲|△)/;

/** Longest headline (标题) we accept from text heuristics. */
export const MAX_HEADLINE_CHARS = 40;
/** Longest rubric (栏目) banner line. */
export const MAX_RUBRIC_CHARS = 24;
/** Longest guessed subhead (小标题) in unmarked text; column-break fragments tend to be longer. */
export const MAX_GUESSED_SUBHEAD_CHARS = 24;

export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text);
}

export function endsClause(text: string): boolean {
  return CLAUSE_END.test(text);
}

/**
 * True when a paragraph ending this way followed by `next` is a genuine
 * paragraph boundary rather than a column break. Dashes never end a Chinese
 * sentence (they introduce what follows), so a paragraph ending in —— is cut.
 * A colon or semicolon ends a paragraph only before a quote or an enumerated
 * item (他说：⏎“…”, 一是…；⏎二是…); otherwise it was cut mid-sentence.
 */
export function isParagraphBoundary(text: string, next: string): boolean {
  if (PARAGRAPH_END.test(text)) return true;
  if (/[：:；;]$/.test(text))
    return OPENING_QUOTE.test(next) || ENUMERATOR.test(next);
  return ENUMERATOR.test(next);
}

/** A short line with no sentence punctuation: a headline, kicker, deck or plain-text subhead. */
export function isHeadlineShaped(
  text: string,
  maxChars = MAX_HEADLINE_CHARS,
): boolean {
  const length = text.length;
  return (
    length >= 2 &&
    length <= maxChars &&
    !FULL_STOP.test(text) &&
    !CLAUSE_END.test(text)
  );
}

/** The text without a closing ？ or ！, so a question headline can be measured like any other. */
export function stripFinalMark(text: string): string {
  return text.replace(FINAL_MARK, "");
}

/** A rubric (栏目) banner line: short, no sentence or clause punctuation at all. */
export function isRubricShaped(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_RUBRIC_CHARS &&
    !ANY_CLAUSE_PUNCT.test(text) &&
    !LEADING_DASH.test(text)
  );
}

export function hasLeadingDash(text: string): boolean {
  return LEADING_DASH.test(text);
}

export function hasTrailingDash(text: string): boolean {
  return TRAILING_DASH.test(text);
}

export function stripLeadingDash(text: string): string {
  return text.replace(LEADING_DASH, "");
}

export function stripTrailingDash(text: string): string {
  return text.replace(TRAILING_DASH, "");
}

/** A page header line, section name or photo caption: short and unpunctuated like a headline, but never one. */
export function isNeverHeadline(text: string): boolean {
  const key = foldTraditional(text);
  return (
    PAGE_HEADER_LINE.test(key) ||
    SECTION_NAME.test(key) ||
    CAPTION_START.test(key) ||
    isPageHeaderRow(key)
  );
}

const WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/;

/** 2024年3月8日 星期五 第3版 要闻: date, page and section printed on one row, each a page header part. */
function isPageHeaderRow(key: string): boolean {
  const parts = key.split(/[ \u3000]+/).filter((part) => part !== "");
  if (parts.length < 2 || parts.length > 5) return false;
  return (
    parts.some((part) => PAGE_HEADER_LINE.test(part)) &&
    parts.every(
      (part) =>
        PAGE_HEADER_LINE.test(part) ||
        SECTION_NAME.test(part) ||
        WEEKDAY.test(part),
    )
  );
}

/** 简讯, 本版简讯, 新闻速览: a label over a column of short items (see ITEMS_LABEL). */
export function isItemsLabel(text: string): boolean {
  return ITEMS_LABEL.test(foldTraditional(text.trim()));
}

/** 图为…, ▲…: a photo caption (图说), a block of its own. */
export function startsCaption(text: string): boolean {
  return CAPTION_START.test(foldTraditional(text.slice(0, 2)));
}

/** 系列：基层新观察, 栏目：…: the series or column an article belongs to, named on a line of its own. */
const SERIES_LINE =
  /^(?:系列|系列报道|栏目|专栏|专题)[ \u3000]*[:：][ \u3000]*([^。！？!?，,；;：:]{2,24})$/;

const MAX_SERIES_LINE_CHARS = 40;

/** The series named by a `系列：…` line (its rubric, 栏目), or null when the line is not one. */
export function seriesName(text: string): string | null {
  // Asked of every block near a headline: a running paragraph is never one, so it is not folded.
  if (text.length > MAX_SERIES_LINE_CHARS) return null;
  const label = SERIES_LINE.exec(foldTraditional(text.trim()));
  return label?.[1] ? text.trim().slice(-label[1].length) : null;
}

/** 咨询电话：…, 地址：…, 开放时间：…: a labelled detail line (not 他表示：, which opens a quote). */
const LABELLED_LINE = /^[\p{Script=Han}A-Za-z]{1,8}[:：]/u;
const SPEECH_LABEL =
  /(?:说|表示|指出|认为|介绍|强调|称|道|问|答|提出|要求|坦言|直言|透露)[:：]$/;
const CONTACT_LABEL =
  /(?:电话|热线|手机|地址|网址|网站|邮箱|时间|联系人|方式|微信|传真|邮编|公众号)[:：]/;
/** Ends with something no sentence runs on from: a URL, e-mail, phone number or photo credit (记者 俞佳 摄). */
const UNBREAKABLE_END =
  /(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?0\d{2,3}\)?[-－ ]?\d{7,8}|1[3-9]\d{9}|[ \u3000][摄攝]影?)$/;

/** Longest URL, e-mail or credit we look for at a paragraph's end. */
const MAX_UNBREAKABLE_TAIL = 120;

export function isLabelledLine(text: string): boolean {
  const label = LABELLED_LINE.exec(text);
  return label !== null && !SPEECH_LABEL.test(label[0]);
}

/** 咨询电话：0573-85012345: a labelled contact detail, never a subhead. */
export function isContactLine(text: string): boolean {
  return (
    isLabelledLine(text) &&
    (CONTACT_LABEL.test(text) || UNBREAKABLE_END.test(text))
  );
}

/** A paragraph ending with a URL, e-mail, phone number or photo credit: never cut mid-sentence. */
export function endsUnbreakably(text: string): boolean {
  // Only the tail can match; testing it alone keeps a long paragraph (or a chain of joins) linear.
  return UNBREAKABLE_END.test(text.slice(-MAX_UNBREAKABLE_TAIL));
}

export function startsEnumeration(text: string): boolean {
  return ENUMERATOR.test(text);
}
