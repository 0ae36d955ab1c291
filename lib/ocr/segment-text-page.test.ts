import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "./segment-text-page";

const variants = path.resolve(__dirname, "../../fixtures/pages/variants");
const read = (name: string) =>
  fs.readFileSync(path.join(variants, name), "utf8");
const segment = (text: string, page: number | null = 1) =>
  segmentTextPage(text, { page, repair: true });
const texts = (blocks: { text: string }[] | undefined) =>
  (blocks ?? []).map((block) => block.text);

describe("segmentTextPage: Markdown heading levels (heading-levels.md)", () => {
  const { page, repairs, warnings } = segment(read("heading-levels.md"), 3);
  const [first, second, third] = page.articles;

  it("finds three articles and leaves the masthead and date in furniture", () => {
    expect(warnings).toEqual([]);
    expect(page.furniture).toEqual([
      "平湖日报",
      "2024年3月5日　星期二　农历甲辰年正月廿五",
    ]);
    expect(page.rubrics).toEqual([]);
    expect(page.articles.map((article) => article.headline)).toEqual([
      "代表委员热议政府工作报告",
      "以“小切口”推动“大变革”",
      "国务院新闻办举行新闻发布会",
    ]);
  });

  it("reads a smaller heading above as the kicker and below as the deck, and a blockquote byline", () => {
    expect(first?.kicker).toBe("聚焦全国两会");
    expect(first?.deck).toBe("新质生产力成为高频词");
    expect(first?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["陆佳琪"] },
      { role: "correspondent", label: "通讯员", names: ["沈逸飞"] },
    ]);
    expect(first?.dateline).toBe("本报讯");
  });

  it("reads a smaller heading inside the body as a subhead", () => {
    expect(first?.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "paragraph",
      "subhead",
      "paragraph",
      "paragraph",
    ]);
    expect(first?.blocks[2]?.text).toBe("基层代表：把报告精神落到实处");
  });

  it("reads a dash-ended line above a headline as its kicker, a —deck and a parenthesised byline", () => {
    expect(second?.kicker).toBe("一把手访谈");
    expect(second?.deck).toBe("访市发改局党组书记、局长徐建华");
    expect(second?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["金晓燕"] },
      { role: "correspondent", label: "通讯员", names: ["王磊"] },
    ]);
    expect(texts(second?.blocks)).toEqual([
      "记者：今年发改工作的重点是什么？",
      "徐建华：我们将围绕“项目为王”，全力抓好重大项目谋划和推进。全年计划实施省市县长项目工程48个，完成有效投资150亿元以上。",
    ]);
    expect(first?.blocks.at(-1)?.text).not.toContain("一把手访谈");
  });

  it("reads an article with no byline and an agency dateline", () => {
    expect(third?.bylines).toEqual([]);
    expect(third?.dateline).toBe("新华社北京3月5日电");
    expect(texts(third?.blocks)[1]).toBe(
      "发布会上，有关负责人表示，今年国内生产总值（GDP）增长目标为5%左右，居民消费价格涨幅3%左右。",
    );
  });

  it("removes stray spaces inside Chinese text and next to numbers, reporting each", () => {
    expect(repairs.filter((repair) => repair.kind === "whitespace")).toEqual([
      {
        kind: "whitespace",
        page: 3,
        article: 2,
        block: 1,
        original: "大项目谋 划和推进",
        replacement: "大项目谋划和推进",
      },
      {
        kind: "whitespace",
        page: 3,
        article: 2,
        block: 1,
        original: "项目工程 48个,",
        replacement: "项目工程48个,",
      },
    ]);
  });
});

describe("segmentTextPage: plain text (plain-text.txt)", () => {
  const { page, repairs } = segment(read("plain-text.txt"), null);
  const [first, second] = page.articles;

  it("finds headlines by what follows them and keeps the page header as furniture", () => {
    expect(page.number).toBeNull();
    expect(page.furniture).toEqual([
      "平湖日报",
      "2024年4月2日 星期二",
      "今日8版",
    ]);
    expect(
      page.articles.map((article) => [
        article.kicker,
        article.headline,
        article.deck,
      ]),
    ).toEqual([
      ["春季招聘月", "3000余个岗位等你来", "我市举办2024年春风行动专场招聘会"],
      [null, "平湖蜜梨开花了", null],
    ]);
  });

  it("reads bylines on separate lines and in the dateline", () => {
    expect(first?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["沈佳怡"] },
      { role: "correspondent", label: "通讯员", names: ["王晓东"] },
    ]);
    expect(second?.dateline).toBe("本报讯");
    expect(second?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["陆佳琪"] },
    ]);
    expect(second?.blocks[0]?.text.startsWith("眼下正是蜜梨开花的时节")).toBe(
      true,
    );
  });

  it("guesses the subhead, rejoins the cut paragraph and strips indentation", () => {
    expect(first?.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "subhead",
      "paragraph",
    ]);
    expect(first?.blocks[2]?.text).toBe(
      "据了解，招聘会期间还设立了政策咨询、技能培训报名等服务台，为求职者提供一站式服务。",
    );
    expect(
      repairs
        .filter((repair) => repair.kind === "column-break")
        .map((repair) => repair.original),
    ).toEqual(["求职者提供一站式\n\n服务"]);
  });

  it("lifts the jump marker and puts the trailing banner in rubrics", () => {
    expect(second?.jumps).toEqual([
      { direction: "to", page: 2, marker: "（下转第2版）" },
    ]);
    expect(second?.blocks.at(-1)?.text).toBe(
      "果农们说，今年的花期比往年提前了一周左右，只要后期天气稳定，又将是一个丰收年。",
    );
    expect(page.rubrics).toEqual(["乡村振兴进行时"]);
  });
});

