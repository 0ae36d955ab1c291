// Text pages from the importer QA report (fixtures/qa, copied from the QA
// run's inputs), each as the report says it must come out, with variants of
// each class written here.

import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { segmentTextPage } from "./segment-text-page";
import type { OcrArticle, OcrBlock } from "./types";

const segment = (text: string, page: number | null = 2) =>
  segmentTextPage(text, { page, repair: true });
const qa = (name: string) => segment(fixtureText(`qa/${name}`));
const credits = (article: OcrArticle | undefined) =>
  (article?.bylines ?? []).map(
    (b) => `${b.role}/${b.label}/${b.names.join(",")}`,
  );
const texts = (blocks: OcrBlock[] | undefined) =>
  (blocks ?? []).map((block) => `${block.type}:${block.text}`);

describe("#1 credit labels glued to the name, no bullet", () => {
  it("c06-unspaced.md: four articles, each with its reporter", () => {
    const { page } = qa("c06-unspaced.md");
    expect(page.furniture).toEqual([]);
    expect(page.articles.map((a) => [a.headline, a.deck, credits(a)])).toEqual([
      ["图书馆夜读", null, ["reporter/记者/王芳", "correspondent/通讯员/李华"]],
      ["公园新添健身步道", null, ["reporter/记者/王芳"]],
      ["菜市场升级", null, ["reporter/本报记者/王芳"]],
      ["新桥通车", null, ["reporter/记者/张三"]],
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "paragraph:市图书馆推出夜间开放服务，每晚延长至21时。",
    ]);
  });

  it("c20-unspaced-plain.txt: the credit is a byline, not the deck", () => {
    const article = qa("c20-unspaced-plain.txt").page.articles[0];
    expect(article?.headline).toBe("公园新添健身步道");
    expect(article?.deck).toBeNull();
    expect(credits(article)).toEqual([
      "reporter/记者/王芳",
      "correspondent/通讯员/李华",
    ]);
  });

  it("c05-names.md: the glued credit after a credited article starts a new one; 欧阳 娜娜 is one name (#12)", () => {
    const { page } = qa("c05-names.md");
    expect(page.articles.map((a) => a.headline)).toEqual([
      "稻田里的新农人",
      "古镇迎来旅游季",
      "校园足球联赛开赛",
      "非遗传承有新人",
      "图书馆夜读",
    ]);
    expect(credits(page.articles[2])).toEqual([
      "reporter/记者/欧阳娜娜",
      "correspondent/通讯员/王五",
    ]);
    expect(credits(page.articles[4])).toEqual([
      "reporter/记者/王芳",
      "correspondent/通讯员/李华",
    ]);
    expect(texts(page.articles[4]?.blocks)).toEqual([
      "paragraph:市图书馆推出夜间开放服务，每晚延长至21时。",
    ]);
  });

  it("plain text: glued credits in traditional characters and after a first article", () => {
    const { page } = segment(
      "鄉村道路完成改造\n本報記者陳小明 通訊員林大華\n今年以來，全縣完成鄉村道路改造一百公里。\n\n新桥今日通车\n记者王芳\n新桥今日正式通车，市民出行更方便。\n",
    );
    expect(page.furniture).toEqual([]);
    expect(page.articles.map((a) => [a.headline, a.deck, credits(a)])).toEqual([
      [
        "鄉村道路完成改造",
        null,
        ["reporter/本報記者/陳小明", "correspondent/通訊員/林大華"],
      ],
      ["新桥今日通车", null, ["reporter/记者/王芳"]],
    ]);
  });

  it("a paragraph opening 记者了解到 stays body text", () => {
    const { page } = segment(
      "新桥今日通车\n记者 王芳\n新桥今日正式通车。\n记者了解到\n大桥全长两公里，历时三年建成。\n",
    );
    expect(page.articles).toHaveLength(1);
    expect(credits(page.articles[0])).toEqual(["reporter/记者/王芳"]);
    expect(texts(page.articles[0]?.blocks).join("")).toContain("记者了解到");
  });
});

