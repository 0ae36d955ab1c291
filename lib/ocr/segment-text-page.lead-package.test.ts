// Issue 13 item 10: a lead package (头条) whose headline ends in a bracketed
// rubric, with its deck under it, and a sub-story heading over that part's
// byline inside a long article. Text pages here; ALTO in
// alto/alto-lead-headline.test.ts.
import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { segmentTextPage } from "./segment-text-page";
import { splitHeadlineRubric } from "./text/headline-rubric";
import type { OcrArticle } from "./types";

const segment = (text: string) =>
  segmentTextPage(text, { page: 1, repair: true });
const head = (a: OcrArticle | undefined) => [
  a?.rubric,
  a?.kicker,
  a?.headline,
  a?.deck,
];
const names = (a: OcrArticle | undefined) =>
  (a?.bylines ?? []).map((b) => `${b.label} ${b.names.join("")}`);
const blocks = (a: OcrArticle | undefined) =>
  (a?.blocks ?? []).map((b) => `${b.type}:${b.text.slice(0, 9)}`);

describe("a headline ending in a bracketed rubric (头条)", () => {
  it("i10-lead-package.md: rubric recorded, headline and deck kept, masthead and date furniture", () => {
    const { page } = segment(fixtureText("qa/i10-lead-package.md"));
    expect(page.furniture).toEqual(["平湖日报", "2024年3月8日 星期五"]);
    expect(page.articles.map(head)).toEqual([
      ["经济头条", null, "乡村振兴绘新景", "我县农业产业化发展综述"],
      [null, null, "社区食堂开到家门口", null],
    ]);
  });

  it("i10-lead-package.txt: the same in plain text, the deck undashed on the next line", () => {
    const { page } = segment(fixtureText("qa/i10-lead-package.txt"));
    expect(page.furniture).toEqual([
      "2024年3月8日 星期五 第1版 要闻",
      "责任编辑：赵六",
    ]);
    expect(page.articles.map(head)).toEqual([
      ["经济头条", null, "乡村振兴绘新景", "我县农业产业化发展综述"],
    ]);
    expect(names(page.articles[0])).toEqual(["本报记者 张伟", "通讯员 李华"]);
  });

  it.each([
    [
      "a kicker above, half-width brackets",
      "守护绿水青山——\n小巷里的大民生(新春走基层)\n■记者 王芳\n本报讯 连日来，记者走进街巷。\n",
      ["新春走基层", "守护绿水青山", "小巷里的大民生", null],
    ],
    [
      "traditional characters, 【】",
      "鄉村振興繪新景【經濟頭條】\n——我縣農業產業化發展綜述\n本報記者 張偉\n本報訊 歲末年初，田間地頭一派繁忙。\n",
      ["經濟頭條", null, "鄉村振興繪新景", "我縣農業產業化發展綜述"],
    ],
    [
      "a series line as well",
      "> 系列：基层新观察\n\n# 小巷治理有了新办法（一线调查）\n\n本报记者 李明\n\n本报讯 岁末年初，居民议事会又开起来了。\n",
      ["基层新观察 一线调查", null, "小巷治理有了新办法", null],
    ],
  ])("variant: %s", (_, text, expected) => {
    expect(head(segment(text).page.articles[0])).toEqual(expected);
  });

  it("keeps brackets that belong to the headline: part numbers, photo marks, documents", () => {
    for (const headline of [
      "寻访红色足迹（上）",
      "春到江南（组图）",
      "乡村振兴促进条例（全文）",
      "老街新貌（之二）",
      "县长张伟（右）走访企业",
      "Apple（苹果）发布新品（2024）",
    ]) {
      expect(splitHeadlineRubric(headline), headline).toBeNull();
    }
    const { page } = segment(
      "寻访红色足迹（上）\n■记者 王芳\n本报讯 连日来，记者走进街巷。\n",
    );
    expect(head(page.articles[0])).toEqual([
      null,
      null,
      "寻访红色足迹（上）",
      null,
    ]);
  });
});

describe("a sub-story heading over its own byline inside a long article", () => {
  it("i10-lead-package.md: a subhead, its reporter credited, not glued to the next paragraph", () => {
    const article = segment(fixtureText("qa/i10-lead-package.md")).page
      .articles[0];
    expect(blocks(article)).toEqual([
      "paragraph:岁末年初，走进新埭",
      "subhead:产业链越拉越长",
      "paragraph:全县新建高标准农田",
      "subhead:小巷治理有了新办法",
      "paragraph:岁末年初，当湖街道",
    ]);
    expect(names(article)).toEqual([
      "本报记者 张伟",
      "通讯员 李华",
      "本报记者 李明",
    ]);
  });

  it.each([
    [
      "heading and byline on separate lines after a marked subhead",
      "# 基层治理新观察\n\n本报记者 张伟\n\n**老旧小区焕新颜**\n\n岁末年初，走进新埭镇的老旧小区，处处是一派新景象。\n\n小巷治理有了新办法\n\n本报记者 李明\n\n岁末年初，当湖街道的小巷里，居民议事会又开起来了。\n",
    ],
    [
      "heading and byline hard-broken into one block",
      "# 基层治理新观察\n\n本报记者 张伟\n\n**老旧小区焕新颜**\n\n岁末年初，走进新埭镇的老旧小区，处处是一派新景象。\n\n小巷治理有了新办法  \n记者 李明\n\n岁末年初，当湖街道的小巷里，居民议事会又开起来了。\n",
    ],
    [
      "an unmarked article with a correspondent",
      "# 基层治理新观察\n\n本报记者 张伟\n\n岁末年初，走进新埭镇的老旧小区，处处是一派新景象。\n\n小巷治理有了新办法\n\n通讯员 李明\n\n岁末年初，当湖街道的小巷里，居民议事会又开起来了。\n",
    ],
  ])("variant: %s", (_, text) => {
    const { page } = segment(text);
    expect(page.articles).toHaveLength(1);
    const article = page.articles[0];
    expect(
      article?.blocks.find(
        (b) => b.type === "subhead" && b.text === "小巷治理有了新办法",
      ),
    ).toBeDefined();
    expect(
      article?.blocks.some((b) => b.text.startsWith("小巷治理有了新办法岁末")),
    ).toBe(false);
    expect(article?.bylines.map((b) => b.names.join(""))).toEqual([
      "张伟",
      "李明",
    ]);
  });

  it("never joins a paragraph across a credit line", () => {
    const { page } = segment(
      "# 基层治理新观察\n\n本报记者 张伟\n\n**老旧小区焕新颜**\n\n岁末年初，走进新埭镇的老旧小区\n\n（记者 李明）\n\n处处是一派新景象。\n",
    );
    expect(page.articles[0]?.blocks.map((b) => b.text)).toEqual([
      "老旧小区焕新颜",
      "岁末年初，走进新埭镇的老旧小区",
      "处处是一派新景象。",
    ]);
  });
});
