import { describe, expect, it } from "vitest";

import { tokenizeCredit } from "./tokenize-credit";

const notLabel = (token: string) => !["文", "图", "摄"].includes(token);

describe("tokenizeCredit", () => {
  it.each([
    ["记者 周  明  通讯员 李  华", ["记者", "周明", "通讯员", "李华"]],
    ["记者 欧 阳 明 月", ["记者", "欧阳明月"]],
    ["记者 王 芳 李 明", ["记者", "王芳", "李明"]],
    ["记者 王 芳  李 小 明", ["记者", "王芳", "李小明"]],
    ["记者 王　芳 李　明", ["记者", "王芳", "李明"]],
    ["记者 王 芳 摄", ["记者", "王芳", "摄"]],
    ["记者 王、芳", ["记者", "王", "芳"]],
    ["记者 王 芳 李 小 明", ["记者", "王", "芳", "李", "小", "明"]],
    ["文 李四", ["文", "李四"]],
  ])("%s", (line, tokens) => {
    expect(tokenizeCredit(line, notLabel)).toEqual(tokens);
  });
});