describe("#3 简讯 columns, #10 page number and section on one line", () => {
  const items = [
    "城关镇开展消防安全大检查",
    "县图书馆新增自助借还设备",
    "南湖公园樱花进入盛花期",
  ];

  it("c07-jianxun.txt: the article, then each item its own article; 本版简讯 a rubric; （综合整理） a source note", () => {
    const { page, repairs } = qa("c07-jianxun.txt");
    expect(page.rubrics).toEqual(["本版简讯"]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      "全县春季植树活动启动",
      ...items,
    ]);
    expect(texts(page.articles[1]?.blocks)).toEqual([
      "paragraph:近日，城关镇组织力量对辖区内商场、学校开展消防安全检查，排查整改隐患17处。",
    ]);
    expect(credits(page.articles[3])).toEqual(["other/综合整理/"]);
    expect(repairs.filter((r) => r.kind === "column-break")).toEqual([]);
  });

  it("c08-jianxun-only.txt: 第2版  县域新闻 is furniture, three items", () => {
    const { page } = qa("c08-jianxun-only.txt");
    expect(page.furniture).toEqual(["第2版  县域新闻"]);
    expect(page.articles.map((a) => [a.headline, a.deck])).toEqual(
      items.map((h) => [h, null]),
    );
  });

  it("c01-plain-page.txt: items after an uncredited headline+deck article, under 简讯", () => {
    const { page, repairs } = qa("c01-plain-page.txt");
    expect(page.furniture).toEqual([
      "2024年3月8日 星期五",
      "第3版",
      "要闻",
      "责任编辑：王小明  校对：陈芳",
    ]);
    expect(page.rubrics).toEqual(["简讯"]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      "全县43个重点项目集中开工",
      "春耕备耕忙",
      ...items,
    ]);
    expect(page.articles[1]?.blocks).toHaveLength(2);
    expect(repairs.filter((r) => r.kind === "column-break")).toEqual([]);
  });

  it("variant: 新闻速览 in traditional characters after a credited article, and items with no label after an uncredited one", () => {
    const { page } = segment(
      [
        "新橋今日通車",
        "本報記者 陳小明",
        "新橋今日正式通車，市民出行更方便。",
        "",
        "新聞速覽",
        "鄉村道路完成改造",
        "日前，全縣完成鄉村道路改造一百公里。",
        "老街修繕完工",
        "本週，老街修繕工程完工。",
        "（本報綜合）",
        "",
        "春耕备耕忙",
        "——我县多措并举保障农资供应",
        "今年以来，县农业农村局指导农户做好春耕备耕工作。",
        "城关镇开展消防安全大检查",
        "近日，城关镇组织力量开展消防安全检查。",
      ].join("\n"),
    );
    expect(page.rubrics).toEqual(["新聞速覽"]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      "新橋今日通車",
      "鄉村道路完成改造",
      "老街修繕完工",
      "春耕备耕忙",
      "城关镇开展消防安全大检查",
    ]);
    expect(credits(page.articles[2])).toEqual(["other/本報綜合/"]);
  });

  it("variant: a subhead after a credited article stays a subhead", () => {
    const { page } = segment(
      "新桥今日通车\n记者 王芳\n新桥今日正式通车，市民出行更方便。\n建设历时三年\n大桥全长两公里，历时三年建成。\n",
    );
    expect(page.articles).toHaveLength(1);
    expect(texts(page.articles[0]?.blocks)[1]).toBe("subhead:建设历时三年");
  });
});

