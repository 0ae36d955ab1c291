import { describe, expect, it } from "vitest";

import { isDeskCredit, parseBylineLine } from "./parse-byline";
import { tokenizeCredit } from "./tokenize-credit";

describe("credits with the label glued to the name, no bullet", () => {
  it.each([
    [
      "记者王芳 通讯员李华",
      [
        { role: "reporter", label: "记者", names: ["王芳"] },
        { role: "correspondent", label: "通讯员", names: ["李华"] },
      ],
    ],
    [
      "本报记者王芳",
      [{ role: "reporter", label: "本报记者", names: ["王芳"] }],
    ],
    ["记者王芳", [{ role: "reporter", label: "记者", names: ["王芳"] }]],
    [
      "本報記者陳小明 通訊員林大華",
      [
        { role: "reporter", label: "本報記者", names: ["陳小明"] },
        { role: "correspondent", label: "通訊員", names: ["林大華"] },
      ],
    ],
    ["实习生刘洋", [{ role: "other", label: "实习生", names: ["刘洋"] }]],
  ])("%s", (line, bylines) => {
    expect(parseBylineLine([line])).toEqual(bylines);
  });

  it.each([
    "记者了解到",
    "记者在现场",
    "记者获悉",
    "记者从市住建局",
    "通讯员说",
    "记者手记",
    "记者观察",
    "記者探訪",
    "编辑部来信",
    "记者节快乐",
  ])("%s is running text, not a credit", (line) => {
    expect(parseBylineLine([line])).toBeNull();
  });
});

describe("报导 and place suffixes", () => {
  it.each([
    ["记者 张三 报导", "记者", ["张三"]],
    ["本報訊 記者　司馬光　報導".slice(4), "記者", ["司馬光"]],
    ["記者王小明／台北報導", "記者", ["王小明"]],
    ["记者 李四/北京报道", "记者", ["李四"]],
  ])("%s", (line, label, names) => {
    expect(parseBylineLine([line])).toEqual([
      { role: "reporter", label, names },
    ]);
  });
});

describe("compound surname printed apart from the given name", () => {
  const notLabel = (token: string) =>
    !["文", "图", "摄", "记者"].includes(token);
  it.each([
    ["记者 欧阳 娜娜 通讯员 王 五", ["记者", "欧阳娜娜", "通讯员", "王五"]],
    ["记者 司马 迁", ["记者", "司马迁"]],
    ["記者 諸葛 亮", ["記者", "諸葛亮"]],
    ["记者 欧阳 记者", ["记者", "欧阳", "记者"]],
  ])("%s", (line, tokens) => {
    expect(tokenizeCredit(line, notLabel)).toEqual(tokens);
  });

  it("reads 欧阳 娜娜 as one reporter", () => {
    expect(parseBylineLine(["记者 欧阳 娜娜 通讯员 王 五"])).toEqual([
      { role: "reporter", label: "记者", names: ["欧阳娜娜"] },
      { role: "correspondent", label: "通讯员", names: ["王五"] },
    ]);
  });
});

describe("desk credits with other labels (QA #8)", () => {
  it.each([
    [
      "责任编辑：何一凡　版式设计：陈 琳",
      ["editor/责任编辑/何一凡", "editor/版式设计/陈琳"],
    ],
    [
      "本版编辑：何一凡  美编：陈琳  校对：张三",
      ["editor/本版编辑/何一凡", "editor/美编/陈琳", "editor/校对/张三"],
    ],
    [
      "美术编辑：王五　视觉设计：赵六　审读：钱七",
      ["editor/美术编辑/王五", "editor/视觉设计/赵六", "editor/审读/钱七"],
    ],
    [
      "責任編輯：何一凡　版式設計：陳琳",
      ["editor/責任編輯/何一凡", "editor/版式設計/陳琳"],
    ],
  ])("%s", (line, credits) => {
    const bylines = parseBylineLine([line]);
    expect(
      bylines?.map((b) => `${b.role}/${b.label}/${b.names.join(",")}`),
    ).toEqual(credits);
    expect(bylines !== null && isDeskCredit(bylines)).toBe(true);
  });
});
