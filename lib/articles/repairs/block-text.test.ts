import { describe, expect, it } from "vitest";

import type { ArticleBlockNode } from "../tiptap-schema";
import {
  blockText,
  joinBlocks,
  replaceInBlock,
  splitBlock,
} from "./block-text";

const bold = [{ type: "bold" as const }];
const mixed: ArticleBlockNode = {
  type: "paragraph",
  content: [
    { type: "text", text: "开局就奔跑，", marks: bold },
    { type: "hardBreak" },
    { type: "text", text: "起步即冲刺。" },
  ],
};

describe("block text", () => {
  it("reads a hard break as one line break, as docToBlocks does", () => {
    expect(blockText(mixed)).toBe("开局就奔跑，\n起步即冲刺。");
    expect(blockText({ type: "paragraph" })).toBe("");
  });

  it("replaces text across nodes, inserted text taking the marks before it", () => {
    expect(replaceInBlock(mixed, 4, 10, "跑")).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "开局就奔跑", marks: bold },
        { type: "text", text: "冲刺。" },
      ],
    });
    expect(replaceInBlock(mixed, 0, 0, "新年")).toMatchObject({
      content: [{ text: "新年开局就奔跑，", marks: bold }, {}, {}],
    });
    expect(replaceInBlock(mixed, 7, 7, "甲\n乙")).toMatchObject({
      content: [
        {},
        { type: "hardBreak" },
        { text: "甲" },
        { type: "hardBreak" },
        { text: "乙起步即冲刺。" },
      ],
    });
    expect(() => replaceInBlock(mixed, 5, 99, "")).toThrow(RangeError);
  });

  it("drops the content of a block emptied by an edit", () => {
    expect(
      replaceInBlock(
        { type: "caption", content: [{ type: "text", text: "图说" }] },
        0,
        2,
        "",
      ),
    ).toEqual({ type: "caption" });
  });

  it("splits and joins blocks keeping type, attributes and marks", () => {
    const head: ArticleBlockNode = {
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "聚焦提档升级", marks: bold }],
    };
    const [left, right] = splitBlock(head, 2);
    expect(left).toEqual({
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "聚焦", marks: bold }],
    });
    expect(right).toEqual({
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "提档升级", marks: bold }],
    });
    expect(joinBlocks(left, right, "")).toEqual(head);
    expect(
      blockText(
        joinBlocks(
          { type: "paragraph", content: [{ type: "text", text: "Made in" }] },
          { type: "paragraph", content: [{ type: "text", text: "Pinghu" }] },
          " ",
        ),
      ),
    ).toBe("Made in Pinghu");
  });
});
