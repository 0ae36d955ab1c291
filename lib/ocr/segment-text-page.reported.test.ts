// The text pages reported from real-world OCR (fixtures/reported, issue "The
// importer on real-world pages", section 1), each as the issue says it must
// come out, and variants of each kind of fault.

import { describe, expect, it } from "vitest";

import { fixtureInput, fixtureText } from "@/lib/testing/ocr-fixtures";

import { readOcrFiles } from "./read-ocr-input";
import { segmentTextPage } from "./segment-text-page";
import type { OcrBlock } from "./types";

const segment = (text: string, page: number | null = 1) =>
  segmentTextPage(text, { page, repair: true });
const reported = (name: string) => segment(fixtureText(`reported/${name}`));
const texts = (blocks: OcrBlock[] | undefined) =>
  (blocks ?? []).map((block) => block.text);
const types = (blocks: OcrBlock[] | undefined) =>
  (blocks ?? []).map((block) => block.type);

describe("plain text: headline and 副题 deck with no byline or dateline", () => {
  it("plain-headline-deck.txt: one article; the page list is furniture", () => {
    const { page, warnings } = reported("plain-headline-deck.txt");
    expect(page.furniture).toEqual(["01版:要闻 02版:综合 03版:评论 04版:副刊"]);
    expect(page.articles).toHaveLength(1);
    const article = page.articles[0];
    expect(article?.headline).toBe("小镇夜市点亮乡村消费新场景");
    expect(article?.deck).toBe("多个部门联手优化摊位管理，带动周边农户增收");
    expect(types(article?.blocks)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(texts(article?.blocks)[0]).toMatch(/^入夏以来/);
    expect(warnings).toEqual([]);
  });

  it("reads the same page in traditional characters", () => {
    const { page } = segment(
      "01版:要聞 02版:綜合 03版:評論 04版:副刊\n\n小鎮夜市點亮鄉村消費新場景\n——多個部門聯手優化攤位管理，帶動周邊農戶增收\n入夏以來，鎮上的夜市人氣一天比一天旺。\n鎮裡統一規劃了攤位，配齊了照明設施。\n“一晚上能賣出兩百多斤西瓜。”一位攤主說。\n",
    );
    expect(page.furniture).toEqual(["01版:要聞 02版:綜合 03版:評論 04版:副刊"]);
    expect(page.articles.map((a) => [a.headline, a.deck])).toEqual([
      [
        "小鎮夜市點亮鄉村消費新場景",
        "多個部門聯手優化攤位管理，帶動周邊農戶增收",
      ],
    ]);
    expect(page.articles[0]?.blocks).toHaveLength(3);
  });

  it("starts an article at a headline over a dashed deck after another article", () => {
    const { page } = segment(
      "全市春耕生产全面铺开\n■记者 王芳\n本报讯 连日来，全市各地抢抓农时开展春耕生产。\n小镇夜市点亮乡村消费新场景\n——多个部门联手优化摊位管理，带动周边农户增收\n入夏以来，镇上的夜市人气一天比一天旺。\n",
    );
    expect(page.articles.map((a) => a.headline)).toEqual([
      "全市春耕生产全面铺开",
      "小镇夜市点亮乡村消费新场景",
    ]);
    expect(page.articles[1]?.deck).toBe(
      "多个部门联手优化摊位管理，带动周边农户增收",
    );
  });

  it("does not take a quotation's attribution for a deck", () => {
    const { page } = segment(
      "全市春耕生产全面铺开\n■记者 王芳\n本报讯 连日来，全市各地抢抓农时开展春耕生产。\n一年之计在于春\n——《增广贤文》\n农技人员深入田间地头，指导农户科学种植。\n",
    );
    expect(page.articles).toHaveLength(1);
  });
});

describe("plain text: a short item with neither byline nor dateline", () => {
  it("plain-short-item.txt: one article with two paragraphs", () => {
    const { page, warnings } = reported("plain-short-item.txt");
    expect(page.furniture).toEqual([]);
    expect(page.articles.map((a) => a.headline)).toEqual(["乡村道路完成改造"]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "今年以来，我镇共完成十二条乡村道路的改造。",
      "村民出行更加方便了。",
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a short item above bylined articles, under the masthead", () => {
    const { page } = segment(
      "平湖日报\n\n乡村道路完成改造\n\n今年以来，我镇共完成十二条乡村道路的改造。\n\n社区食堂开到家门口\n\n■记者 张三\n\n本报讯 近日，又一家社区食堂开张。\n",
    );
    expect(page.furniture).toEqual(["平湖日报"]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      "乡村道路完成改造",
      "社区食堂开到家门口",
    ]);
  });

  it("still reads running text under a masthead as the rest of an article from another page", () => {
    const { page, warnings } = segment(
      "平湖日报\n\n就是让群众的日子越过越好。新的一年，平湖经开将持续深化“共富工坊”建设，带动更多农户就近就业，让共同富裕的成色更足。\n\n社区食堂开到家门口\n\n■记者 张三\n\n本报讯 近日，又一家社区食堂开张。\n",
    );
    expect(page.furniture).toEqual(["平湖日报"]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      null,
      "社区食堂开到家门口",
    ]);
    expect(warnings).toHaveLength(1);
  });

  it("warns on the preview when a page with text gives no article", () => {
    const doc = readOcrFiles(
      [
        {
          name: "p02.txt",
          bytes: new TextEncoder().encode("平湖发布\n\n今平湖客户端\n"),
        },
      ],
      { page: null, repair: true },
    );
    expect(doc.pages[0]?.articles).toEqual([]);
    expect(doc.warnings).toContainEqual({
      file: "p02.txt",
      page: 2,
      message: "no article found on the page",
    });
  });
});