describe("segmentTextPage: continuation page (continuation-p2.md)", () => {
  const { page, warnings } = segment(read("continuation-p2.md"), null);
  const [continued, next] = page.articles;

  it("takes the page number from the front matter", () => {
    expect(page.number).toBe(2);
    expect(warnings).toEqual([]);
  });

  it("starts with a headline-less continuation and its banner as a rubric", () => {
    expect(page.furniture).toEqual([]);
    expect(page.rubrics).toEqual(["一把手访谈"]);
    expect(continued?.headline).toBeNull();
    expect(continued?.jumps).toEqual([
      { direction: "from", page: 1, marker: "（上接1版）" },
    ]);
    expect(
      continued?.blocks.map((block) => [block.type, block.text.slice(0, 6)]),
    ).toEqual([
      ["paragraph", "就是让群众的"],
      ["subhead", "以党建引领凝"],
      ["paragraph", "何苗表示，平"],
    ]);
  });

  it("then reads the next article normally", () => {
    expect(next?.headline).toBe("我市开展节前安全生产大检查");
    expect(next?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["顾晓燕"] },
    ]);
    expect(next?.blocks).toHaveLength(2);
  });
});

describe("segmentTextPage: CRLF and setext headings (crlf-setext.md)", () => {
  const raw = read("crlf-setext.md");
  const { page, repairs } = segment(raw);

  it("is really a CRLF file", () => {
    expect(raw).toContain("\r\n");
  });

  it("reads setext headlines, a -- deck and an article without a byline", () => {
    expect(page.furniture).toEqual(["平湖发布"]);
    expect(
      page.articles.map((article) => [
        article.headline,
        article.deck,
        article.bylines.length,
        article.dateline,
      ]),
    ).toEqual([
      [
        "平湖召开全市经济工作会议",
        "锚定目标 拼搏实干 奋力开创高质量发展新局面",
        1,
        "本报讯",
      ],
      ["春节假期全市旅游市场平稳有序", null, 0, null],
    ]);
    expect(page.articles[1]?.blocks).toHaveLength(2);
  });

  it("rejoins a break before a number", () => {
    expect(
      page.articles[0]?.blocks[1]?.text.endsWith(
        "地区生产总值增长6.5%，增速列嘉兴第一。",
      ),
    ).toBe(true);
    expect(
      repairs.filter((repair) => repair.kind === "column-break"),
    ).toHaveLength(1);
  });

  it("gives the same result for CRLF, CR and LF line ends", () => {
    const lf = segment(raw.replace(/\r\n/g, "\n"));
    const cr = segment(raw.replace(/\r\n/g, "\r"));
    expect(lf).toEqual(segment(raw));
    expect(cr).toEqual(lf);
  });
});

