// Shape tests for one line or paragraph of newspaper text: does it end a
// sentence, could it be a headline, a rubric banner, a deck or a kicker? The
// text segmenter and the ALTO/METS article segmenter share these so that both
// paths follow one set of rules.

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
  if (/[：:；;]$/.test(text)) return OPENING_QUOTE.test(next) || ENUMERATOR.test(next);
  return ENUMERATOR.test(next);
}

/** A short line with no sentence punctuation: a headline, kicker, deck or plain-text subhead. */
export function isHeadlineShaped(text: string, maxChars = MAX_HEADLINE_CHARS): boolean {
  const length = text.length;
  return length >= 2 && length <= maxChars && !FULL_STOP.test(text) && !CLAUSE_END.test(text);
}

/** The text without a closing ？ or ！, so a question headline can be measured like any other. */
export function stripFinalMark(text: string): string {
  return text.replace(FINAL_MARK, "");
}

/** A rubric (栏目) banner line: short, no sentence or clause punctuation at all. */
export function isRubricShaped(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_RUBRIC_CHARS && !ANY_CLAUSE_PUNCT.test(text) && !LEADING_DASH.test(text);
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

export function startsEnumeration(text: string): boolean {
  return ENUMERATOR.test(text);
}
