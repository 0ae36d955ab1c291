// Print conventions a reviewer found misread, each as an editor sees the
// result: which articles, headlines, credits and paragraphs the page has.

import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "./segment-text-page";
import { toCliJson } from "./to-cli-json";

const segment = (text: string, page: number | null = 1) =>
  segmentTextPage(text, { page, repair: true });
const texts = (blocks: { text: string }[] | undefined) =>
  (blocks ?? []).map((block) => block.text);

const FIRST =
  "县里开展垃圾分类督查\n本报记者 张三\n本报讯 日前，县里开展垃圾分类督查，检查了多个小区。\n督查组要求各小区做好分类。\n";

describe("headline ending in ？ or ！ (a)", () => {
  it.each([
    ["？", "垃圾分类，你做对了吗？"],
    ["！", "垃圾分类，从我做起！"],
    ["?", "垃圾分类，你做对了吗?"],
  ])(
    "starts a new article at a headline ending in %s over a byline",
    (_, headline) => {
      const { page } = segment(
        `${FIRST}${headline}\n本报记者 李强\n本报讯 日前，记者走访了多个小区。\n`,
      );
      expect(page.articles.map((article) => article.headline)).toEqual([
        "县里开展垃圾分类督查",
        headline.replace("?", "？"),
      ]);
      expect(
        page.articles.map((article) =>
          article.bylines.flatMap((byline) => byline.names),
        ),
      ).toEqual([["张三"], ["李强"]]);
      expect(texts(page.articles[0]?.blocks)).toEqual([
        "日前，县里开展垃圾分类督查，检查了多个小区。",
        "督查组要求各小区做好分类。",
      ]);
      expect(texts(page.articles[1]?.blocks)).toEqual([
        "日前，记者走访了多个小区。",
      ]);
    },
  );

  it("keeps a short question in running text as a paragraph when no byline or dateline follows", () => {
    const { page } = segment(
      `${FIRST}垃圾分类，你做对了吗？\n很多居民表示还不清楚。\n`,
    );
    expect(page.articles).toHaveLength(1);
    expect(texts(page.articles[0]?.blocks).slice(-2)).toEqual([
      "垃圾分类，你做对了吗？",
      "很多居民表示还不清楚。",
    ]);
  });
});

describe("desk credits at the foot of the page (b)", () => {
  it("puts 责任编辑 and 校对 in furniture and keeps the reporter from the dateline", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n本报讯（记者 李四）日前，县里开展垃圾分类督查。\n督查组要求各小区做好分类。\n责任编辑：赵六  校对：钱七\n",
    );
    expect(page.furniture).toEqual(["责任编辑：赵六  校对：钱七"]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查。",
      "督查组要求各小区做好分类。",
    ]);
  });

  it.each(["编辑：赵六", "责编：赵六", "美编：孙八 组版：周九", "版式：周九"])(
    "treats %s after the last article as furniture (Markdown)",
    (credit) => {
      const { page } = segment(
        `## 县里开展垃圾分类督查\n\n本报讯（记者 李四）日前，县里开展垃圾分类督查。\n\n${credit}\n`,
      );
      expect(page.furniture).toEqual([credit]);
      expect(page.articles[0]?.bylines).toEqual([
        { role: "reporter", label: "记者", names: ["李四"] },
      ]);
    },
  );

  it("merges credits in the dateline with the byline lines", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n■记者 张三\n本报讯（记者 李四 通讯员 王五）日前，县里开展垃圾分类督查。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
      { role: "reporter", label: "记者", names: ["李四"] },
      { role: "correspondent", label: "通讯员", names: ["王五"] },
    ]);
  });

  it("adds the desk credits to the seed page's furniture and changes nothing else", () => {
    const root = path.resolve(__dirname, "../..");
    const seed = fs.readFileSync(
      path.join(root, "fixtures/pages/pinghu-2024-01-p1.md"),
      "utf8",
    );
    const golden = JSON.parse(
      fs.readFileSync(
        path.join(root, "fixtures/golden/pinghu-2024-01-p1.json"),
        "utf8",
      ),
    ) as {
      pages: { furniture: string[] }[];
    };
    const { page, repairs, warnings } = segment(
      `${seed}\n\n责任编辑：赵六  校对：钱七\n`,
    );
    const expected = structuredClone(golden);
    expected.pages[0]?.furniture.push("责任编辑：赵六  校对：钱七");
    expect(toCliJson({ pages: [page], repairs })).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});

