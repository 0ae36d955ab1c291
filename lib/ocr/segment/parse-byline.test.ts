import { describe, expect, it } from "vitest";

import {
  isCreditLabel,
  isDeskCredit,
  parseBareAuthor,
  parseBylineLine,
} from "./parse-byline";

describe("parseBylineLine", () => {
  it("reads reporter and correspondent on one line", () => {
    expect(parseBylineLine(["■记者 林旭东 通讯员 王晨慧"])).toEqual([
      { role: "reporter", label: "记者", names: ["林旭东"] },
      { role: "correspondent", label: "通讯员", names: ["王晨慧"] },
    ]);
  });

  it("reads a credit spread over hard-break lines", () => {
    expect(
      parseBylineLine(["■记者 李雨婷 黄雨欣", "通讯员 曹金凤", "漫画 李泽峰"]),
    ).toEqual([
      { role: "reporter", label: "记者", names: ["李雨婷", "黄雨欣"] },
      { role: "correspondent", label: "通讯员", names: ["曹金凤"] },
      { role: "illustrator", label: "漫画", names: ["李泽峰"] },
    ]);
  });

  it("reads institutional commentator bylines without names", () => {
    expect(parseBylineLine(["■本报评论员"])).toEqual([
      { role: "commentator", label: "本报评论员", names: [] },
    ]);
    expect(parseBylineLine(["特约评论员 周文斌"])).toEqual([
      { role: "commentator", label: "特约评论员", names: ["周文斌"] },
    ]);
  });

  it("prefers the longest label: 本报记者 over 记者", () => {
    expect(parseBylineLine(["本报记者 顾晓燕"])).toEqual([
      { role: "reporter", label: "本报记者", names: ["顾晓燕"] },
    ]);
  });

  it.each([
    ["实习生 朱佳慧", "other", "实习生"],
    ["摄影 沈逸飞", "photographer", "摄影"],
    ["图 沈逸飞", "photographer", "图"],
    ["编辑 陆佳琪", "editor", "编辑"],
    ["责任编辑 陆佳琪", "editor", "责任编辑"],
    ["责编 陆佳琪", "editor", "责编"],
  ] as const)("maps %s to %s", (line, role, label) => {
    expect(parseBylineLine([line])).toEqual([
      { role, label, names: [line.split(" ")[1]] },
    ]);
  });

  it.each(["文/图", "图/文", "文图", "图文"])(
    "gives %s one credit whose label says both, so the name is shown once",
    (label) => {
      expect(parseBylineLine([`${label} 金晓燕`])).toEqual([
        { role: "reporter", label, names: ["金晓燕"] },
      ]);
    },
  );

  it("splits names on spaces, 、, ， and ideographic spaces", () => {
    const expected = [
      { role: "reporter", label: "记者", names: ["张三丰", "李四海", "王五"] },
    ];
    expect(parseBylineLine(["记者 张三丰 李四海 王五"])).toEqual(expected);
    expect(parseBylineLine(["记者 张三丰、李四海、王五"])).toEqual(expected);
    expect(parseBylineLine(["记者 张三丰，李四海，王五"])).toEqual(expected);
    expect(parseBylineLine(["记者\u3000张三丰\u3000李四海\u3000王五"])).toEqual(
      expected,
    );
  });

  it.each([
    "●记者 王磊",
    "◆记者 王磊",
    "□记者 王磊",
    "记者 王磊",
    "（记者 王磊）",
    "(记者 王磊)",
    "【记者 王磊】",
    "记者：王磊",
  ])("accepts %s with or without a bullet or brackets", (line) => {
    expect(parseBylineLine([line])).toEqual([
      { role: "reporter", label: "记者", names: ["王磊"] },
    ]);
  });

  it("accepts names glued to the label with a bullet or brackets, or when the name reads as one", () => {
    expect(parseBylineLine(["■记者林旭东"])).toEqual([
      { role: "reporter", label: "记者", names: ["林旭东"] },
    ]);
    expect(parseBylineLine(["（记者张三 通讯员李四）"])).toEqual([
      { role: "reporter", label: "记者", names: ["张三"] },
      { role: "correspondent", label: "通讯员", names: ["李四"] },
    ]);
    // QA finding 1: 记者王芳 without a bullet is a credit too (see parse-byline.glued.test.ts); 记者了解到 is not.
    expect(parseBylineLine(["记者林旭东"])).toEqual([
      { role: "reporter", label: "记者", names: ["林旭东"] },
    ]);
    expect(parseBylineLine(["记者了解到"])).toBeNull();
  });

  it("accepts minority and transliterated names with a middle dot", () => {
    expect(parseBylineLine(["记者 阿依古丽·买买提"])).toEqual([
      { role: "reporter", label: "记者", names: ["阿依古丽·买买提"] },
    ]);
  });

  it("treats 张三 摄 as the photographer's credit and ignores 报道", () => {
    expect(parseBylineLine(["记者 张三 摄"])).toEqual([
      { role: "photographer", label: "记者", names: ["张三"] },
    ]);
    expect(parseBylineLine(["本报记者 张三 报道"])).toEqual([
      { role: "reporter", label: "本报记者", names: ["张三"] },
    ]);
  });

  it("reads a label-less photo credit （李四 摄）, but not names with no label at all", () => {
    expect(parseBylineLine(["（李四 摄）"])).toEqual([
      { role: "photographer", label: "摄", names: ["李四"] },
    ]);
    expect(parseBylineLine(["（李四 摄 记者 王五）"])).toEqual([
      { role: "photographer", label: "摄", names: ["李四"] },
      { role: "reporter", label: "记者", names: ["王五"] },
    ]);
    expect(parseBylineLine(["张三 记者 李四"])).toBeNull();
  });

  it("reads several desk credits on one line as editors", () => {
    expect(parseBylineLine(["责任编辑：赵六  校对：钱七"])).toEqual([
      { role: "editor", label: "责任编辑", names: ["赵六"] },
      { role: "editor", label: "校对", names: ["钱七"] },
    ]);
    expect(
      parseBylineLine(["编辑：赵六 美编：孙八 版式：周九 组版：吴十"])?.map(
        (byline) => byline.label,
      ),
    ).toEqual(["编辑", "美编", "版式", "组版"]);
  });

  it("reads a role word stacked before a person label as that person's role", () => {
    expect(parseBylineLine(["■摄影 记者 孙晓乐"])).toEqual([
      { role: "photographer", label: "摄影 记者", names: ["孙晓乐"] },
    ]);
    expect(parseBylineLine(["■文/图 记者 王芳"])).toEqual([
      { role: "reporter", label: "文/图 记者", names: ["王芳"] },
    ]);
    expect(parseBylineLine(["文/图 本报记者 俞佳"])).toEqual([
      { role: "reporter", label: "文/图 本报记者", names: ["俞佳"] },
    ]);
  });

  it("gives every person after a stacked 摄影 the photographer's role", () => {
    expect(parseBylineLine(["■摄影 通讯员 褚燕 实习生 朱文静"])).toEqual([
      { role: "photographer", label: "摄影 通讯员", names: ["褚燕"] },
      { role: "photographer", label: "实习生", names: ["朱文静"] },
    ]);
  });

  it("adds a trailing 文/图 to the label of the credits it closes", () => {
    expect(parseBylineLine(["■记者 王芳 文/图"])).toEqual([
      { role: "reporter", label: "记者 文/图", names: ["王芳"] },
    ]);
    expect(parseBylineLine(["■记者 林旭东 俞佳 文/图"])).toEqual([
      { role: "reporter", label: "记者 文/图", names: ["林旭东", "俞佳"] },
    ]);
    expect(parseBylineLine(["记者 俞佳 通讯员 沈倩 文/图"])).toEqual([
      { role: "reporter", label: "记者 文/图", names: ["俞佳"] },
      { role: "correspondent", label: "通讯员 文/图", names: ["沈倩"] },
    ]);
  });

  it("keeps 摄影 followed by a name as a credit of its own", () => {
    expect(parseBylineLine(["■记者 王芳 摄影 俞佳"])).toEqual([
      { role: "reporter", label: "记者", names: ["王芳"] },
      { role: "photographer", label: "摄影", names: ["俞佳"] },
    ]);
  });

  it("reads 林旭东/文 俞佳/图 as a writer and a photographer", () => {
    expect(parseBylineLine(["■记者 林旭东/文 俞佳/图"])).toEqual([
      { role: "reporter", label: "文", names: ["林旭东"] },
      { role: "photographer", label: "图", names: ["俞佳"] },
    ]);
  });

  it("reads a two-character name padded to align (王　芳) as one name", () => {
    expect(parseBylineLine(["■记者 王　芳 通讯员 李　明"])).toEqual([
      { role: "reporter", label: "记者", names: ["王芳"] },
      { role: "correspondent", label: "通讯员", names: ["李明"] },
    ]);
    expect(parseBylineLine(["■记者 王 芳"])).toEqual([
      { role: "reporter", label: "记者", names: ["王芳"] },
    ]);
    expect(parseBylineLine(["记者 王 芳 摄"])).toEqual([
      { role: "photographer", label: "记者", names: ["王芳"] },
    ]);
    expect(parseBylineLine(["记者 王"])).toBeNull();
  });

  it.each([
    "记者了解到，目前全市已有12家企业完成改造。",
    "记者从市发改局获悉",
    "图为活动现场",
    "■图为平湖",
    "平湖实际利用外资持续走在全省前列",
    "记者：今年发改工作的重点是什么？",
    "记者",
    "张三 李四",
    "本报讯 昨天下午，全市经济工作会议召开。",
  ])("rejects the sentence %s", (line) => {
    expect(parseBylineLine([line])).toBeNull();
  });

  it("rejects a multi-line block when any line is running text", () => {
    expect(
      parseBylineLine(["记者 王磊", "昨天下午，全市经济工作会议召开。"]),
    ).toBeNull();
  });
});