describe("English-language pages", () => {
  it("english-markdown.md: one article with its By line", () => {
    const { page } = reported("english-markdown.md");
    expect(page.furniture).toEqual([]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.headline).toBe("Council approves new bridge");
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "By", names: ["Jane Doe"] },
    ]);
    expect(page.articles[0]?.blocks).toHaveLength(2);
  });

  it("reads BY NAME, Staff Writer on a plain-text page", () => {
    const { page } = segment(
      "Council approves new bridge\n\nBY JANE DOE, Staff Writer\n\nThe county council on Monday approved the construction of a new bridge.\n\nWork is expected to begin in the spring.\n",
    );
    expect(page.articles.map((a) => a.headline)).toEqual([
      "Council approves new bridge",
    ]);
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "BY Staff Writer", names: ["JANE DOE"] },
    ]);
    expect(page.articles[0]?.blocks).toHaveLength(2);
  });
});

describe("a national daily's Markdown export", () => {
  it("markdown-dialect.md: page 3, kicker, headline, series, reporter, caption and photographer, three paragraphs", () => {
    const doc = readOcrFiles([fixtureInput("reported/markdown-dialect.md")], {
      page: null,
      repair: true,
    });
    const page = doc.pages[0];
    expect(page?.number).toBe(3);
    expect(page?.furniture).toEqual([]);
    expect(page?.articles).toHaveLength(1);
    const article = page?.articles[0];
    expect(article?.kicker).toBe("县里筹资改造危桥，村民出行更安全");
    expect(article?.headline).toBe("村口的小桥修好了");
    expect(article?.deck).toBeNull();
    expect(article?.rubric).toBe("基层新观察");
    expect(article?.bylines).toEqual([
      { role: "reporter", label: "本报记者", names: ["周明"] },
      { role: "photographer", label: "摄", names: ["王亮"] },
    ]);
    expect(article?.blocks[0]).toEqual({
      type: "caption",
      text: "图为改造后的小桥。",
    });
    const body =
      article?.blocks.filter((block) => block.type === "paragraph") ?? [];
    expect(body).toHaveLength(3);
    expect(body[0]?.text).toMatch(/^清晨，/);
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    "> 栏目：一把手访谈\n\n## 勇挑大梁担使命",
    "栏目：一把手访谈\n勇挑大梁担使命",
  ])(
    "reads a series line above the headline as the rubric too, and ▲ captions as captions",
    (head) => {
      const { page } = segment(
        `${head}\n\n■记者 李雨婷\n\n本报讯 开局就奔跑。\n\n▲ 项目集中开工现场。 记者 俞佳 摄\n\n起步即冲刺。\n`,
      );
      expect(page.furniture).toEqual([]);
      const article = page.articles[0];
      expect(article?.rubric).toBe("一把手访谈");
      expect(types(article?.blocks)).toEqual([
        "paragraph",
        "caption",
        "paragraph",
      ]);
      expect(article?.bylines.map((b) => [b.role, b.names])).toEqual([
        ["reporter", ["李雨婷"]],
        ["photographer", ["俞佳"]],
      ]);
    },
  );
});

describe("width-padded and character-spaced names", () => {
  it("padded-names.md: one credit per person", () => {
    const { page } = reported("padded-names.md");
    expect(page.articles.map((a) => a.bylines)).toEqual([
      [
        { role: "reporter", label: "本报记者", names: ["周明"] },
        { role: "correspondent", label: "通讯员", names: ["李华"] },
      ],
      [{ role: "reporter", label: "记者", names: ["欧阳明月"] }],
      [
        { role: "reporter", label: "记者", names: ["张小红"] },
        { role: "correspondent", label: "通讯员", names: ["王五"] },
      ],
    ]);
    expect(page.articles.map((a) => a.deck)).toEqual([null, null, null]);
  });

  it("reads compound surnames spaced per character and two padded names on one line", () => {
    const { page } = segment(
      "## 古镇老街换新颜\n\n■记者 司 马 光 明  通讯员 王　芳 李　明\n\n本报讯 经过半年改造，古镇老街重新开放。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["司马光明"] },
      { role: "correspondent", label: "通讯员", names: ["王芳", "李明"] },
    ]);
  });
});

