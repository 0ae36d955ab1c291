// Golden test for the seed page (平湖日报 2024-01 front page). The expected
// JSON was generated once, then reviewed by hand against the source: every
// article, block boundary and repair. Explicit assertions below name what
// broke when the comparison fails.

import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "./segment-text-page";
import { toCliJson } from "./to-cli-json";

const root = path.resolve(__dirname, "../..");
const source = fs.readFileSync(
  path.join(root, "fixtures/pages/pinghu-2024-01-p1.md"),
  "utf8",
);
const golden = fs.readFileSync(
  path.join(root, "fixtures/golden/pinghu-2024-01-p1.json"),
  "utf8",
);

const result = segmentTextPage(source, { page: 1, repair: true });
const { page, repairs } = result;
const articles = page.articles;
const paragraphs = (i: number) =>
  articles[i]?.blocks.filter((block) => block.type === "paragraph") ?? [];
const rejoins = (article: number) =>
  repairs.filter(
    (repair) => repair.kind === "column-break" && repair.article === article,
  );

describe("seed page pinghu-2024-01-p1", () => {
  it("matches the reviewed golden file byte for byte", () => {
    expect(
      `${JSON.stringify(toCliJson({ pages: [page], repairs }), null, 2)}\n`,
    ).toBe(golden);
  });

  it("has no warnings", () => {
    expect(result.warnings).toEqual([]);
  });

  it("puts the app promos in furniture and the banners in rubrics, never in a body", () => {
    expect(page.number).toBe(1);
    expect(page.furniture).toEqual(["平湖发布", "今平湖客户端"]);
    expect(page.rubrics).toEqual([
      "贯彻落实全会精神 创新攻坚2024",
      "一把手访谈",
    ]);
    const bodies = articles
      .flatMap((article) => article.blocks.map((block) => block.text))
      .join("\n");
    for (const text of [...page.furniture, ...page.rubrics])
      expect(bodies).not.toContain(text);
  });

  it("finds the five articles in order", () => {
    expect(articles.map((article) => article.headline)).toEqual([
      "不断擦亮高质量外资“金名片”",
      "嘉兴市政协主席陈利众来平走访政协委员",
      "平湖数字乡村获省级“优秀”",
      "实干担当立潮头",
      "勇挑大梁担使命 提质进位走前列",
    ]);
    expect(articles.map((article) => article.kicker)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("article 1: deck, reporter and correspondent, 本报讯, six paragraphs", () => {
    const article = articles[0];
    expect(article?.deck).toBe("平湖实际利用外资持续走在全省前列");
    expect(article?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["林旭东"] },
      { role: "correspondent", label: "通讯员", names: ["王晨慧"] },
    ]);
    expect(article?.dateline).toBe("本报讯");
    expect(paragraphs(0)).toHaveLength(6);
    expect(paragraphs(0)[0]?.text.startsWith("平湖是高质量外资集聚地，")).toBe(
      true,
    );
  });

  it("article 2: reporter 荣怡婷, six paragraphs", () => {
    expect(articles[1]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["荣怡婷"] },
    ]);
    expect(articles[1]?.dateline).toBe("本报讯");
    expect(paragraphs(1)).toHaveLength(6);
  });

  it("article 3: reporter 张宇青, three paragraphs", () => {
    expect(articles[2]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["张宇青"] },
    ]);
    expect(paragraphs(2)).toHaveLength(3);
  });

  it("article 4: dash deck without its dash, 本报评论员 with no names, six paragraphs", () => {
    expect(articles[3]?.deck).toBe("三论学习贯彻市委十五届四次全会精神");
    expect(articles[3]?.bylines).toEqual([
      { role: "commentator", label: "本报评论员", names: [] },
    ]);
    expect(articles[3]?.dateline).toBeNull();
    expect(paragraphs(3)).toHaveLength(6);
  });

  it("article 5: repaired deck, four credits, 13 paragraphs, 3 subheads and a jump to page 2", () => {
    const article = articles[4];
    expect(article?.deck).toBe(
      "访市委常委、平湖经济技术开发区（钟埭街道）党工委书记何苗",
    );
    expect(article?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["李雨婷", "黄雨欣"] },
      { role: "correspondent", label: "通讯员", names: ["曹金凤"] },
      { role: "illustrator", label: "漫画", names: ["李泽峰"] },
    ]);
    expect(paragraphs(4)).toHaveLength(13);
    expect(
      article?.blocks
        .filter((block) => block.type === "subhead")
        .map((block) => block.text),
    ).toEqual([
      "聚焦提档升级，打造更具竞争力的产业体系",
      "强化服务提升，打造更具吸引力的北融新城",
      "立足共同富裕，打造更具辐射力的惠民高地",
    ]);
    expect(article?.blocks.at(-1)).toEqual({
      type: "paragraph",
      text: "发展的最终目的是什么？何苗的想法很简单，",
    });
    expect(article?.jumps).toEqual([
      { direction: "to", page: 2, marker: "(下转2版)" },
    ]);
  });

  it("only article 5 jumps", () => {
    expect(articles.slice(0, 4).flatMap((article) => article.jumps)).toEqual(
      [],
    );
  });

  it("rejoins exactly nine column breaks: 2 in article 1, 3 in article 4, 4 in article 5", () => {
    expect(
      repairs.filter((repair) => repair.kind === "column-break"),
    ).toHaveLength(9);
    expect([1, 2, 3, 4, 5].map((article) => rejoins(article).length)).toEqual([
      2, 0, 0, 3, 4,
    ]);
    expect(rejoins(4).map((repair) => repair.replacement)).toEqual([
      "在勇当先行者谱写新篇章中彰显璀璨",
      "惟创新者胜",
      "难题在哪里",
    ]);
  });

  it("leaves no half-width punctuation in Chinese text and keeps numbers intact", () => {
    const text = articles
      .flatMap((article) => [
        article.deck ?? "",
        ...article.blocks.map((block) => block.text),
      ])
      .join("\n");
    expect(text).not.toMatch(/[,?!:;()]/);
    expect(text).toContain("实际外资4.8亿美元，同比增长16%");
    expect(text).toContain("金平湖“1+1+N”的数字乡村总体架构");
    expect(repairs.filter((repair) => repair.kind === "whitespace")).toEqual(
      [],
    );
  });

  it("reads the same page stripped of its Markdown marks the same way (plain-text rules)", () => {
    const plain = source
      .replace(/^## /gm, "")
      .replace(/^\*\*(.*)\*\*$/gm, "$1")
      .replace(/ {2}$/gm, "");
    expect(plain).not.toMatch(/^#|\*\*/m);
    const again = segmentTextPage(plain, { page: 1, repair: true });
    expect(
      `${JSON.stringify(toCliJson({ pages: [again.page], repairs: again.repairs }), null, 2)}\n`,
    ).toBe(golden);
  });

  it("keeps the headline's inner space", () => {
    expect(articles[4]?.headline).toContain("担使命 提质");
  });
});
