// One wording for a value a zod schema refused, in both interface languages,
// with the field named in the reader's language (lib/validation/field-names.ts):
// "标题超过 200 个字符的上限", never "headline 超过 200" or zod's English text
// inside a Chinese sentence.
import type { z } from "zod";

import { fieldName } from "./field-names";

export interface IssueText {
  en: string;
  zh: string;
}

const count = (n: unknown) =>
  typeof n === "number" || typeof n === "bigint"
    ? Number(n).toLocaleString("en-US")
    : "?";

/**
 * `{ en, zh }` for zod's first issue: the field (a body paragraph by its
 * number) and what is wrong with it (too long, too short, missing, not one
 * of the allowed values, unknown fields, …). No issue reads as "invalid".
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): IssueText {
  if (!issue) return { en: "the request is not valid", zh: "请求内容无效" };
  const { path } = issue;
  const paragraph =
    path[0] === "body" || path[1] === "body"
      ? path.find((p, i) => typeof p === "number" && path[i - 1] === "content")
      : undefined;
  const zhField =
    typeof paragraph === "number"
      ? `正文第 ${paragraph + 1} 段`
      : fieldName(path, "zh");
  const enField =
    typeof paragraph === "number"
      ? `paragraph ${paragraph + 1} of the body`
      : fieldName(path, "en");
  const what = wrong(issue);
  return { en: `${enField} ${what.en}`, zh: `${zhField}${what.zh}` };
}

function wrong(issue: z.core.$ZodIssue): IssueText {
  switch (issue.code) {
    case "too_big": {
      const n = count(issue.maximum);
      if (issue.origin === "string")
        return {
          en: `is longer than ${n} characters`,
          zh: `超过 ${n} 个字符的上限`,
        };
      if (issue.origin === "array" || issue.origin === "set")
        return { en: `has more than ${n} items`, zh: `超过 ${n} 项的上限` };
      return { en: `is larger than ${n}`, zh: `大于上限 ${n}` };
    }
    case "too_small": {
      const n = count(issue.minimum);
      if (issue.origin === "string")
        return n === "1"
          ? { en: "is empty", zh: "不能为空" }
          : { en: `is shorter than ${n} characters`, zh: `少于 ${n} 个字符` };
      if (issue.origin === "array" || issue.origin === "set")
        return { en: `has fewer than ${n} items`, zh: `少于 ${n} 项` };
      return { en: `is smaller than ${n}`, zh: `小于下限 ${n}` };
    }
    case "invalid_type":
      return issue.input === undefined
        ? { en: "is missing", zh: "缺失" }
        : {
            en: `is not a ${issue.expected}`,
            zh: `类型不正确（应为 ${issue.expected}）`,
          };
    case "invalid_value":
      return { en: "is not one of the allowed values", zh: "不是允许的取值" };
    case "unrecognized_keys":
      return {
        en: `has unknown fields (${issue.keys.join(", ")})`,
        zh: `含有未知字段（${issue.keys.join("、")}）`,
      };
    case "invalid_format":
      return {
        en: `is not a valid ${issue.format}`,
        zh: `格式不正确（${issue.format}）`,
      };
    case "not_multiple_of":
      return {
        en: `is not a multiple of ${count(issue.divisor)}`,
        zh: `不是 ${count(issue.divisor)} 的倍数`,
      };
    default:
      return { en: "is not valid", zh: "无效" };
  }
}
