import { describe, expect, it } from "vitest";

import type { OcrBlock } from "@/lib/ocr/types";

import { blocksToDoc } from "../article-doc";
import { findMidSentenceBreaks } from "./find-mid-sentence-breaks";

const p = (text: string): OcrBlock => ({ type: "paragraph", text });
const breaks = (...blocks: OcrBlock[]) =>
  findMidSentenceBreaks(blocksToDoc(blocks)).map((s) => [
    s.block,
    s.offset,
    s.replacements,
  ]);

describe("findMidSentenceBreaks", () => {
  it("offers to join a paragraph that stops mid-sentence", () => {
    const found = findMidSentenceBreaks(
      blocksToDoc([
        p("外资产业集聚一直是平湖经济发展的优势所在，越来越多的优质外资"),
        p("选择落户平湖、投资平湖。"),
      ]),
    );
    expect(found).toEqual([
      {
        key: expect.stringMatching(/^mid-sentence-break:[0-9a-f]{16}$/),
        kind: "mid-sentence-break",
        block: 0,
        offset: 30,
        length: 0,
        text: "",
        replacements: [""],
        confidence: null,
        note: "This paragraph ends mid-sentence: join it with the next one?",
        noteZh: "本段在句子中间断开，是否与下一段合并？",
      },
    ]);
  });

  it("joins Latin words with a space", () => {
    expect(breaks(p("他说 Made in"), p("Pinghu 是平湖制造的品牌。"))).toEqual([
      [0, 10, [" "]],
    ]);
  });

  it.each([
    [
      "a full stop",
      [p("这是一个完整的句子。"), p("新的段落开始了，内容很长很长。")],
    ],
    [
      "a quote after a colon",
      [p("何苗在采访中对记者表示："), p("“我们一定能做到，而且会做得更好。”")],
    ],
    [
      "an enumerated item",
      [p("主要做法有以下几个方面"), p("一是强化项目攻坚，聚焦八大产业链。")],
    ],
    [
      "a labelled detail",
      [p("市民可以通过以下方式报名参加本次活动"), p("咨询电话：0573-85012345")],
    ],
    [
      "a caption",
      [p("为来年丰产打下了坚实的基础"), p("图为村民在文化礼堂排练节目。")],
    ],
    ["verse", [p("冬日的田野"), p("安静地躺着"), p("等待一场雪")]],
    [
      "a subhead",
      [
        p("发展的最终目的是什么"),
        { type: "subhead" as const, text: "立足共同富裕" },
      ],
    ],
    ["the last paragraph", [p("发展的最终目的是什么？何苗的想法很简单，")]],
  ])("leaves a paragraph alone before %s", (_, blocks) => {
    expect(breaks(...blocks)).toEqual([]);
  });
});
