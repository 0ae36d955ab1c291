// Datelines (电头) opening the first paragraph: 本报讯, 本报讯（记者 张三）,
// 本报讯 记者 张三 通讯员 李四, 新华社北京1月2日电, 据新华社…电, 本报北京1月2日电,
// 本报记者 张三 报道. The dateline is lifted out of the paragraph; the lead
// starts after the separator. A dateline may also stand alone on its line
// (新华社北京1月5日电 ⏎ 高质量发展是…), the lead being the next paragraph.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

import type { OcrByline } from "../types";
import { parseBylineLine } from "./parse-byline";

export interface Dateline {
  dateline: string;
  /** Credits printed in the dateline: 本报讯（记者 张三）, 本报讯 记者 张三, 本报记者 张三 报道. */
  bylines: OcrByline[];
  /** Characters removed from the start of the paragraph, separator included; the whole text for a dateline alone. */
  length: number;
}

const DATE = "(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)";
const AGENCY =
  "(?:新华社|中新社|中新网|人民网|央视网|央视新闻|浙江在线|潮新闻)";
/** 本报 + place + date + 电 needs the date, or 本报记者…说…电 would match. */
const OPENING = new RegExp(
  `^(?:本报讯|据?${AGENCY}\\p{Script=Han}{0,8}?${DATE}?电|本报\\p{Script=Han}{1,8}?${DATE}电|本报(?:全媒体|融媒体)?记者[ \\u3000]*([^，。,：:\\s\\u3000]{2,12}(?:[ \\u3000、]+[^，。,：:\\s\\u3000]{2,12}){0,3})[ \\u3000]*报道)`,
  "u",
);
/** The longest opening OPENING can match (本报记者 + four names + 报道): only this much is folded. */
const MAX_OPENING_CHARS = 80;
const CREDIT_IN_BRACKETS = /^[ \u3000]*[（(]([^（()）]{2,40})[）)]/;
const SEPARATOR = /^[ \u3000]+/;
/** One space-separated token after the dateline (sticky: read in place, no copying). */
const TOKEN = /[ \u3000]+([^ \u3000]+)/y;
/** 记者 张三 李四 通讯员 王五 …: an unbracketed credit is never longer than this many tokens. */
const MAX_CREDIT_TOKENS = 10;
/** Longest credit token (a label with a dotted name glued on); anything longer is the lead. */
const MAX_CREDIT_TOKEN_CHARS = 24;
/**
 * Words that open a lead and are name-shaped (两个汉字): after 本报讯 记者 王芳 they
 * start the story, not a second name, even when OCR leaves a space after them.
 */
const LEAD_WORDS = new Set([
  "日前",
  "近日",
  "近期",
  "目前",
  "昨天",
  "昨日",
  "今天",
  "今日",
  "前天",
  "当天",
  "当日",
  "今年",
  "去年",
  "连日来",
  "近年来",
]);

/**
 * 本报讯 记者 王芳 通讯员 李强 昨天，…: the longest run of tokens after the
 * dateline that reads as a credit. Returns the credits and the characters the
 * run takes up (its leading separator included), or null.
 */
function readLooseCredit(
  text: string,
  from: number,
): { bylines: OcrByline[]; length: number } | null {
  const tokens: string[] = [];
  const ends: number[] = [];
  TOKEN.lastIndex = from;
  for (
    let match = TOKEN.exec(text);
    match && tokens.length < MAX_CREDIT_TOKENS;
    match = TOKEN.exec(text)
  ) {
    const token = match[1] ?? "";
    if (
      token.length > MAX_CREDIT_TOKEN_CHARS ||
      LEAD_WORDS.has(foldTraditional(token))
    )
      break;
    tokens.push(token);
    ends.push(TOKEN.lastIndex);
  }
  for (let k = tokens.length; k >= 1; k--) {
    const bylines = parseBylineLine([tokens.slice(0, k).join(" ")]);
    if (bylines) return { bylines, length: (ends[k - 1] ?? from) - from };
  }
  return null;
}

/**
 * Wire datelines of Latin-script papers: the place in capitals, perhaps a
 * state or country, a date and an agency, then a dash (BOSTON, June 2 —,
 * LOWELL, Mass., June 2 (AP) —, PARIS, 3 juin. —, BERLIN, 3. Juni. –,
 * LONDON (Reuters) -). Unlike a Chinese 电头 it is not lifted out of the lead.
 */
const LATIN_DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:[ -]\p{Lu}[\p{Lu}'’.-]*){0,3}\p{Lu}\.?(?:,[ \u00a0]+\p{Lu}[\p{L}.]{1,12}){0,2}(?:,?[ \u00a0]+(?:\p{L}{3,9}\.?[ \u00a0]+\d{1,2}|\d{1,2}(?:er|\.)?[ \u00a0]+\p{L}{3,9}\.?)(?:,?[ \u00a0]+\d{4})?)?(?:[ \u00a0]+\([\p{Lu}][\p{L}-]{1,10}\))?)[ \u00a0]*(?:[—–]{1,2}|-{1,2}(?=[ \u00a0]))[ \u00a0]*/u;
const LATIN_MAX_DATELINE_CHARS = 80;

function parseLatinDateline(text: string): Dateline | null {
  const match = LATIN_DATELINE.exec(text.slice(0, LATIN_MAX_DATELINE_CHARS));
  const dateline = match?.[1];
  // The place must be a word in capitals (BOSTON), not an initial or a capitalised word.
  if (!match || dateline === undefined || !/^\p{Lu}{3,}/u.test(dateline))
    return null;
  // Without a date or agency only a one-word place (BOSTON —): THE DAILY COURIER — … is a masthead.
  if (!/\d|\(/.test(dateline) && /\s/.test(dateline)) return null;
  // Run into the lead sentence as printed, the wire dateline stays in the paragraph (nothing removed):
  // the article records it, the text still reads "LOWELL, Mass., June 2 (AP) — Three workers…".
  return { dateline: dateline.trim(), bylines: [], length: 0 };
}

/**
 * Reads a dateline at the start of `text` (traditional characters too: 本報訊,
 * 新華社…電, kept as printed); null if the paragraph does not open with one.
 */
export function parseDateline(text: string): Dateline | null {
  const opening = OPENING.exec(
    foldTraditional(text.slice(0, MAX_OPENING_CHARS)),
  );
  if (!opening) return /^\p{Lu}/u.test(text) ? parseLatinDateline(text) : null;
  const dateline = text.slice(0, opening[0].length);
  let length = dateline.length;
  let bylines: OcrByline[] = [];

  if (opening[1] !== undefined) {
    // 本报记者 张三 报道: the credit is the dateline itself.
    bylines =
      parseBylineLine([dateline.replace(/[ \u3000]*[报報]道$/, "")]) ?? [];
  }
  const credit = CREDIT_IN_BRACKETS.exec(text.slice(length));
  const bracketed = credit ? parseBylineLine([`（${credit[1] ?? ""}）`]) : null;
  if (credit && bracketed) {
    bylines = bylines.concat(bracketed);
    length += credit[0].length;
  } else {
    const loose = readLooseCredit(text, length);
    if (loose) {
      bylines = bylines.concat(loose.bylines);
      length += loose.length;
    }
  }
  const separator = SEPARATOR.exec(text.slice(length));
  if (separator) length += separator[0].length;
  return { dateline, bylines, length };
}
