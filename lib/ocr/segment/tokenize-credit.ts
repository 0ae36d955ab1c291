// Splits a credit line (记者 欧 阳 明 月  通讯员 王 五) into labels and names.
// Chinese typesetting pads a two-character name to three characters' width
// (周  明, or 王 芳 with an ideographic space) and some papers space every
// character of every name (欧 阳 明 月, 张 小 红); either way a run of single characters set apart by
// the same narrow space is one name, never one person per character.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

import { appendAll } from "../append-all";
import { maxOf, minOf } from "../extremes";

/** Two-character (复姓) surnames: 欧 阳 明 月 is one four-character name, 王 芳 李 明 two names. */
const COMPOUND_SURNAMES = new Set(
  (
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 夏侯 尉迟 公孙 长孙 宇文 端木 独孤 南宫 西门 轩辕 钟离 " +
    "司空 呼延 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 闻人 赫连 百里 东郭 南门 万俟 拓跋 第五 左丘 梁丘"
  ).split(" "),
);

const SEPARATORS = /([ \u3000\t、，,；;]+)/;
const SPACES = /^[ \u3000\t]+$/;
const SINGLE_HAN = /^\p{Script=Han}$/u;
/** Widest gap still read as padding inside one name (an ideographic space plus a space). */
const MAX_PADDING_WIDTH = 4;

function widthOf(gap: string): number {
  let width = 0;
  for (const ch of gap) width += ch === "\u3000" ? 2 : ch === "\t" ? 4 : 1;
  return width;
}

/**
 * Names in a run of single characters whose gaps are all the same width:
 * two or three characters are one name; four are one name after a compound
 * surname, else two; five or more cannot be told apart and are left as they are.
 */
function namesOfEvenRun(chars: readonly string[]): string[] {
  if (chars.length <= 3) return [chars.join("")];
  if (chars.length === 4) {
    const [a = "", b = "", c = "", d = ""] = chars;
    return COMPOUND_SURNAMES.has(foldTraditional(a + b))
      ? [a + b + c + d]
      : [a + b, c + d];
  }
  return [...chars];
}

/** The run cut where `cut(gap)` says; null when a part is a single character (never a name) or over four. */
function partsOf(
  chars: readonly string[],
  gaps: readonly number[],
  cut: (gap: number) => boolean,
): string[][] | null {
  const parts: string[][] = [[chars[0] ?? ""]];
  for (let k = 1; k < chars.length; k++) {
    if (cut(gaps[k - 1] ?? 0)) parts.push([]);
    parts[parts.length - 1]?.push(chars[k] ?? "");
  }
  return parts.every((part) => part.length >= 2 && part.length <= 4)
    ? parts
    : null;
}

/**
 * Names in a run of single characters. With even gaps, see namesOfEvenRun.
 * With uneven ones, either the wider gaps part the names (王 芳  李 小 明) or the
 * narrower ones do, the wider being padding (王 芳 李 明, ideographic spaces
 * inside the names): whichever leaves every name two to four characters
 * long, tried in that order.
 */
function namesOfRun(
  chars: readonly string[],
  gaps: readonly number[],
): string[] {
  const narrowest = minOf(gaps);
  const widest = maxOf(gaps);
  if (narrowest === widest) return namesOfEvenRun(chars);
  const parts =
    partsOf(chars, gaps, (gap) => gap > narrowest) ??
    partsOf(chars, gaps, (gap) => gap < widest);
  return parts === null ? [...chars] : parts.flatMap(namesOfEvenRun);
}

/**
 * Tokens of a credit line, split on spaces and 、，；. Runs of single
 * characters that `joinable` accepts (not labels such as 文, 图, 摄), set apart
 * by spaces only, are joined into names as the padding says (see above); a
 * lone single character stays a token of its own.
 */
export function tokenizeCredit(
  line: string,
  joinable: (token: string) => boolean,
): string[] {
  const parts = line.split(SEPARATORS);
  const tokens: string[] = [];
  let run: string[] = [];
  let gaps: number[] = [];
  const flush = () => {
    if (run.length === 1) tokens.push(run[0] ?? "");
    else if (run.length > 1) appendAll(tokens, namesOfRun(run, gaps));
    run = [];
    gaps = [];
  };
  for (let i = 0; i < parts.length; i += 2) {
    const token = parts[i] ?? "";
    if (token === "") continue;
    const gap = parts[i - 1] ?? "";
    const continues =
      run.length > 0 && SPACES.test(gap) && widthOf(gap) <= MAX_PADDING_WIDTH;
    if (SINGLE_HAN.test(token) && joinable(token)) {
      if (!continues) flush();
      else gaps.push(widthOf(gap));
      run.push(token);
      continue;
    }
    flush();
    tokens.push(token);
  }
  flush();
  return joinCompoundSurnames(tokens, joinable);
}

const GIVEN_NAME = /^\p{Script=Han}{1,2}$/u;

/**
 * 欧阳 娜娜: a compound surname set apart from the given name is one name.
 * A compound surname alone is never a whole name, so it always takes the
 * one- or two-character token after it (unless that is a label).
 */
function joinCompoundSurnames(
  tokens: readonly string[],
  joinable: (token: string) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const next = tokens[i + 1];
    if (
      COMPOUND_SURNAMES.has(foldTraditional(token)) &&
      next !== undefined &&
      GIVEN_NAME.test(next) &&
      joinable(next) &&
      [...next].every(joinable)
    ) {
      out.push(token + next);
      i++;
    } else out.push(token);
  }
  return out;
}
