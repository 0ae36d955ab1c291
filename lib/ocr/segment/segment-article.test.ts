import { describe, expect, it } from "vitest";

import type { SourceBlock } from "../types";
import { segmentArticleBlocks } from "./segment-article";

const unknown = (...lines: string[]): SourceBlock => ({
  lines,
  hint: "unknown",
});
const options = { page: 1, repair: true, articleIndex: 2 };

describe("segmentArticleBlocks with METS-style hints", () => {
  it("trusts hinted roles and reads the rest by shape", () => {
    const { article, repairs } = segmentArticleBlocks(
      [
        { lines: ["一把手访谈"], hint: "kicker" },
        { lines: ["勇挑大梁担使命", "提质进位走前列"], hint: "heading" },
        {
          lines: ["访市委常委、平湖经济技术开发区(钟埭街道)党工委书记何苗"],
          hint: "deck",
        },
        { lines: ["■记者 李雨婷 黄雨欣", "通讯员 曹金凤"], hint: "byline" },
        { lines: ["开局就奔跑,起步即冲刺。"], hint: "body" },
        { lines: ["聚焦提档升级,打造更具竞争力的产业体系"], hint: "subhead" },
        { lines: ["经济高质量是平湖经开最具辨识度的标签。"], hint: "body" },
      ],
      options,
    );
    expect(article.kicker).toBe("一把手访谈");
    expect(article.headline).toBe("勇挑大梁担使命 提质进位走前列");
    expect(article.deck).toBe(
      "访市委常委、平湖经济技术开发区（钟埭街道）党工委书记何苗",
    );
    expect(
      article.bylines.map((byline) => [byline.role, byline.names]),
    ).toEqual([
      ["reporter", ["李雨婷", "黄雨欣"]],
      ["correspondent", ["曹金凤"]],
    ]);
    expect(article.blocks).toEqual([
      { type: "paragraph", text: "开局就奔跑，起步即冲刺。" },
      { type: "subhead", text: "聚焦提档升级，打造更具竞争力的产业体系" },
      { type: "paragraph", text: "经济高质量是平湖经开最具辨识度的标签。" },
    ]);
    expect(
      repairs.every((repair) => repair.article === 2 && repair.page === 1),
    ).toBe(true);
  });

  it("classifies unhinted blocks with the text rules", () => {
    const { article } = segmentArticleBlocks(
      [
        unknown("聚焦全国两会——"),
        unknown("代表委员热议政府工作报告"),
        unknown("——新质生产力成为高频词"),
        unknown("（记者 陆佳琪）"),
        unknown("本报讯 3月5日上午，十四届全国人大二次会议在北京开幕。"),
        unknown("“报告让我们企业吃下了定心丸。”一家企业的总经理表示。"),
        unknown("基层代表热议"),
        unknown("一位社区党委书记说，她将把报告精神带回社区。（下转2版）"),
        unknown("（编辑 王晓东）"),
      ],
      options,
    );
    expect(article).toMatchObject({
      kicker: "聚焦全国两会",
      headline: "代表委员热议政府工作报告",
      deck: "新质生产力成为高频词",
      dateline: "本报讯",
      bylines: [
        { role: "reporter", label: "记者", names: ["陆佳琪"] },
        { role: "editor", label: "编辑", names: ["王晓东"] },
      ],
      jumps: [{ direction: "to", page: 2, marker: "（下转2版）" }],
    });
    expect(article.blocks).toEqual([
      {
        type: "paragraph",
        text: "3月5日上午，十四届全国人大二次会议在北京开幕。",
      },
      {
        type: "paragraph",
        text: "“报告让我们企业吃下了定心丸。”一家企业的总经理表示。",
      },
      { type: "subhead", text: "基层代表热议" },
      {
        type: "paragraph",
        text: "一位社区党委书记说，她将把报告精神带回社区。",
      },
    ]);
  });

  it("reads a continuation that opens with a marker as having no headline", () => {
    const { article } = segmentArticleBlocks(
      [
        unknown("（上接1版）"),
        unknown("就是让群众的日子越过越好。新的一年，"),
        unknown("平湖经开将持续深化“共富工坊”建设。"),
      ],
      { ...options, page: 2 },
    );
    expect(article.headline).toBeNull();
    expect(article.jumps).toEqual([
      { direction: "from", page: 1, marker: "（上接1版）" },
    ]);
    expect(article.blocks).toEqual([
      {
        type: "paragraph",
        text: "就是让群众的日子越过越好。新的一年，平湖经开将持续深化“共富工坊”建设。",
      },
    ]);
  });

  it("never joins paragraphs across a jump marker", () => {
    const { article, repairs } = segmentArticleBlocks(
      [
        { lines: ["实干担当立潮头"], hint: "heading" },
        unknown("何苗的想法很简单,"),
        unknown("(下转2版)"),
        unknown("新的一年继续努力。"),
      ],
      options,
    );
    expect(article.blocks.map((block) => block.text)).toEqual([
      "何苗的想法很简单，",
      "新的一年继续努力。",
    ]);
    expect(repairs.filter((repair) => repair.kind === "column-break")).toEqual(
      [],
    );
  });

  it("does not guess subheads when the source marks its own", () => {
    const { article } = segmentArticleBlocks(
      [
        { lines: ["标题"], hint: "heading" },
        unknown("第一段结束了。"),
        unknown("短句不是小标题"),
        unknown("第二段。"),
        { lines: ["真正的小标题"], hint: "subhead" },
        unknown("第三段。"),
      ],
      { ...options, repair: false },
    );
    expect(article.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "subhead",
      "paragraph",
    ]);
  });

  it("keeps the segmented text in originalText and skips repairs when asked", () => {
    const { article, repairs } = segmentArticleBlocks(
      [
        { lines: ["标题"], hint: "heading" },
        unknown("惟创"),
        unknown("新者胜,我们要奋进。"),
      ],
      { ...options, repair: false },
    );
    expect(repairs).toEqual([]);
    expect(article.blocks.map((block) => block.text)).toEqual([
      "惟创",
      "新者胜,我们要奋进。",
    ]);
    expect(article.originalText).toBe("惟创\n\n新者胜,我们要奋进。");
  });

  it("drops a relative marker when the page is unknown, with a warning", () => {
    const result = segmentArticleBlocks(
      [unknown("（接上版）"), unknown("就是让群众的日子越过越好。")],
      { ...options, page: null },
    );
    expect(result.article.jumps).toEqual([]);
    expect(result.article.blocks.map((block) => block.text)).toEqual([
      "就是让群众的日子越过越好。",
    ]);
    expect(result.warnings).toEqual([
      "jump marker （接上版） dropped: the page number is unknown",
    ]);
  });

  it("keeps an unreadable byline hint as printed and warns", () => {
    const result = segmentArticleBlocks(
      [
        { lines: ["标题"], hint: "heading" },
        { lines: ["本报融媒体中心出品"], hint: "byline" },
        unknown("正文。"),
      ],
      options,
    );
    expect(result.article.bylines).toEqual([
      { role: "other", label: "本报融媒体中心出品", names: [] },
    ]);
    expect(result.warnings).toHaveLength(1);
  });
});

