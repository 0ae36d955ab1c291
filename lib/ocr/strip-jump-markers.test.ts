import { describe, expect, it } from "vitest";

import { stripJumpMarkers } from "./strip-jump-markers";

describe("stripJumpMarkers", () => {
  it("lifts a 下转 marker off the end of a paragraph", () => {
    expect(stripJumpMarkers("发展的最终目的是什么?何苗的想法很简单,(下转2版)", 1)).toEqual({
      text: "发展的最终目的是什么?何苗的想法很简单,",
      removedFromStart: 0,
      leading: null,
      trailing: { direction: "to", page: 2, marker: "(下转2版)" },
    });
  });

  it("lifts an unbracketed 下转第2版 off the end", () => {
    const result = stripJumpMarkers("又将是一个丰收年。 下转第2版", 1);
    expect(result.text).toBe("又将是一个丰收年。");
    expect(result.trailing).toEqual({ direction: "to", page: 2, marker: "下转第2版" });
  });

  it("lifts a 上接 marker off the start and counts what it removed", () => {
    expect(stripJumpMarkers("（上接1版） 就是让群众的日子越过越好。", 2)).toEqual({
      text: "就是让群众的日子越过越好。",
      removedFromStart: 7,
      leading: { direction: "from", page: 1, marker: "（上接1版）" },
      trailing: null,
    });
  });

  it("does not take bare 接 or 转 inside running text for a marker", () => {
    const text = "接2版面的读者来信,我们转2版编辑处理";
    expect(stripJumpMarkers(text, 1)).toEqual({ text, removedFromStart: 0, leading: null, trailing: null });
  });

  it("leaves a paragraph that is nothing but a marker to parseJumpMarker", () => {
    expect(stripJumpMarkers("(下转2版)", 1).trailing).toBeNull();
  });
});
