import { describe, expect, it } from "vitest";

import { fixCjkPunctuation } from "./fix-cjk-punctuation";

const ctx = { page: 1, article: 2 };
const fix = (text: string) => fixCjkPunctuation(text, ctx, { block: 3 }).text;

describe("fixCjkPunctuation", () => {
  it("turns half-width marks touching Chinese into full-width ones", () => {
    expect(fix("平湖是高质量外资集聚地,外资经济")).toBe(
      "平湖是高质量外资集聚地，外资经济",
    );
    expect(fix("效益如何?”“有什么问题")).toBe("效益如何？”“有什么问题");
    expect(fix("她表示:新的一年")).toBe("她表示：新的一年");
    expect(fix("企业潜能;另一方面")).toBe("企业潜能；另一方面");
    expect(fix("太好了!大家说")).toBe("太好了！大家说");
    expect(fix("何苗的想法很简单,")).toBe("何苗的想法很简单，");
  });

  it("reads no Chinese context into dashes and ellipses, which Western print shares", () => {
    expect(fix("dit une troisième,— Oui ! Quelle aventure !— Partons.")).toBe(
      "dit une troisième,— Oui ! Quelle aventure !— Partons.",
    );
    expect(fix("— 1914 —, et puis…, enfin")).toBe("— 1914 —, et puis…, enfin");
    // Chinese on the other side still decides: 太好了……!大家, 平湖,——
    expect(fix("太好了……!大家都说")).toBe("太好了……！大家都说");
    expect(fix("平湖,——嘉兴")).toBe("平湖，——嘉兴");
  });

  it("leaves numbers alone", () => {
    expect(fix("实际外资4.8亿美元,同比增长16%,列嘉兴第一")).toBe(
      "实际外资4.8亿美元，同比增长16%，列嘉兴第一",
    );
    expect(fix("引进1,300余个项目")).toBe("引进1,300余个项目");
    expect(fix("会议于10:30开始")).toBe("会议于10:30开始");
    expect(fix("比分3:2")).toBe("比分3:2");
  });

  it("converts after a number when Chinese follows: 2023,财税收入", () => {
    expect(fix("回望2023,财税收入创历史新高")).toBe(
      "回望2023，财税收入创历史新高",
    );
  });

  it("looks through closing quotes but keeps 1+1+N intact", () => {
    expect(fix("打造了金平湖“1+1+N”的架构")).toBe("打造了金平湖“1+1+N”的架构");
    expect(fix("叫“平湖”?")).toBe("叫“平湖”？");
    expect(fix("“走出去”,和")).toBe("“走出去”，和");
  });

  it("keeps an English sentence inside Chinese text as it is", () => {
    expect(
      fix("他说:“We will open 2 new plants, and hire 300 people!”记者了解到"),
    ).toBe("他说：“We will open 2 new plants, and hire 300 people!”记者了解到");
    expect(fix("网址:http://www.pinghu.gov.cn")).toBe(
      "网址：http://www.pinghu.gov.cn",
    );
  });

  it("converts parentheses as pairs", () => {
    expect(fix("平湖经济技术开发区(钟埭街道)党工委书记")).toBe(
      "平湖经济技术开发区（钟埭街道）党工委书记",
    );
    expect(fix("国内生产总值(GDP)增长5%")).toBe("国内生产总值（GDP）增长5%");
    expect(fix("他说:“Gross domestic product (GDP) rose.”")).toBe(
      "他说：“Gross domestic product (GDP) rose.”",
    );
    expect(fix("(1)加快项目建设")).toBe("（1）加快项目建设");
  });

  it("reports one repair per converted mark with up to four characters of context", () => {
    const { repairs } = fixCjkPunctuation("开发区(钟埭街道)党工委,书记", ctx, {
      block: 3,
    });
    expect(repairs).toEqual([
      {
        kind: "punctuation",
        page: 1,
        article: 2,
        block: 3,
        original: "开发区(钟埭街道",
        replacement: "开发区（钟埭街道",
      },
      {
        kind: "punctuation",
        page: 1,
        article: 2,
        block: 3,
        original: "钟埭街道)党工委",
        replacement: "钟埭街道）党工委",
      },
      {
        kind: "punctuation",
        page: 1,
        article: 2,
        block: 3,
        original: "党工委,书记",
        replacement: "党工委，书记",
      },
    ]);
  });

  it("marks header repairs with their field", () => {
    const { repairs } = fixCjkPunctuation("开发区(钟埭街道)", ctx, {
      block: -1,
      field: "deck",
    });
    expect(repairs.map((repair) => [repair.block, repair.field])).toEqual([
      [-1, "deck"],
      [-1, "deck"],
    ]);
  });

  it("reports nothing for clean text", () => {
    expect(
      fixCjkPunctuation("平湖是高质量外资集聚地，外资经济。", ctx, {
        block: 0,
      }),
    ).toEqual({
      text: "平湖是高质量外资集聚地，外资经济。",
      repairs: [],
    });
  });
});