describe("kicker ending in —— over a plain-text headline (c)", () => {
  it("reads the dash-ended line as the kicker, without its dash, and the next as the headline", () => {
    const { page } = segment(
      "贯彻落实全会精神——\n奋力打造县域样板\n本报记者 王芳\n本报讯 日前，全县召开推进会。\n",
    );
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({
      kicker: "贯彻落实全会精神",
      headline: "奋力打造县域样板",
      deck: null,
      dateline: "本报讯",
    });
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "本报记者", names: ["王芳"] },
    ]);
  });

  it("does the same after an earlier article's text", () => {
    const { page } = segment(
      `${FIRST}贯彻落实全会精神——\n奋力打造县域样板\n本报记者 王芳\n本报讯 日前，全县召开推进会。\n`,
    );
    expect(
      page.articles.map((article) => [article.kicker, article.headline]),
    ).toEqual([
      [null, "县里开展垃圾分类督查"],
      ["贯彻落实全会精神", "奋力打造县域样板"],
    ]);
  });
});

describe("dateline alone on its line (d)", () => {
  it("opens a new article under a Markdown heading, the lead being the next paragraph", () => {
    const { page, repairs } = segment(
      "## 县里开展垃圾分类督查\n\n本报讯 日前，县里开展垃圾分类督查\n\n## 新华社评论员：坚定不移推动高质量发展\n\n新华社北京1月5日电\n\n高质量发展是全面建设社会主义现代化国家的首要任务。\n",
    );
    expect(
      page.articles.map((article) => [article.headline, article.dateline]),
    ).toEqual([
      ["县里开展垃圾分类督查", "本报讯"],
      ["新华社评论员：坚定不移推动高质量发展", "新华社北京1月5日电"],
    ]);
    expect(texts(page.articles[1]?.blocks)).toEqual([
      "高质量发展是全面建设社会主义现代化国家的首要任务。",
    ]);
    expect(repairs.filter((repair) => repair.kind === "column-break")).toEqual(
      [],
    );
  });

  it("opens a new article in plain text too, and is never a deck", () => {
    const { page } = segment(
      `${FIRST}坚定不移推动高质量发展\n新华社北京1月5日电\n高质量发展是首要任务。\n`,
    );
    expect(
      page.articles.map((article) => [
        article.headline,
        article.deck,
        article.dateline,
      ]),
    ).toEqual([
      ["县里开展垃圾分类督查", null, "本报讯"],
      ["坚定不移推动高质量发展", null, "新华社北京1月5日电"],
    ]);
    expect(texts(page.articles[1]?.blocks)).toEqual(["高质量发展是首要任务。"]);
  });
});

describe("credits after the dateline without brackets (e)", () => {
  it("reads reporter and correspondent and starts the lead after them, with no spaces removed from the credit", () => {
    const { page, repairs } = segment(
      "县里开展垃圾分类督查\n本报讯 记者 王芳 通讯员 李强 昨天，县里开展垃圾分类督查。\n",
    );
    expect(page.articles[0]).toMatchObject({
      dateline: "本报讯",
      bylines: [
        { role: "reporter", label: "记者", names: ["王芳"] },
        { role: "correspondent", label: "通讯员", names: ["李强"] },
      ],
    });
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "昨天，县里开展垃圾分类督查。",
    ]);
    expect(repairs).toEqual([]);
  });
});

