// Measures the column-break fragment rule on real text: every paragraph of
// the Chinese fixture pages is cut after its first 2–24 characters (while
// those hold no punctuation, so the piece is shaped like a subhead), and
// real subheads are set before every paragraph. Figures when written: 185 of
// 392 cuts caught (47 %; before the rule, none: each would have become a
// subhead), by length of the piece ≤4: 58/150, 5–8: 61/119, 9–16: 53/103,
// 17–24: 13/20; 2 of 4,216 subhead/paragraph pairs read as cut (向新而行 ⏎
// 为确保…, and one before a paragraph that is itself a cut piece, 里，…).

import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "../segment-text-page";
import { looksCut, startsMidClause } from "./looks-cut";

const root = path.resolve(__dirname, "../../..");
const PAGES = [
  "pages/pinghu-2024-01-p1.md",
  "pages/variants/plain-text.txt",
  "pages/variants/heading-levels.md",
  "pages/variants/continuation-p2.md",
  "pages/variants/crlf-setext.md",
  "reported/markdown-dialect.md",
  "reported/padded-names.md",
  "reported/plain-headline-deck.txt",
];
const CLAUSE_PUNCT = /[。！？!?；;，,、：:“”‘’（）()《》—…·]/;

/** Whole paragraphs of running text (a piece cut by a column break in the page itself is left out). */
const paragraphs = PAGES.flatMap((page) =>
  fs
    .readFileSync(path.join(root, "fixtures", page), "utf8")
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^[\s\u3000>]+/, "")
        .replace(/^本报讯(?:（[^）]*）)?\s*/, "")
        .trim(),
    )
    .filter(
      (line) =>
        line.length >= 30 &&
        line.includes("。") &&
        !line.startsWith("#") &&
        !startsMidClause(line),
    ),
);

const SUBHEADS = [
  "特色小吃引客来",
  "强化服务保障",
  "夜市火了",
  "小桥修好了",
  "村民的日子越过越红火",
  "数字赋能 乡村焕新颜",
  "念好“山海经”",
  "从“有没有”到“好不好”",
  "党建引领聚合力",
  "项目建设跑出加速度",
  "招大引强结硕果",
  "产业升级谱新篇",
  "民生实事暖人心",
  "营商环境再优化",
  "科技创新添动能",
  "绿色发展显成效",
  "文明乡风润万家",
  "服务企业零距离",
  "人才引育强支撑",
  "稳中求进开新局",
  "改革攻坚破难题",
  "老街焕发新活力",
  "游客纷至沓来",
  "农户增收有门路",
  "一路走来不容易",
  "好日子还在后头",
  "家门口的幸福",
  "群众满意是标准",
  "干部作风大转变",
  "安全生产不放松",
  "让数据多跑路",
  "为企业排忧解难",
  "把好事办到群众心坎上",
  "在实干中践行初心",
  "向新而行",
  "以人为本",
  "敢为人先",
  "幸福是奋斗出来的",
  "小镇的夜市火了",
  "致富路越走越宽",
  "一张蓝图绘到底",
  "跑出发展加速度",
  "村里来了新书记",
  "产业兴旺",
  "生态宜居",
  "乡风文明",
  "治理有效",
  "生活富裕",
  "链接",
  "记者手记",
  "相关新闻",
  "背景",
  "延伸阅读",
  "专家观点",
  "一个都不能少",
  "困难再多也要上",
  "成绩单",
  "下一步",
  "携手共进",
  "共建共享",
  "真抓实干",
  "精准施策",
  "守正创新",
  "勇毅前行",
  "苦干实干",
  "久久为功",
  "奋力追赶",
  "持续发力",
];

function cuts(): { fragment: string; rest: string }[] {
  const out: { fragment: string; rest: string }[] = [];
  for (const text of paragraphs) {
    for (
      let k = 2;
      k <= Math.min(24, text.length - 4) &&
      !CLAUSE_PUNCT.test(text.slice(0, k));
      k++
    ) {
      out.push({ fragment: text.slice(0, k), rest: text.slice(k) });
    }
  }
  return out;
}

describe("column-break fragments on the fixture pages", () => {
  it("catches nearly half of all first-line cuts", () => {
    const all = cuts();
    const caught = all.filter(({ fragment, rest }) =>
      looksCut(fragment, rest),
    ).length;
    expect(all.length).toBeGreaterThan(350);
    expect(caught / all.length).toBeGreaterThan(0.45);
  });

  it("almost never takes a real subhead for a cut", () => {
    let wrong = 0;
    for (const subhead of SUBHEADS)
      for (const text of paragraphs) if (looksCut(subhead, text)) wrong++;
    expect(SUBHEADS.length * paragraphs.length).toBeGreaterThan(3500);
    expect(wrong).toBeLessThanOrEqual(2);
  });

  it("rejoins the caught cuts on a page, and keeps subheads, end to end", () => {
    const lead =
      "入夏以来，镇上的夜市人气越来越旺，每到傍晚，摊主们便早早支起帐篷。";
    const sample = cuts().filter((_, i) => i % 7 === 0);
    let joined = 0;
    for (const { fragment, rest } of sample) {
      const page = segmentTextPage(
        `## 小镇的夜市火了\n\n■记者 周明\n\n本报讯 ${lead}\n\n${fragment}\n\n${rest}\n`,
        { page: 1, repair: true },
      ).page;
      const blocks = page.articles[0]?.blocks ?? [];
      if (!blocks.some((block) => block.type === "subhead")) joined++;
      else expect(looksCut(fragment, rest)).toBe(false);
    }
    expect(joined / sample.length).toBeGreaterThan(0.4);
    for (const subhead of SUBHEADS.filter((s) => !CLAUSE_PUNCT.test(s)).slice(
      0,
      20,
    )) {
      const page = segmentTextPage(
        `## 小镇的夜市火了\n\n■记者 周明\n\n本报讯 ${lead}\n\n${subhead}\n\n${paragraphs[3] ?? ""}\n`,
        { page: 1, repair: true },
      ).page;
      expect(page.articles[0]?.blocks.map((block) => block.type)).toEqual([
        "paragraph",
        "subhead",
        "paragraph",
      ]);
    }
  });
});
