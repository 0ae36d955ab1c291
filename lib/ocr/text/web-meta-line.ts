// The metadata line a news website prints under a headline, which pages
// saved or exported from the web carry along: 发布时间：2024-03-08 09:30
// 来源：平湖日报 作者：张伟 编辑：李华 (traditional: 發布時間／來源／作者／編輯),
// on one line or one field a line. It is page furniture with credits in it,
// never a headline, deck or body text.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

/** Labels of the fields such a line is made of, folded to simplified characters. */
const FIELD =
  "发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|来源|稿源|出处|作者|撰稿|记者|通讯员|摄影|编辑|责任编辑|责编|审核|审校|校对|浏览|浏览量|浏览次数|阅读|阅读量|点击|点击数|字号|字体";
const FIELD_AT = new RegExp(
  `(?:^|[\\s\\u3000|｜/／·•]+)(${FIELD})[ \\u3000]*[:：]`,
  "g",
);
const STARTS_WITH_FIELD = new RegExp(`^(?:${FIELD})[ \\u3000]*[:：]`);
/** 时间 and 日期 are common words: as the only field they must hold a date or time. */
const DATE_OR_TIME = /\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}/;
const MAX_LINE_CHARS = 120;

/** Credits a field gives: 作者 and 撰稿 the writer, 记者, 通讯员 and 摄影 as printed, 编辑 and its kin the desk. */
const CREDIT_LABEL = /^(?:作者|撰稿|记者|通讯员|摄影|编辑|责任编辑|责编)$/;

export interface WebMetaLine {
  /** Each field as printed, label and value: ["發布時間：2024-03-08 09:30", "來源：平湖日報"]. */
  fields: { label: string; value: string }[];
}

/**
 * Reads `line` as a web metadata line: every part of it a `label：value`
 * field with a label above (时间 alone only with a date or time in it); null
 * otherwise. Labels are matched in traditional characters too.
 */
export function parseWebMetaLine(line: string): WebMetaLine | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const key = foldTraditional(text);
  if (!STARTS_WITH_FIELD.test(key)) return null;
  const starts: { at: number; label: string; valueAt: number }[] = [];
  for (const match of key.matchAll(FIELD_AT)) {
    const label = match[1] ?? "";
    const at = (match.index ?? 0) + match[0].indexOf(label);
    starts.push({
      at,
      label: text.slice(at, at + label.length),
      valueAt: (match.index ?? 0) + match[0].length,
    });
  }
  const fields = starts.map((start, k) => ({
    label: start.label,
    value: text
      .slice(start.valueAt, starts[k + 1]?.at ?? text.length)
      .replace(/[\s\u3000|｜/／·•]+$/, "")
      .trim(),
  }));
  if (fields.some((field) => field.value === "")) return null;
  const only =
    fields.length === 1 ? foldTraditional(fields[0]?.label ?? "") : null;
  if (
    (only === "时间" || only === "日期") &&
    !DATE_OR_TIME.test(fields[0]?.value ?? "")
  )
    return null;
  return { fields };
}

/** The fields of a web metadata line that credit people (作者：张伟 → `作者 张伟`), as credit lines to parse. */
export function webMetaCredits(meta: WebMetaLine): string[] {
  return meta.fields
    .filter((field) => CREDIT_LABEL.test(foldTraditional(field.label)))
    .map((field) => `${field.label} ${field.value}`);
}
