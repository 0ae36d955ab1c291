import { describe, expect, it } from "vitest";

import { stripJumpMarkers } from "./strip-jump-markers";

describe("stripJumpMarkers", () => {
  it("lifts a 下转 marker off the end of a paragraph", () => {
    expect(
      stripJumpMarkers("发展的最终目的是什么?何苗的想法很简单,(下转2版)", 1),
    ).toEqual({
      text: "发展的最终目的是什么?何苗的想法很简单,",
      removedFromStart: 0,
      leading: null,
      trailing: { direction: "to", page: 2, marker: "(下转2版)" },
    });
  });

  it("lifts an unbracketed 下转第2版 off the end", () => {
    const result = stripJumpMarkers("又将是一个丰收年。 下转第2版", 1);
    expect(result.text).toBe("又将是一个丰收年。");
    expect(result.trailing).toEqual({
      direction: "to",
      page: 2,
      marker: "下转第2版",
    });
  });

  it("lifts a 上接 marker off the start and counts what it removed", () => {
    expect(
      stripJumpMarkers("（上接1版） 就是让群众的日子越过越好。", 2),
    ).toEqual({
      text: "就是让群众的日子越过越好。",
      removedFromStart: 7,
      leading: { direction: "from", page: 1, marker: "（上接1版）" },
      trailing: null,
    });
  });

  it("lifts 紧接 off the start and 下接 off the end, bracketed or not", () => {
    expect(
      stripJumpMarkers("（紧接1版）农民们忙着收割，（下接第3版）", 2),
    ).toMatchObject({
      text: "农民们忙着收割，",
      leading: { direction: "from", page: 1, marker: "（紧接1版）" },
      trailing: { direction: "to", page: 3, marker: "（下接第3版）" },
    });
    expect(
      stripJumpMarkers("紧接第1版 农民们忙着收割，下接第3版", 2),
    ).toMatchObject({
      text: "农民们忙着收割，",
      leading: { direction: "from", page: 1 },
      trailing: { direction: "to", page: 3 },
    });
  });

  it("does not take 紧接着 in running text for a marker", () => {
    expect(
      stripJumpMarkers("紧接着，第二批项目集中开工。", 2).leading,
    ).toBeNull();
  });

  it("does not take bare 接 or 转 inside running text for a marker", () => {
    const text = "接2版面的读者来信,我们转2版编辑处理";
    expect(stripJumpMarkers(text, 1)).toEqual({
      text,
      removedFromStart: 0,
      leading: null,
      trailing: null,
    });
  });

  it("leaves a paragraph that is nothing but a marker to parseJumpMarker", () => {
    expect(stripJumpMarkers("(下转2版)", 1).trailing).toBeNull();
  });
});

describe("stripJumpMarkers: a bare 转…版 glued to a sentence end (QA #13)", () => {
  it.each([
    ["进一步压缩审批时限。转第三版", "进一步压缩审批时限。", 3],
    ["进一步压缩审批时限。 转3版", "进一步压缩审批时限。", 3],
    ["进一步压缩审批时限。下转第2版", "进一步压缩审批时限。", 2],
    ["“大家都满意。”轉第5版", "“大家都满意。”", 5],
  ])("%s", (text, kept, page) => {
    const result = stripJumpMarkers(text, 1);
    expect(result.text).toBe(kept);
    expect(result.trailing).toMatchObject({ direction: "to", page });
  });

  it("leaves 转 inside a sentence alone", () => {
    expect(stripJumpMarkers("项目将于年底转第三版规划", 1).trailing).toBeNull();
    expect(stripJumpMarkers("企业加快转型", 1).trailing).toBeNull();
  });
});