describe("closing credits in brackets (f)", () => {
  it("lifts （记者 李四） off the last paragraph", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n本报讯 日前，县里开展垃圾分类督查。\n督查组要求各小区做好分类。（记者 李四）\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查。",
      "督查组要求各小区做好分类。",
    ]);
  });

  it("reads （通讯员 王五 记者 李四） on its own line", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n本报讯 日前，县里开展垃圾分类督查。\n（通讯员 王五 记者 李四）\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "correspondent", label: "通讯员", names: ["王五"] },
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查。",
    ]);
  });

  it("reads a photo caption's （记者 李四 摄） as the photographer's credit wherever the caption stands", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n■记者 张三\n本报讯 日前，县里开展垃圾分类督查。\n图为督查组在小区检查。（记者 李四 摄）\n督查组要求各小区做好分类。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
      { role: "photographer", label: "记者", names: ["李四"] },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查。",
      "图为督查组在小区检查。",
      "督查组要求各小区做好分类。",
    ]);
  });

  it("leaves a bracketed aside in a middle paragraph as text", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n■记者 张三\n本报讯 日前，县里开展垃圾分类督查。（记者 李四）\n督查组要求各小区做好分类。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
    ]);
    expect(texts(page.articles[0]?.blocks)[0]).toBe(
      "日前，县里开展垃圾分类督查。（记者 李四）",
    );
  });
});

describe("jump markers 下接 and 紧接 (g)", () => {
  it("reads （下接第3版） as continued on page 3 and keeps it out of the text", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n本报讯 日前，县里开展垃圾分类督查，\n（下接第3版）\n",
      1,
    );
    expect(page.articles[0]?.jumps).toEqual([
      { direction: "to", page: 3, marker: "（下接第3版）" },
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查，",
    ]);
  });

  it.each(["（紧接第1版）", "（紧接1版）"])(
    "reads %s opening a page as a continuation from page 1",
    (marker) => {
      const { page } = segment(`${marker}农民们忙着收割。\n`, 3);
      expect(page.articles).toHaveLength(1);
      expect(page.articles[0]).toMatchObject({
        headline: null,
        jumps: [{ direction: "from", page: 1, marker }],
      });
      expect(texts(page.articles[0]?.blocks)).toEqual(["农民们忙着收割。"]);
    },
  );
});

describe("Markdown images (h)", () => {
  it("drops image lines and records nothing for them", () => {
    const { page, warnings } = segment(
      "## 县里开展垃圾分类督查\n\n本报讯 日前，县里开展垃圾分类督查。\n\n![](img1.jpg)\n\n![图片说明](x.png)\n\n督查组要求各小区做好分类。\n",
    );
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，县里开展垃圾分类督查。",
      "督查组要求各小区做好分类。",
    ]);
    expect([...page.furniture, ...page.rubrics]).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe("文/图 credit (i)", () => {
  it("shows the person once, the label saying both", () => {
    const { page } = segment(
      "县里开展垃圾分类督查\n文/图 张三\n本报讯 日前，县里开展垃圾分类督查。\n",
    );
    expect(page.articles[0]?.bylines).toEqual([
      { role: "reporter", label: "文/图", names: ["张三"] },
    ]);
  });
});

describe("据新华社电 lead (j)", () => {
  it.each([
    ["on the lead", "据新华社电 日前，国务院常务会议召开。\n"],
    ["on its own line", "据新华社电\n日前，国务院常务会议召开。\n"],
  ])("lifts the dateline %s without gluing it to the text", (_, body) => {
    const { page, repairs } = segment(`国务院常务会议召开\n${body}`);
    expect(page.articles[0]).toMatchObject({
      headline: "国务院常务会议召开",
      dateline: "据新华社电",
    });
    expect(texts(page.articles[0]?.blocks)).toEqual([
      "日前，国务院常务会议召开。",
    ]);
    expect(repairs).toEqual([]);
  });
});