describe("#4 Latin-script text pages", () => {
  const grève = "La grève des mineurs s'étend au Nord";

  it.each([
    [
      "f01-french.md",
      ["LE PETIT JOURNAL"],
      ["reporter/Par/Jean DUPONT", "reporter//Jeanne MARTIN"],
    ],
    [
      "f02-by.md",
      ["LE PETIT JOURNAL"],
      ["reporter/By/Jean DUPONT", "reporter//Jeanne MARTIN"],
    ],
    ["f03-nobyline.md", ["LE PETIT JOURNAL"], ["reporter//Jeanne MARTIN"]],
    [
      "f04-nomasthead.md",
      [],
      ["reporter/Par/Jean DUPONT", "reporter//Jeanne MARTIN"],
    ],
  ])(
    "%s: masthead furniture, byline, dateline, signature, a second article",
    (name, furniture, bylines) => {
      const { page } = qa(name);
      expect(page.furniture).toEqual(furniture);
      expect(page.rubrics).toEqual([]);
      expect(
        page.articles.map((a) => [a.headline, a.deck, a.dateline]),
      ).toEqual([
        [grève, null, "PARIS, 3 juin."],
        ["UN PEU PARTOUT", null, null],
      ]);
      expect(credits(page.articles[0])).toEqual(bylines);
      expect(page.articles[0]?.blocks.map((b) => b.type)).toEqual([
        "paragraph",
        "paragraph",
      ]);
      expect(page.articles[0]?.blocks[0]?.text).toMatch(
        /^PARIS, 3 juin\. — La grève/,
      );
    },
  );

  it("e05-english.txt: a headline after a credited article, over a wire dateline, starts a new article", () => {
    const { page } = qa("e05-english.txt");
    expect(page.furniture).toEqual([
      "THE DAILY COURIER — Tuesday, June 3, 1952 — Page 4",
    ]);
    expect(
      page.articles.map((a) => [a.headline, a.deck, a.dateline, credits(a)]),
    ).toEqual([
      [
        "COUNCIL BACKS HARBOR BRIDGE",
        "Ten-year debate ends with 7-2 vote",
        "BOSTON, June 2",
        ["reporter/By Staff Writer/JOHN SMITH"],
      ],
      ["3 Hurt in Mill Fire", null, "LOWELL, Mass., June 2 (AP)", []],
    ]);
    expect(page.articles[1]?.blocks.map((b) => b.text)).toEqual([
      "LOWELL, Mass., June 2 (AP) — Three workers were hurt today when flames swept through the old mill.",
      "Firemen fought the blaze for four hours.",
    ]);
  });

  it("variant: a German plain-text page with Von, a dateline and a signature before the next headline", () => {
    const { page } = segment(
      [
        "Neue Brücke über den Rhein",
        "Von Hans MÜLLER",
        "KÖLN, 3. Juni. – Die Stadt hat gestern den Bau der neuen Brücke beschlossen.",
        "Die Arbeiten beginnen im Herbst.",
        "Karl SCHMIDT.",
        "Feuer in der Altstadt",
        "BONN, 2. Juni. – In der Altstadt brannte gestern ein Haus.",
      ].join("\n"),
    );
    expect(
      page.articles.map((a) => [a.headline, a.dateline, credits(a)]),
    ).toEqual([
      [
        "Neue Brücke über den Rhein",
        "KÖLN, 3. Juni.",
        ["reporter/Von/Hans MÜLLER", "reporter//Karl SCHMIDT"],
      ],
      ["Feuer in der Altstadt", "BONN, 2. Juni.", []],
    ]);
  });

  it("variant: Dutch Door and Italian Di under a masthead heading", () => {
    const { page } = segment(
      "# DE COURANT\n\n## Nieuwe brug geopend\n\n*Door Pieter de Vries*\n\nDe nieuwe brug is gisteren geopend.\n\n## Il ponte nuovo\n\n*Di Marco ROSSI*\n\nIl ponte è stato aperto ieri.\n",
    );
    expect(page.furniture).toEqual(["DE COURANT"]);
    expect(page.articles.map((a) => [a.headline, credits(a)])).toEqual([
      ["Nieuwe brug geopend", ["reporter/Door/Pieter de Vries"]],
      ["Il ponte nuovo", ["reporter/Di/Marco ROSSI"]],
    ]);
  });
});

