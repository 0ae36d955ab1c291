import { describe, expect, it } from "vitest";

import type { OcrBlock, OcrWord } from "../types";
import { rejoinColumnBreaks } from "./rejoin-column-breaks";

const p = (text: string): OcrBlock => ({ type: "paragraph", text });
const ctx = { page: 1, article: 4 };

function rejoin(blocks: OcrBlock[], barriers?: Set<number>) {
  return rejoinColumnBreaks(blocks, [], barriers ? { ...ctx, barriers } : ctx);
}

describe("rejoinColumnBreaks", () => {
  it("joins a paragraph cut by a column break and quotes the cut phrase", () => {
    const result = rejoin([
      p("惟创新者进,惟创新者强,惟创"),
      p("新者胜。“天高海阔凭鱼跃”"),
    ]);
    expect(result.blocks).toEqual([
      p("惟创新者进,惟创新者强,惟创新者胜。“天高海阔凭鱼跃”"),
    ]);
    expect(result.repairs).toEqual([
      {
        kind: "column-break",
        page: 1,
        article: 4,
        block: 0,
        original: "惟创\n\n新者胜",
        replacement: "惟创新者胜",
      },
    ]);
  });

  it("joins after a comma, keeping up to eight characters of context", () => {
    const result = rejoin([
      p("组织赴外招商团组18批次,"),
      p("推动诺瓦瑞斯、湛新等项目落户。"),
    ]);
    expect(result.blocks).toHaveLength(1);
    expect(result.repairs[0]?.original).toBe("商团组18批次,\n\n推动诺瓦瑞斯");
  });

  it("joins a chain of breaks into one paragraph", () => {
    // A paragraph over three columns: the middle part is a whole column long.
    const middle =
      "新篇章中彰显璀璨明珠新担当，奋力推进高质量发展，全力打造共同富裕";
    const result = rejoin([
      p("在勇当先行者谱写"),
      p(middle),
      p("璀璨明珠新担当。"),
    ]);
    expect(result.blocks).toEqual([
      p(`在勇当先行者谱写${middle}璀璨明珠新担当。`),
    ]);
    expect(result.repairs.map((repair) => repair.block)).toEqual([0, 0]);
  });

  it("joins Latin text across a column with a space after any punctuation, and a hyphenated word without one", () => {
    const result = rejoin([
      p("They came to Paris, in June;"),
      p("it rained. Then came the Ger-"),
      p("mantown Telegraph (so they say)"),
    ]);
    expect(result.blocks).toEqual([
      p(
        "They came to Paris, in June; it rained. Then came the Ger-mantown Telegraph (so they say)",
      ),
    ]);
    expect(result.repairs.map((repair) => repair.replacement)).toEqual([
      "in June; it raine",
      "the Ger-mantown ",
    ]);
  });

  it("keeps the lines of a poem apart: three or more short lines in a row are verse", () => {
    const poem = [
      p("冬日的田野"),
      p("安静地躺着"),
      p("等待一场雪"),
      p("覆盖来年的梦"),
    ];
    const result = rejoin(poem);
    expect(result.blocks).toEqual(poem);
    expect(result.repairs).toEqual([]);
  });

  it("still joins a short fragment at a column foot onto the long rest of its paragraph", () => {
    const result = rejoin([
      p("拼经济，拼的是产业。近年来，"),
      p(
        "平湖经开汇聚了一大批大好的项目，新能源汽车、智能装备等主导产业已成态势。",
      ),
    ]);
    expect(result.blocks).toHaveLength(1);
  });

  it.each(["。", "！", "？", "…", "……", "”", "）"])(
    "does not join after %s",
    (end) => {
      const result = rejoin([
        p(`这是一个完整的句子${end}`),
        p("新的段落开始了。"),
      ]);
      expect(result.blocks).toHaveLength(2);
      expect(result.repairs).toEqual([]);
    },
  );

  it("does not join a colon before a quoted paragraph", () => {
    expect(rejoin([p("他说："), p("“我们一定能做到。”")]).blocks).toHaveLength(
      2,
    );
  });

  it("never joins across a subhead", () => {
    const blocks: OcrBlock[] = [
      p("何苗的想法很简单,"),
      { type: "subhead", text: "立足共同富裕" },
      p("发展的目的是什么。"),
    ];
    expect(rejoin(blocks).blocks).toEqual(blocks);
  });

  it("never joins across a jump marker", () => {
    const result = rejoin(
      [p("何苗的想法很简单,"), p("新的一年继续努力。")],
      new Set([0]),
    );
    expect(result.blocks).toHaveLength(2);
  });

  it("keeps a space between Latin words cut by a column", () => {
    expect(rejoin([p("他说 Made in"), p("Pinghu 是品牌。")]).blocks).toEqual([
      p("他说 Made in Pinghu 是品牌。"),
    ]);
  });

  it("moves word positions into the joined paragraph", () => {
    const cut =
      "如今，外部形势依然复杂，何以破题？惟创新者进，惟创新者强，惟创";
    const words: OcrWord[] = [
      { block: 0, offset: cut.length - 2, text: "惟创", wc: 0.9, cc: null },
      { block: 1, offset: 0, text: "新者胜", wc: 0.8, cc: null },
      { block: 2, offset: 2, text: "明天", wc: 0.7, cc: null },
    ];
    rejoinColumnBreaks(
      [p(cut), p("新者胜。天高海阔凭鱼跃。"), p("迎接明天。")],
      words,
      ctx,
    );
    expect(words.map((word) => [word.block, word.offset])).toEqual([
      [0, cut.length - 2],
      [0, cut.length],
      [1, 2],
    ]);
  });

  it.each([
    ["a labelled detail", "市民可通过以下方式报名", "开放时间：每天9:00-17:00"],
    [
      "an address",
      "活动网址：https://www.phlib.cn/2024",
      "地址：当湖街道东湖大道1号",
    ],
    ["an enumerated item", "报名方式如下", "2.现场报名：市民服务中心3楼"],
    ["a chinese enumerator", "主要做法有", "（二）强化要素保障"],
    ["a photo caption", "为来年丰产打下基础", "▲ 果农在梨园内修剪枝条。"],
    ["a 图为 caption", "为来年丰产打下基础", "图为村民在文化礼堂排练节目。"],
  ])("never joins into %s", (_, text, next) => {
    expect(rejoin([p(text), p(next)]).blocks).toEqual([p(text), p(next)]);
  });

  it.each([
    ["a URL", "活动网址：https://www.phlib.cn/2024", "开放时间每天9时开放。"],
    ["a phone number", "咨询电话0573-85012345", "报名截止时间为1月20日。"],
    ["an e-mail", "投稿邮箱phrb@163.com", "欢迎来稿。"],
    [
      "a photo credit",
      "图为村民排练节目 记者 俞佳 摄",
      "村民们说，今年的村晚更热闹。",
    ],
    [
      "a short list item",
      "2.现场报名：市民服务中心3楼",
      "报名截止时间为1月20日。",
    ],
  ])("never joins a paragraph ending in %s", (_, text, next) => {
    expect(rejoin([p(text), p(next)]).repairs).toEqual([]);
  });

  it("still joins a long enumerated paragraph cut by a column", () => {
    const text =
      "一是强化项目攻坚，聚焦新能源汽车、光电通信等八大产业链，全力招引一批投资体量大、带动能力强、科技含量高的";
    expect(rejoin([p(text), p("龙头项目。")]).blocks).toEqual([
      p(`${text}龙头项目。`),
    ]);
  });
});
