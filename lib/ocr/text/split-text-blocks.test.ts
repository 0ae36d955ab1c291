import { describe, expect, it } from "vitest";

import { splitTextBlocks } from "./split-text-blocks";

describe("splitTextBlocks", () => {
  it("keeps hard-break lines together and splits everything else", () => {
    const { blocks, markdown } = splitTextBlocks(
      "## 标题\n\n■记者 李雨婷 黄雨欣  \n通讯员 曹金凤  \n漫画 李泽峰\n\n第一段。\n第二段。\n",
    );
    expect(markdown).toBe(true);
    expect(blocks).toEqual([
      { kind: "heading", level: 2, lines: ["标题"] },
      {
        kind: "text",
        level: 0,
        lines: ["■记者 李雨婷 黄雨欣", "通讯员 曹金凤", "漫画 李泽峰"],
      },
      { kind: "text", level: 0, lines: ["第一段。"] },
      { kind: "text", level: 0, lines: ["第二段。"] },
    ]);
  });

  it("reads ATX and setext headings, bold lines and quotes", () => {
    const { blocks } = splitTextBlocks(
      "#### 引题 ####\n\n大标题\n===\n\n副题\n---\n\n**小标题**\n\n> 记者 张三\n\n正文有**重点**。",
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 4, lines: ["引题"] },
      { kind: "heading", level: 1, lines: ["大标题"] },
      { kind: "heading", level: 2, lines: ["副题"] },
      { kind: "bold", level: 0, lines: ["小标题"] },
      { kind: "quote", level: 0, lines: ["记者 张三"] },
      { kind: "text", level: 0, lines: ["正文有重点。"] },
    ]);
  });

  it("drops thematic breaks that underline nothing", () => {
    expect(
      splitTextBlocks("## 标题\n\n---\n\n正文。").blocks.map(
        (block) => block.lines[0],
      ),
    ).toEqual(["标题", "正文。"]);
  });

  it("reads plain text line by line, ignoring trailing spaces and indentation", () => {
    const { blocks, markdown } = splitTextBlocks(
      "平湖日报  \n　　本报讯 正文。  \n\n-----\n下一段。",
    );
    expect(markdown).toBe(false);
    expect(blocks.map((block) => block.lines)).toEqual([
      ["平湖日报"],
      ["本报讯 正文。"],
      ["下一段。"],
    ]);
  });

  it("drops image lines, whatever their alt text, and lets them end a hard-broken block", () => {
    const { blocks } = splitTextBlocks(
      '## 标题\n\n第一段。  \n![](img1.jpg)\n![图片说明](x.png "题注") ![](y.png)\n\n第二段。\n',
    );
    expect(blocks.map((block) => block.lines)).toEqual([
      ["标题"],
      ["第一段。"],
      ["第二段。"],
    ]);
  });

  it("drops image lines in plain text too, keeping a line that only mentions an image", () => {
    const { blocks } = splitTextBlocks(
      "第一段。\n![](img1.jpg)\n图为![现场](x.png)的照片。\n",
    );
    expect(blocks.map((block) => block.lines[0])).toEqual([
      "第一段。",
      "图为![现场](x.png)的照片。",
    ]);
  });
});

describe("splitTextBlocks: emphasis", () => {
  it("drops single-asterisk emphasis (captions are often set in italics), not stray asterisks", () => {
    const { blocks } = splitTextBlocks(
      "## 标题\n\n*图为改造后的小桥。* 王亮 摄\n\n面积3*4米，*号不算。\n",
    );
    expect(blocks.map((block) => block.lines[0])).toEqual([
      "标题",
      "图为改造后的小桥。 王亮 摄",
      "面积3*4米，*号不算。",
    ]);
  });
});
