import { describe, expect, it } from "vitest";

import type { OcrBlock, OcrWord } from "../types";
import { removeCjkSpaces } from "./remove-cjk-spaces";

const ctx = { page: 3, article: 1 };

describe("removeCjkSpaces", () => {
  it("removes stray spaces between Chinese characters and reports each", () => {
    const blocks: OcrBlock[] = [
      { type: "paragraph", text: "我们 平 湖人，全力抓好项目谋 划。" },
    ];
    const repairs = removeCjkSpaces(blocks, [], ctx);
    expect(blocks[0]?.text).toBe("我们平湖人，全力抓好项目谋划。");
    expect(repairs).toEqual([
      {
        kind: "whitespace",
        page: 3,
        article: 1,
        block: 0,
        original: "我们 平",
        replacement: "我们平",
      },
      {
        kind: "whitespace",
        page: 3,
        article: 1,
        block: 0,
        original: "平 湖人，全",
        replacement: "平湖人，全",
      },
      {
        kind: "whitespace",
        page: 3,
        article: 1,
        block: 0,
        original: "好项目谋 划。",
        replacement: "好项目谋划。",
      },
    ]);
  });

  it("keeps spaces around Latin words", () => {
    const blocks: OcrBlock[] = [
      { type: "paragraph", text: "打造 Made in Pinghu 品牌" },
    ];
    expect(removeCjkSpaces(blocks, [], ctx)).toEqual([]);
    expect(blocks[0]?.text).toBe("打造 Made in Pinghu 品牌");
  });

  it("removes spaces between Chinese text and numbers or curly quotes, as ALTO word gaps leave them", () => {
    const blocks: OcrBlock[] = [
      {
        type: "paragraph",
        text: "回望 2023 年，推进 “地瓜经济” 提能，1,300 万元",
      },
    ];
    const repairs = removeCjkSpaces(blocks, [], ctx);
    expect(blocks[0]?.text).toBe("回望2023年，推进“地瓜经济”提能，1,300万元");
    expect(repairs).toHaveLength(5);
  });

  it("never joins a credit's labels and names, nor its last name and the lead", () => {
    const text =
      "记者 王芳 通讯员 李强 昨天，县里开展督查。（记者 李雨婷 黄雨欣）";
    const blocks: OcrBlock[] = [{ type: "paragraph", text }];
    expect(removeCjkSpaces(blocks, [], ctx)).toEqual([]);
    expect(blocks[0]?.text).toBe(text);
  });

  it("still removes a stray space after 记者 in running text, and inside a name-length word elsewhere", () => {
    const blocks: OcrBlock[] = [
      {
        type: "paragraph",
        text: "记者 了解到，全市已有 12家企业完成改造，平 湖经开领先。",
      },
    ];
    removeCjkSpaces(blocks, [], ctx);
    expect(blocks[0]?.text).toBe(
      "记者了解到，全市已有12家企业完成改造，平湖经开领先。",
    );
  });

  it("leaves subheads alone: a space there separates two halves", () => {
    const blocks: OcrBlock[] = [
      { type: "subhead", text: "勇挑大梁担使命 提质进位走前列" },
    ];
    expect(removeCjkSpaces(blocks, [], ctx)).toEqual([]);
  });

  it("shifts word positions past removed spaces", () => {
    const blocks: OcrBlock[] = [{ type: "paragraph", text: "平 湖 经开" }];
    const words: OcrWord[] = [
      { block: 0, offset: 4, text: "经开", wc: 1, cc: null },
    ];
    removeCjkSpaces(blocks, words, ctx);
    expect(blocks[0]?.text.slice(words[0]?.offset ?? 0)).toBe("经开");
  });
});
