// A rubric (栏目) printed in brackets at the end of a headline, as national
// and county papers mark their lead packages and series: 乡村振兴绘新景（经济头条）,
// 小巷里的大民生（新春走基层）, 鄉村振興繪新景（經濟頭條）. The headline is what
// stands before it.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

/** （经济头条）, (人民眼), 【一线观察】: 2–12 characters of Han script (a middle dot allowed) in brackets at the end. */
const BRACKETED_TAIL =
  /^(.{2,}?)[ \u3000]*(?:（([\p{Script=Han}·•・]{2,12})）|\(([\p{Script=Han}·•・]{2,12})\)|【([\p{Script=Han}·•・]{2,12})】)$/u;
/**
 * Brackets that are part of the headline, not a rubric: a part number
 * （上）（之二）（续）, a photo mark （图）（组图）, 附全文, an abbreviation's
 * expansion is not Han-only and never matches.
 */
const NOT_A_RUBRIC =
  /^(?:[上中下续完]|[之其]?[一二三四五六七八九十]+|[上中下]篇|续[一二三四五六七八九十]*|图|组图|附图|多图|视频|全文|附全文|摘要|摘编|节选|试行|草案|修订|征求意见稿|暂行)$/;

/** The headline without a bracketed rubric at its end, and the rubric; null when it ends in none. */
export function splitHeadlineRubric(
  headline: string,
): { headline: string; rubric: string } | null {
  const match = BRACKETED_TAIL.exec(headline.trim());
  if (!match) return null;
  const rubric = match[2] ?? match[3] ?? match[4] ?? "";
  const rest = (match[1] ?? "").trim();
  if (NOT_A_RUBRIC.test(foldTraditional(rubric)) || rest.length < 2)
    return null;
  return { headline: rest, rubric };
}
