// QA finding 3: a short headline-like line over a paragraph that opens a new
// sentence is never joined to it by the column-break repair.
import { describe, expect, it } from "vitest";

import type { OcrBlock } from "../types";
import { rejoinColumnBreaks } from "./rejoin-column-breaks";

const p = (text: string): OcrBlock => ({ type: "paragraph", text });
const rejoin = (blocks: OcrBlock[]) =>
  rejoinColumnBreaks(blocks, [], { page: 1, article: 1 });

describe("rejoinColumnBreaks: a headline over a new sentence", () => {
  it.each([
    [
      "城关镇开展消防安全大检查",
      "近日，城关镇组织力量对辖区内商场开展消防安全检查。",
    ],
    ["县图书馆新增自助借还设备", "日前，县图书馆新增4台自助借还设备。"],
    ["南湖公园樱花进入盛花期", "3月5日上午，南湖公园200余株樱花进入盛花期。"],
    ["鄉鎮開展消防安全檢查", "近日，鎮裡組織力量開展消防安全檢查。"],
  ])("keeps %s apart", (head, next) => {
    const result = rejoin([p(head), p(next)]);
    expect(result.blocks).toEqual([p(head), p(next)]);
    expect(result.repairs).toEqual([]);
  });

  it("still joins a cut line before a sentence opener that continues it", () => {
    expect(
      rejoin([p("镇里统一规划了六十个"), p("摊位，其中三十个留给农户。")])
        .blocks,
    ).toHaveLength(1);
    expect(rejoin([p("今年全县将在"), p("近日，")]).blocks).toHaveLength(1);
  });
});
