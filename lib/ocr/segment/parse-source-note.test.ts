import { describe, expect, it } from "vitest";

import { parseSourceNote } from "./parse-source-note";

describe("parseSourceNote", () => {
  it.each([
    "（综合整理）",
    "（本报综合）",
    "(据新华社)",
    "（来源：人民网）",
    "（县融媒体中心供稿）",
    "（綜合整理）",
  ])("%s is a source note", (line) => {
    const inner = line.slice(1, -1);
    expect(parseSourceNote([line])).toEqual([
      { role: "other", label: inner, names: [] },
    ]);
  });

  it.each([
    "（上接1版）",
    "（完）",
    "综合整理",
    "（据统计，全县共有三百家）",
    "（图片由受访者提供，下同。）",
  ])("%s is not", (line) => {
    expect(parseSourceNote([line])).toBeNull();
  });
});