describe("#6 captions with a labelled credit, #7 报導", () => {
  it("c19-captions.md: each caption's photographer, the caption without its credit", () => {
    const { page } = qa("c19-captions.md");
    expect(
      page.articles.map((a) => [
        credits(a),
        a.blocks.filter((b) => b.type === "caption").map((b) => b.text),
      ]),
    ).toEqual([
      [["photographer/摄/张三"], ["图为通车仪式现场。"]],
      [["photographer/摄影 记者/李四"], ["▲游客在樱花树下拍照留念。"]],
      [["photographer/新华社记者/王五"], ["图为农民在田间劳作。"]],
      [["photographer/攝影 記者/陳大文"], ["圖為燈會現場。"]],
    ]);
  });

  it("c04-credit-variants.md: 摄影　记者　李四 after the caption", () => {
    const article = qa("c04-credit-variants.md").page.articles[0];
    expect(credits(article)).toEqual([
      "reporter/本报记者/张三",
      "photographer/摄影 记者/李四",
    ]);
    expect(texts(article?.blocks)).toEqual([
      "paragraph:本月起，城区新开通3条公交线路，覆盖东部新城。",
      "caption:图为市民乘坐新开通的公交车。",
    ]);
  });

  it("c03-traditional.txt: 記者　司馬光　報導, 攝影 記者 諸葛亮, 上官婉兒", () => {
    const { page } = qa("c03-traditional.txt");
    expect(page.articles.map((a) => [a.headline, a.deck, credits(a)])).toEqual([
      [
        "捷運環狀線南環段動工",
        "預計2030年完工通車",
        ["reporter/記者/司馬光", "photographer/攝影 記者/諸葛亮"],
      ],
      ["板橋夜市整頓有成", "攤商營業額成長兩成", ["reporter/記者/上官婉兒"]],
    ]);
    expect(page.articles[0]?.blocks.at(-1)).toEqual({
      type: "caption",
      text: "圖為動工典禮現場。",
    });
  });

  it("variant: 記者王小明／台北報導 under a headline", () => {
    const { page } = segment(
      "台北捷運新線通車\n記者王小明／台北報導\n台北捷運新線今日正式通車，沿線居民出行更方便。\n",
    );
    expect(credits(page.articles[0])).toEqual(["reporter/記者/王小明"]);
  });
});

describe("#8 desk credits with other labels are furniture", () => {
  it.each([
    ["c15.md", "责任编辑：何一凡　版式设计：陈 琳"],
    ["c16.md", "本版编辑：何一凡  美编：陈琳  校对：张三"],
    ["c18.md", "编辑：何一凡 校对：陈琳"],
  ])("%s", (name, line) => {
    const { page, repairs } = qa(name);
    expect(page.furniture).toEqual([line]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "paragraph:西湖区推进城市运行“一网统管”。",
    ]);
    expect(repairs).toEqual([]);
  });

  it("c14-md-page.md: in a blockquote at the page's foot", () => {
    const { page } = qa("c14-md-page.md");
    expect(page.furniture.at(-1)).toBe("责任编辑：何一凡　版式设计：陈 琳");
    expect(page.articles[1]?.blocks).toHaveLength(1);
  });

  it("variant: 美术编辑, 视觉设计, 审读 on one line, and on two", () => {
    const { page } = segment(
      "新桥今日通车\n记者 王芳\n新桥今日正式通车。\n\n美术编辑：王五　视觉设计：赵六　审读：钱七\n本版编辑：孙八\n",
    );
    expect(page.furniture).toEqual([
      "美术编辑：王五　视觉设计：赵六　审读：钱七",
      "本版编辑：孙八",
    ]);
    expect(page.articles[0]?.blocks).toHaveLength(1);
  });
});

