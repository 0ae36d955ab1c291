// Datelines (电头) opening the first paragraph: 本报讯, 本报讯（记者 张三）,
// 新华社北京1月2日电, 据新华社…电, 本报北京1月2日电, 本报记者 张三 报道. The
// dateline is lifted out of the paragraph; the lead starts after the separator.

import { parseBylineLine } from "./parse-byline";
import type { OcrByline } from "./types";

export interface Dateline {
  dateline: string;
  /** Credits printed in the dateline: 本报讯（记者 张三）, 本报记者 张三 报道. */
  bylines: OcrByline[];
  /** Characters removed from the start of the paragraph, separator included. */
  length: number;
}

const DATE = "(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)";
const AGENCY = "(?:新华社|中新社|中新网|人民网|央视网|央视新闻|浙江在线|潮新闻)";
/** 本报 + place + date + 电 needs the date, or 本报记者…说…电 would match. */
const OPENING = new RegExp(
  `^(?:本报讯|据?${AGENCY}\\p{Script=Han}{0,8}?${DATE}?电|本报\\p{Script=Han}{1,8}?${DATE}电|本报(?:全媒体|融媒体)?记者[ \\u3000]*([^，。,：:\\s\\u3000]{2,12}(?:[ \\u3000、]+[^，。,：:\\s\\u3000]{2,12}){0,3})[ \\u3000]*报道)`,
  "u",
);
const CREDIT_IN_BRACKETS = /^[ \u3000]*[（(]([^（()）]{2,40})[）)]/;
const SEPARATOR = /^[ \u3000]+/;

/** Reads a dateline at the start of `text`; null if the paragraph does not open with one. */
export function parseDateline(text: string): Dateline | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const dateline = opening[0];
  let length = dateline.length;
  let bylines: OcrByline[] = [];

  if (opening[1] !== undefined) {
    // 本报记者 张三 报道: the credit is the dateline itself.
    bylines = parseBylineLine([dateline.replace(/[ \u3000]*报道$/, "")]) ?? [];
  }
  const credit = CREDIT_IN_BRACKETS.exec(text.slice(length));
  if (credit) {
    const parsed = parseBylineLine([`（${credit[1] ?? ""}）`]);
    if (parsed) {
      bylines = bylines.concat(parsed);
      length += credit[0].length;
    }
  }
  const separator = SEPARATOR.exec(text.slice(length));
  if (separator) length += separator[0].length;
  // A dateline with nothing after it is a stray line, not an opening.
  if (length >= text.length) return null;
  return { dateline, bylines, length };
}