describe("a paragraph's first line cut off by a column break", () => {
  it("fragment-not-subhead.md: joined as a tracked repair; the real subhead stays", () => {
    const { page, repairs } = reported("fragment-not-subhead.md");
    const blocks = page.articles[0]?.blocks;
    expect(types(blocks)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "subhead",
      "paragraph",
    ]);
    expect(texts(blocks)[1]).toBe(
      "镇里统一规划了六十个摊位，其中三分之一留给了周边农户销售自产的瓜果蔬菜。",
    );
    expect(texts(blocks)[3]).toBe("特色小吃引客来");
    expect(repairs).toContainEqual({
      kind: "column-break",
      page: 1,
      article: 1,
      block: 1,
      original: "统一规划了六十个\n\n摊位",
      replacement: "统一规划了六十个摊位",
    });
  });

  it.each([
    ["镇政府联合多个部门和", "村集体共同出资，改造了老街的排水管网。"],
    ["乡村振兴离不开广大农民的", "积极参与，更离不开基层干部的辛勤付出。"],
    ["全镇新建了三座", "便民桥，方便了两岸村民出行。"],
    ["去年镇里引进了一", "批农业龙头企业，带动了周边农户增收。"],
  ])("joins %s ⏎ %s", (fragment, rest) => {
    const { page } = segment(
      `## 小镇的夜市火了\n\n■记者 周明\n\n本报讯 入夏以来，镇上的夜市人气越来越旺。\n\n${fragment}\n\n${rest}\n\n特色小吃引客来\n\n烧烤、米糕摆满了整条老街。\n`,
    );
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "入夏以来，镇上的夜市人气越来越旺。",
      fragment + rest,
      "特色小吃引客来",
      "烧烤、米糕摆满了整条老街。",
    ]);
    expect(types(page.articles[0]?.blocks)).toEqual([
      "paragraph",
      "paragraph",
      "subhead",
      "paragraph",
    ]);
  });
});

describe("a page printed in traditional characters", () => {
  it("reads its bylines, dateline, captions, section names and jump markers as printed", () => {
    const { page } = segment(
      "要聞\n\n## 小鎮夜市點亮鄉村消費新場景\n\n■記者 歐 陽 明 月  通訊員 王　五\n\n本報訊 入夏以來，鎮上的夜市人氣一天比一天旺。\n\n圖為夜市一角。（記者 李四 攝）\n\n鎮裡統一規劃了攤位。（下轉2版）\n",
    );
    expect(page.furniture).toEqual(["要聞"]);
    const article = page.articles[0];
    expect(article?.headline).toBe("小鎮夜市點亮鄉村消費新場景");
    expect(article?.dateline).toBe("本報訊");
    expect(article?.bylines).toEqual([
      { role: "reporter", label: "記者", names: ["歐陽明月"] },
      { role: "correspondent", label: "通訊員", names: ["王五"] },
      { role: "photographer", label: "記者", names: ["李四"] },
    ]);
    expect(types(article?.blocks)).toEqual([
      "paragraph",
      "caption",
      "paragraph",
    ]);
    expect(article?.jumps).toEqual([
      { direction: "to", page: 2, marker: "（下轉2版）" },
    ]);
  });
});

describe("a column of short items (简讯) without credits", () => {
  it("makes each item an article, with an undashed deck where one stands under the headline", () => {
    const { page } = segment(
      "简讯\n\n乡村道路完成改造\n今年以来，我镇共完成十二条乡村道路的改造。\n村民出行更加方便了。\n\n社区食堂开到家门口\n老人们吃上了热乎饭\n近日，又一家社区食堂在城东街道开张。\n\n古镇老街换新颜\n经过半年改造，古镇老街重新开放。\n",
    );
    expect(page.furniture).toEqual(["简讯"]);
    const tight = segment(
      "快讯\n乡村道路完成改造\n今年以来，我镇共完成十二条乡村道路的改造。\n社区食堂开到家门口\n近日，又一家社区食堂在城东街道开张。\n",
    ).page;
    expect(tight.furniture).toEqual(["快讯"]);
    expect(tight.articles.map((a) => a.headline)).toEqual([
      "乡村道路完成改造",
      "社区食堂开到家门口",
    ]);
    expect(
      page.articles.map((a) => [a.headline, a.deck, a.blocks.length]),
    ).toEqual([
      ["乡村道路完成改造", null, 2],
      ["社区食堂开到家门口", "老人们吃上了热乎饭", 1],
      ["古镇老街换新颜", null, 1],
    ]);
  });

  it("keeps a subhead inside an article with a byline", () => {
    const { page } = segment(
      "全市春耕生产全面铺开\n■记者 王芳\n本报讯 连日来，全市各地抢抓农时开展春耕生产。\n农机下田效率高\n今年全市投入农机两千余台。\n",
    );
    expect(page.articles).toHaveLength(1);
    expect(types(page.articles[0]?.blocks)).toEqual([
      "paragraph",
      "subhead",
      "paragraph",
    ]);
  });
});