describe("#5 furniture above a 上接 continuation, #13 bare jump markers", () => {
  it("c12-jumps.txt: date, page and section are furniture; 转第三版 is a jump", () => {
    const { page } = qa("c12-jumps.txt");
    expect(page.furniture).toEqual([
      "2024年3月8日 星期五",
      "第2版",
      "综合新闻",
      "责任编辑：刘一",
    ]);
    expect(page.rubrics).toEqual([]);
    expect(
      page.articles.map((a) => [
        a.headline,
        a.jumps.map((j) => [j.direction, j.page, j.marker]),
      ]),
    ).toEqual([
      [null, [["from", 1, "（上接1版）"]]],
      ["全市营商环境再提升", [["to", 3, "转第三版"]]],
      ["春风行动送岗位", [["to", 4, "（下转第四版）"]]],
    ]);
    expect(page.articles[1]?.blocks.at(-1)?.text).toBe(
      "下一步，我市将继续深化“放管服”改革，进一步压缩审批时限。",
    );
  });

  it("c13-jump2.txt: the marker on its own line and in brackets", () => {
    const { page } = qa("c13-jump2.txt");
    expect(page.articles.map((a) => a.jumps.map((j) => j.marker))).toEqual([
      ["转第三版"],
      ["(转3版)"],
    ]);
  });

  it("variant: a page header row and a section name above a continuation are furniture", () => {
    const { page } = segment(
      "2024年3月8日 星期五　第2版　要闻\n\n县域经济\n\n（上接1版）老街改造项目于去年9月启动，保留了38处历史建筑。\n",
    );
    expect(page.furniture).toEqual([
      "2024年3月8日 星期五　第2版　要闻",
      "县域经济",
    ]);
    expect(page.rubrics).toEqual([]);
    expect(
      page.articles.map((a) => [a.headline, a.jumps.map((j) => j.marker)]),
    ).toEqual([[null, ["（上接1版）"]]]);
  });
});

describe("#9 column-break fragments, #11 rubric above a kicker", () => {
  it("c10-plain-breaks.txt: 改造内容包括 and 县住建局局长 are joined, 加装电梯受欢迎 stays a subhead", () => {
    const { page, repairs } = qa("c10-plain-breaks.txt");
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "paragraph:今年，我县计划改造老旧小区32个，涉及居民5600余户。",
      "paragraph:改造内容包括屋面防水、外墙保温、管网更新等。",
      "subhead:加装电梯受欢迎",
      "paragraph:在阳光小区，新加装的电梯已投入使用。家住六楼的王奶奶说：“以前下一趟楼要歇好几回，现在方便多了。”",
      "paragraph:县住建局局长陈明表示，将持续推进城市更新行动。",
    ]);
    expect(repairs.filter((r) => r.kind === "column-break")).toHaveLength(4);
  });

  it("c14-md-page.md: ## 一把手访谈 over ### kicker over # headline is the article's rubric", () => {
    const { page } = qa("c14-md-page.md");
    expect(page.furniture[0]).toBe("2024年3月8日 星期五　第3版　要闻");
    const article = page.articles[0];
    expect([
      article?.rubric,
      article?.kicker,
      article?.headline,
      article?.deck,
    ]).toEqual([
      "一把手访谈",
      "深化改革开放 建设美丽县城",
      "县长张伟：今年要办好十件民生实事",
      "访县人民政府县长张伟",
    ]);
  });

  it("variant: ### rubric over ## kicker over # headline, and a two-line kicker of one size stays one kicker", () => {
    const a = segment(
      "### 基层新观察\n\n## 县里筹资改造危桥\n\n# 村口的小桥修好了\n\n■记者 周明\n\n清晨，村民走过新桥。\n",
    ).page.articles[0];
    expect([a?.rubric, a?.kicker, a?.headline]).toEqual([
      "基层新观察",
      "县里筹资改造危桥",
      "村口的小桥修好了",
    ]);
    const b = segment(
      "## 县里筹资\n\n## 改造危桥\n\n# 村口的小桥修好了\n\n■记者 周明\n\n清晨，村民走过新桥。\n",
    ).page.articles[0];
    expect([b?.rubric, b?.kicker, b?.headline]).toEqual([
      null,
      "县里筹资 改造危桥",
      "村口的小桥修好了",
    ]);
  });
});