describe("segmentArticleBlocks: credits, datelines and question headlines", () => {
  it("merges the dateline's credits with the byline lines and a closing editor credit", () => {
    const { article } = segmentArticleBlocks(
      [
        { lines: ["县里开展垃圾分类督查"], hint: "heading" },
        unknown("■记者 张三"),
        unknown("本报讯（记者 李四 通讯员 王五）日前，县里开展垃圾分类督查。"),
        unknown("（编辑 赵六）"),
      ],
      options,
    );
    expect(article.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
      { role: "reporter", label: "记者", names: ["李四"] },
      { role: "correspondent", label: "通讯员", names: ["王五"] },
      { role: "editor", label: "编辑", names: ["赵六"] },
    ]);
  });

  it("never joins a dateline standing alone to the paragraphs around it", () => {
    const { article, repairs } = segmentArticleBlocks(
      [
        { lines: ["标题"], hint: "heading" },
        unknown("本报讯 第一段没有写完"),
        unknown("新华社北京1月5日电"),
        unknown("高质量发展是首要任务"),
      ],
      options,
    );
    expect(article.dateline).toBe("本报讯");
    expect(article.blocks).toEqual([
      { type: "paragraph", text: "第一段没有写完" },
      { type: "paragraph", text: "新华社北京1月5日电" },
      { type: "paragraph", text: "高质量发展是首要任务" },
    ]);
    expect(repairs.filter((repair) => repair.kind === "column-break")).toEqual(
      [],
    );
  });

  it("reads an unhinted question headline when a byline follows it, but not otherwise", () => {
    const asked = segmentArticleBlocks(
      [
        unknown("垃圾分类，你做对了吗？"),
        unknown("本报记者 李强"),
        unknown("本报讯 日前，记者走访了小区。"),
      ],
      options,
    );
    expect(asked.article).toMatchObject({
      headline: "垃圾分类，你做对了吗？",
      dateline: "本报讯",
    });
    const running = segmentArticleBlocks(
      [unknown("垃圾分类，你做对了吗？"), unknown("很多居民表示还不清楚。")],
      options,
    );
    expect(running.article.headline).toBeNull();
  });
});

describe("segmentArticleBlocks with ALTO word positions", () => {
  it("keeps words on the characters they were read from through dateline removal and repairs", () => {
    const body: SourceBlock = {
      lines: ["本报讯 平湖是高质量外资", "集聚地,外资经济"],
      hint: "unknown",
      words: [
        { line: 0, offset: 4, text: "平湖", wc: 0.98, cc: "00" },
        { line: 1, offset: 0, text: "集聚地", wc: 0.5, cc: "050" },
        { line: 1, offset: 4, text: "外资经济", wc: 0.9, cc: null },
      ],
    };
    const next: SourceBlock = {
      lines: ["发展迅速。"],
      hint: "unknown",
      words: [{ line: 0, offset: 0, text: "发展", wc: 0.7, cc: null }],
    };
    const { article } = segmentArticleBlocks(
      [{ lines: ["标题"], hint: "heading" }, body, next],
      options,
    );
    expect(article.blocks).toEqual([
      { type: "paragraph", text: "平湖是高质量外资集聚地，外资经济发展迅速。" },
    ]);
    for (const word of article.words) {
      expect(
        article.blocks[word.block]?.text.slice(
          word.offset,
          word.offset + word.text.length,
        ),
      ).toBe(word.text);
    }
    expect(article.words).toHaveLength(4);
  });
});
