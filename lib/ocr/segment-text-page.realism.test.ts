// Pages an editor tested (commentary and literary pages, stacked credits,
// plain-text exports), each asserted as the editor sees the result.

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "./segment-text-page";

const segment = (text: string, page: number | null = 1) =>
  segmentTextPage(text, { page, repair: true }).page;
const texts = (blocks: { text: string }[] | undefined) =>
  (blocks ?? []).map((block) => block.text);

describe("bare author lines on commentary pages", () => {
  const PAGE = [
    "东湖·副刊",
    "",
    "【南湖时评】",
    "",
    "## 莫让“打卡式”调研走了样",
    "",
    "□ 何文涛",
    "",
    "年初岁首，各地纷纷开展调研走访，这本是了解实情、破解难题的好办法。",
    "",
    "说到底，调研的成效在于解决了多少实际问题。",
    "",
    "「平湖观察」",
    "",
    "## 让“家门口”的公园更有温度",
    "",
    "□ 孙建华",
    "",
    "这两年，我市新建改建口袋公园40余个。",
    "",
  ].join("\n");

  it("starts an article at each headline over a □ author and credits the author", () => {
    const page = segment(PAGE, 4);
    expect(page.articles.map((article) => article.headline)).toEqual([
      "莫让“打卡式”调研走了样",
      "让“家门口”的公园更有温度",
    ]);
    expect(page.articles.map((article) => article.bylines)).toEqual([
      [{ role: "other", label: "", names: ["何文涛"] }],
      [{ role: "other", label: "", names: ["孙建华"] }],
    ]);
    expect(texts(page.articles[1]?.blocks)).toEqual([
      "这两年，我市新建改建口袋公园40余个。",
    ]);
    expect(page.rubrics).toEqual(["「平湖观察」"]);
  });

  it("reads the author in plain text too", () => {
    const page = segment(
      "两会观察\n\n■ 何文涛\n\n年初岁首，各地纷纷开展调研走访。\n",
    );
    expect(page.articles[0]?.headline).toBe("两会观察");
    expect(page.articles[0]?.bylines).toEqual([
      { role: "other", label: "", names: ["何文涛"] },
    ]);
  });

  it("keeps a bulleted short line inside the text as text", () => {
    const page = segment(
      "## 县里开展垃圾分类督查\n\n本报讯 日前，县里开展垃圾分类督查。\n\n■ 链接\n\n督查组要求各小区做好分类。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([]);
    expect(texts(page.articles[0]?.blocks)).toContain("■ 链接");
  });
});

describe("stacked credits under a headline", () => {
  it("credits 摄影 记者 孙晓乐 as the photographer, not a deck", () => {
    const page = segment(
      "## 东湖冬韵\n\n■摄影 记者 孙晓乐\n\n1月2日，东湖景区水面上，成群的水鸟嬉戏。\n",
    );
    expect(page.articles[0]?.deck).toBeNull();
    expect(page.articles[0]?.bylines).toEqual([
      { role: "photographer", label: "摄影 记者", names: ["孙晓乐"] },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "1月2日，东湖景区水面上，成群的水鸟嬉戏。",
    ]);
  });

  it("joins a padded two-character name", () => {
    const page = segment(
      "## 市一院新院区投用\n\n■记者 王\u3000芳 通讯员 李\u3000明\n\n本报讯 昨天，市一院新院区正式投用。\n",
    );
    expect(page.articles[0]?.bylines.map((byline) => byline.names)).toEqual([
      ["王芳"],
      ["李明"],
    ]);
  });
});

describe("plain text: a short line above the real headline", () => {
  const STORY =
    "春运首日客流平稳\n记者 沈佳怡\n\u3000\u3000本报讯 1月26日春运首日，我市汽车客运中心发送旅客1.2万人次。\n";

  it.each([
    ["a section name across a blank line", "综合\n\n", ["综合"]],
    ["a section name right above", "综合\n", ["综合"]],
    [
      "a date line across a blank line",
      "平湖日报\n2024年1月27日 星期六\n\n",
      ["平湖日报", "2024年1月27日 星期六"],
    ],
    ["今日8版", "平湖日报\n今日8版\n\n", ["平湖日报", "今日8版"]],
  ])(
    "takes the headline, not %s, and keeps the line as furniture",
    (_, top, furniture) => {
      const page = segment(`${top}${STORY}`);
      expect(
        page.articles.map((article) => [article.headline, article.deck]),
      ).toEqual([["春运首日客流平稳", null]]);
      expect(page.furniture).toEqual(furniture);
    },
  );

  it("leaves a rubric across a blank line out of the next headline", () => {
    const page = segment(
      `${STORY}\n南湖时评\n\n莫让调研走了样\n本报评论员\n\u3000\u3000年初岁首，各地纷纷开展调研走访。\n`,
    );
    expect(
      page.articles.map((article) => [article.headline, article.deck]),
    ).toEqual([
      ["春运首日客流平稳", null],
      ["莫让调研走了样", null],
    ]);
    expect(page.rubrics).toEqual(["南湖时评"]);
  });

  it("keeps a 图为 caption with the article above it", () => {
    const page = segment(
      `${STORY}\u3000\u3000图为旅客在客运中心有序候车\n\n年货市场供应充足\n记者 顾晓燕\n\u3000\u3000本报讯 临近春节，年货销售进入旺季。\n`,
    );
    expect(page.articles.map((article) => article.headline)).toEqual([
      "春运首日客流平稳",
      "年货市场供应充足",
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "1月26日春运首日，我市汽车客运中心发送旅客1.2万人次。",
      "图为旅客在客运中心有序候车",
    ]);
    expect(page.rubrics).toEqual([]);
  });

  it("still reads an undashed deck printed right under its headline", () => {
    const page = segment(
      "不断擦亮高质量外资“金名片”\n平湖实际利用外资持续走在全省前列\n记者 林旭东\n\u3000\u3000本报讯 平湖是高质量外资集聚地。\n",
    );
    expect(
      page.articles.map((article) => [article.headline, article.deck]),
    ).toEqual([
      ["不断擦亮高质量外资“金名片”", "平湖实际利用外资持续走在全省前列"],
    ]);
  });
});

describe("contact details and captions in an article", () => {
  it("keeps each contact line as its own paragraph, none a subhead", () => {
    const page = segment(
      "## 市图书馆推出寒假阅读季\n\n■记者 周丽\n\n本报讯 近日，市图书馆推出寒假阅读季系列活动，市民可通过以下方式报名。\n\n咨询电话：0573-85012345\n\n活动网址：https://www.phlib.cn/2024\n\n开放时间：每天9:00-17:00\n\n地址：当湖街道东湖大道1号\n",
    );
    expect(page.articles[0]?.blocks).toEqual([
      {
        type: "paragraph",
        text: "近日，市图书馆推出寒假阅读季系列活动，市民可通过以下方式报名。",
      },
      { type: "paragraph", text: "咨询电话：0573-85012345" },
      { type: "paragraph", text: "活动网址：https://www.phlib.cn/2024" },
      { type: "paragraph", text: "开放时间：每天9:00-17:00" },
      { type: "paragraph", text: "地址：当湖街道东湖大道1号" },
    ]);
  });

  it("credits the photographer at the end of a caption and keeps the caption with its article", () => {
    const page = segment(
      "## 广陈镇蜜梨“冬管”正当时\n\n■记者 顾晓燕\n\n本报讯 据介绍，镇农业服务中心开展技术指导20余场次，\n\n▲ 果农在梨园内修剪枝条。 记者 俞佳 摄\n\n## 以“拼”的姿态开好局起好步\n\n■本报评论员\n\n新年伊始，万象更新。\n",
    );
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "据介绍，镇农业服务中心开展技术指导20余场次，",
      "▲ 果农在梨园内修剪枝条。",
    ]);
    expect(page.articles[0]?.bylines).toContainEqual({
      role: "photographer",
      label: "记者",
      names: ["俞佳"],
    });
    expect(texts(page.articles[1]?.blocks)).toEqual(["新年伊始，万象更新。"]);
  });
});