describe("segmentTextPage: small cases", () => {
  it("reads a page whose first article has no furniture above it", () => {
    const { page } = segment(
      "## 平湖启动春季植树活动\n\n■记者 顾晓燕\n\n本报讯 3月12日是第46个植树节。当天上午,市领导与干部群众一起参加义务植树。\n",
    );
    expect(page.furniture).toEqual([]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.blocks).toEqual([
      {
        type: "paragraph",
        text: "3月12日是第46个植树节。当天上午，市领导与干部群众一起参加义务植树。",
      },
    ]);
  });

  it("reads a dash-ended line right above the first headline as its kicker, not furniture", () => {
    const { page } = segment(
      "平湖发布\n\n一把手访谈——\n\n## 勇挑大梁担使命\n\n■记者 李雨婷\n\n开局就奔跑。\n",
    );
    expect(page.furniture).toEqual(["平湖发布"]);
    expect(page.articles[0]).toMatchObject({
      kicker: "一把手访谈",
      headline: "勇挑大梁担使命",
    });
  });

  it("reads a page that opens with a standalone （上接1版） as a continuation", () => {
    const { page } = segment(
      "（上接1版）\n\n就是让群众的日子越过越好。\n\n## 我市开展节前安全生产大检查\n\n本报讯 检查组重点检查了危化品企业。\n",
      2,
    );
    expect(page.furniture).toEqual([]);
    expect(page.rubrics).toEqual([]);
    expect(
      page.articles.map((article) => [article.headline, article.jumps]),
    ).toEqual([
      [null, [{ direction: "from", page: 1, marker: "（上接1版）" }]],
      ["我市开展节前安全生产大检查", []],
    ]);
  });

  it.each([
    [
      "Markdown",
      "## 勇挑大梁担使命 提质进位走前列\n\n（上接1版）\n\n就是让群众的日子越过越好。\n",
    ],
    [
      "plain text",
      "勇挑大梁担使命 提质进位走前列\n（上接1版）\n就是让群众的日子越过越好。\n",
    ],
  ])(
    "keeps a repeated headline above （上接1版） on the continued article (%s)",
    (_, text) => {
      const { page } = segment(text, 2);
      expect(page.articles).toHaveLength(1);
      expect(page.articles[0]).toMatchObject({
        headline: "勇挑大梁担使命 提质进位走前列",
        jumps: [{ direction: "from", page: 1, marker: "（上接1版）" }],
        blocks: [{ type: "paragraph", text: "就是让群众的日子越过越好。" }],
      });
    },
  );

  it("reads a # headline over a ## deck, and two same-size heading lines as one headline", () => {
    const { page } = segment(
      "# 全力拼经济\n\n## 奋力开新局\n\n■记者 林旭东\n\n本报讯 全市经济工作会议召开。\n\n# 勇挑大梁担使命\n\n# 提质进位走前列\n\n本报讯 开局就奔跑。\n",
    );
    expect(
      page.articles.map((article) => [article.headline, article.deck]),
    ).toEqual([
      ["全力拼经济", "奋力开新局"],
      ["勇挑大梁担使命 提质进位走前列", null],
    ]);
  });

  it("reads a larger heading between articles as a rubric banner", () => {
    const { page } = segment(
      "## 平湖数字乡村获省级“优秀”\n\n■记者 张宇青\n\n本报讯 我市获评优秀。\n\n# 一把手访谈\n\n## 勇挑大梁担使命\n\n■记者 李雨婷\n\n开局就奔跑。\n",
    );
    expect(page.rubrics).toEqual(["一把手访谈"]);
    expect(page.articles.map((article) => article.headline)).toEqual([
      "平湖数字乡村获省级“优秀”",
      "勇挑大梁担使命",
    ]);
    expect(page.articles[0]?.blocks).toEqual([
      { type: "paragraph", text: "我市获评优秀。" },
    ]);
  });

  it("reads a 本报记者…报道 dateline in plain text as both dateline and credit", () => {
    const { page } = segment(
      "全市春耕备耕工作全面展开\n本报记者 朱佳慧 报道 连日来，我市各地抢抓农时，春耕备耕工作全面展开。\n",
    );
    expect(page.articles[0]).toMatchObject({
      headline: "全市春耕备耕工作全面展开",
      dateline: "本报记者 朱佳慧 报道",
      bylines: [{ role: "reporter", label: "本报记者", names: ["朱佳慧"] }],
    });
    expect(page.articles[0]?.blocks[0]?.text).toBe(
      "连日来，我市各地抢抓农时，春耕备耕工作全面展开。",
    );
  });

  it("prefers the caller's page number over the front matter, with a warning", () => {
    const { page, warnings } = segment(
      "---\npage: 3\n---\n## 标题\n\n本报讯 正文。\n",
      2,
    );
    expect(page.number).toBe(2);
    expect(warnings).toEqual(["front matter says page 3; using page 2"]);
  });

  it("reports nothing and changes nothing when repairs are off", () => {
    const { page, repairs } = segmentTextPage(
      "## 标题\n\n本报讯 惟创\n\n新者胜,我们要奋进。\n",
      { page: 1, repair: false },
    );
    expect(repairs).toEqual([]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "惟创",
      "新者胜,我们要奋进。",
    ]);
  });

  it("reads running text above the first headline as a carried-over article, with a warning", () => {
    const { page, warnings } = segment(
      "平湖日报\n\n就是让群众的日子越过越好。新的一年，平湖经开将持续深化“共富工坊”建设，带动更多农户就近就业，让共同富裕的成色更足。\n\n## 我市开展节前安全生产大检查\n\n■记者 顾晓燕\n\n本报讯 检查组重点检查了危化品企业。\n",
    );
    expect(page.furniture).toEqual(["平湖日报"]);
    expect(page.articles.map((article) => article.headline)).toEqual([
      null,
      "我市开展节前安全生产大检查",
    ]);
    expect(warnings).toHaveLength(1);
  });

  it("warns when it finds no article", () => {
    const { page, warnings } = segment("平湖发布\n\n今平湖客户端\n");
    expect(page.articles).toEqual([]);
    expect(page.furniture).toEqual(["平湖发布", "今平湖客户端"]);
    expect(warnings).toEqual(["no article found on the page"]);
  });
});
