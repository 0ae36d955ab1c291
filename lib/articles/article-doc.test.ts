import { describe, expect, it } from "vitest";

import {
  blocksToDoc,
  countCharacters,
  docToBlocks,
  docToText,
} from "./article-doc";
import { articleDocSchema } from "./tiptap-schema";

describe("article documents", () => {
  const blocks = [
    { type: "paragraph" as const, text: "开局就奔跑，起步即冲刺。" },
    { type: "subhead" as const, text: "聚焦提档升级" },
    { type: "paragraph" as const, text: "数字见证决心。" },
  ];

  it("turns blocks into a valid Tiptap document and back", () => {
    const doc = blocksToDoc(blocks);
    expect(articleDocSchema.parse(doc)).toEqual(doc);
    expect(doc.content[1]).toEqual({
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "聚焦提档升级" }],
    });
    expect(docToBlocks(doc)).toEqual(blocks);
  });

  it("derives plain text with blank lines between blocks", () => {
    expect(docToText(blocksToDoc(blocks))).toBe(
      "开局就奔跑，起步即冲刺。\n\n聚焦提档升级\n\n数字见证决心。",
    );
  });

  it("counts every printed character, punctuation included, but no spaces", () => {
    expect(countCharacters("开局就奔跑，起步 即冲刺。\n\nAB")).toBe(14);
  });

  it("rejects nodes and marks the editor does not have", () => {
    expect(
      articleDocSchema.safeParse({
        type: "doc",
        content: [{ type: "image", attrs: { src: "x" } }],
      }).success,
    ).toBe(false);
    expect(
      articleDocSchema.safeParse({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "x",
                marks: [
                  { type: "link", attrs: { href: "javascript:alert(1)" } },
                ],
              },
            ],
          },
        ],
      }).success,
    ).toBe(false);
    expect(
      articleDocSchema.safeParse({
        type: "doc",
        content: [{ type: "heading", attrs: { level: 1 } }],
      }).success,
    ).toBe(false);
  });
});