describe("isDeskCredit", () => {
  it("is true only when every credit is the desk's", () => {
    expect(
      isDeskCredit(parseBylineLine(["责任编辑：赵六  校对：钱七"]) ?? []),
    ).toBe(true);
    expect(isDeskCredit(parseBylineLine(["记者 李四 编辑 赵六"]) ?? [])).toBe(
      false,
    );
    expect(isDeskCredit([])).toBe(false);
  });
});

describe("isCreditLabel", () => {
  it("knows whole labels of two characters or more, not single-character ones", () => {
    expect(
      ["记者", "本报记者", "通讯员", "责任编辑"].map(isCreditLabel),
    ).toEqual([true, true, true, true]);
    expect(["文", "图", "摄", "记者们"].map(isCreditLabel)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("parseBareAuthor", () => {
  it.each([
    ["□ 何文涛", "何文涛"],
    ["■ 何文涛", "何文涛"],
    ["■何文涛", "何文涛"],
    ["□ 王　芳", "王芳"],
  ])("reads %s as an author with no label", (line, name) => {
    expect(parseBareAuthor([line])).toEqual([
      { role: "other", label: "", names: [name] },
    ]);
  });

  it.each([
    "何文涛",
    "□ 何文涛 孙建华",
    "■记者 何文涛",
    "□ 平湖市当湖街道",
    "■ 图为现场",
    "■记者手记",
  ])("rejects %s", (line) => {
    expect(parseBareAuthor([line])).toBeNull();
  });
});

describe("parseBylineLine: padded and spaced names", () => {
  it.each([
    [
      "（本报记者  周  明  通讯员  李  华）",
      [
        ["reporter", "本报记者", ["周明"]],
        ["correspondent", "通讯员", ["李华"]],
      ],
    ],
    ["（记者 欧 阳 明 月）", [["reporter", "记者", ["欧阳明月"]]]],
    [
      "■记者 张 小 红  通讯员 王 五",
      [
        ["reporter", "记者", ["张小红"]],
        ["correspondent", "通讯员", ["王五"]],
      ],
    ],
    ["记者 司 马 光", [["reporter", "记者", ["司马光"]]]],
    ["记者 诸 葛 亮 亮", [["reporter", "记者", ["诸葛亮亮"]]]],
    ["记者 上　官　婉　儿", [["reporter", "记者", ["上官婉儿"]]]],
    ["记者 王 芳 李 明", [["reporter", "记者", ["王芳", "李明"]]]],
    ["记者 王 芳  李 小 明", [["reporter", "记者", ["王芳", "李小明"]]]],
    [
      "记者 王　芳 李小明 张 三",
      [["reporter", "记者", ["王芳", "李小明", "张三"]]],
    ],
    ["记者 王 芳 摄", [["photographer", "记者", ["王芳"]]]],
    [
      "本報記者 張 小 紅  通訊員 王 五",
      [
        ["reporter", "本報記者", ["張小紅"]],
        ["correspondent", "通訊員", ["王五"]],
      ],
    ],
    ["■記者 歐 陽 明 月", [["reporter", "記者", ["歐陽明月"]]]],
  ] as const)("reads %s", (line, expected) => {
    expect(parseBylineLine([line])).toEqual(
      expected.map(([role, label, names]) => ({ role, label, names })),
    );
  });

  it("cannot split five evenly spaced characters and rejects them", () => {
    expect(parseBylineLine(["记者 王 芳 李 小 明"])).toBeNull();
  });
});

describe("parseBylineLine: what e-paper exports glue to a credit", () => {
  it("drops the paper's name and date glued to a byline", () => {
    expect(
      parseBylineLine([
        "本报记者  周  明《示例日报》（2024年03月08日第 03 版）",
      ]),
    ).toEqual([{ role: "reporter", label: "本报记者", names: ["周明"] }]);
    expect(parseBylineLine(["记者 李四 《平湖日报》"])).toEqual([
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
    expect(parseBylineLine(["记者 李四（2024年3月8日）"])).toEqual([
      { role: "reporter", label: "记者", names: ["李四"] },
    ]);
  });

  it("reads a photo credit with 摄 glued to the name", () => {
    expect(parseBylineLine(["王亮摄"])).toEqual([
      { role: "photographer", label: "摄", names: ["王亮"] },
    ]);
    expect(parseBylineLine(["记者 王亮摄"])).toEqual([
      { role: "photographer", label: "记者", names: ["王亮"] },
    ]);
    expect(parseBylineLine(["（欧阳明月摄）"])).toEqual([
      { role: "photographer", label: "摄", names: ["欧阳明月"] },
    ]);
  });

  it("still rejects text in book-title marks that is not a trailing source", () => {
    expect(parseBylineLine(["记者 《平湖日报》 李四"])).toBeNull();
    expect(parseBylineLine(["《平湖日报》"])).toBeNull();
  });
});

describe("parseBylineLine: traditional characters", () => {
  it.each([
    [
      "■記者 林旭東 通訊員 王晨慧",
      [
        ["reporter", "記者", ["林旭東"]],
        ["correspondent", "通訊員", ["王晨慧"]],
      ],
    ],
    ["攝影 記者 孫曉樂", [["photographer", "攝影 記者", ["孫曉樂"]]]],
    ["（記者 李四 攝）", [["photographer", "記者", ["李四"]]]],
    [
      "責任編輯：趙六 校對：錢七",
      [
        ["editor", "責任編輯", ["趙六"]],
        ["editor", "校對", ["錢七"]],
      ],
    ],
    ["本報評論員", [["commentator", "本報評論員", []]]],
  ] as const)("reads %s with its labels as printed", (line, expected) => {
    expect(parseBylineLine([line])).toEqual(
      expected.map(([role, label, names]) => ({
        role,
        label,
        names: [...names],
      })),
    );
  });

  it("rejects a traditional sentence that starts with a label", () => {
    expect(
      parseBylineLine(["記者了解到，目前全市已有12家企業完成改造。"]),
    ).toBeNull();
  });
});

describe("parseBylineLine: words ending in 摄", () => {
  it.each(["现场拍摄", "无人机航摄"])(
    "does not read %s as a credit",
    (line) => {
      expect(parseBylineLine([line])).toBeNull();
    },
  );
});

describe("parseBylineLine: a name before 摄影", () => {
  it("reads 王亮 摄影 as the photographer", () => {
    expect(parseBylineLine(["王亮 摄影"])).toEqual([
      { role: "photographer", label: "摄影", names: ["王亮"] },
    ]);
    expect(parseBylineLine(["（王亮 攝影）"])).toEqual([
      { role: "photographer", label: "攝影", names: ["王亮"] },
    ]);
  });
});
