import { describe, expect, it } from "vitest";

import { parseJumpMarker } from "./parse-jump-marker";

describe("parseJumpMarker", () => {
  it.each([
    ["(下转2版)", "to", 2],
    ["（下转2版）", "to", 2],
    ["（上接1版）", "from", 1],
    ["(上接1版)", "from", 1],
    ["下转第2版", "to", 2],
    ["上接第1版", "from", 1],
    ["转2版", "to", 2],
    ["（转第3版）", "to", 3],
    ["（接第4版）", "from", 4],
    ["下转二版", "to", 2],
    ["（下转第十二版）", "to", 12],
    ["（上接第二十一版）", "from", 21],
    ["（下转２版）", "to", 2],
    ["【下转3版】", "to", 3],
    ["( 下转 2 版 )", "to", 2],
    ["（下接第3版）", "to", 3],
    ["（下接3版）", "to", 3],
    ["（紧接第1版）", "from", 1],
    ["（紧接1版）", "from", 1],
  ] as const)("reads %s", (marker, direction, page) => {
    expect(parseJumpMarker(marker, 5)).toEqual({ direction, page, marker });
  });

  it("keeps the marker exactly as printed, surrounding spaces aside", () => {
    expect(parseJumpMarker("  (下转2版)  ", 1)?.marker).toBe("(下转2版)");
  });

  it("resolves 接上版 and 转下版 against the current page", () => {
    expect(parseJumpMarker("（接上版）", 3)).toEqual({
      direction: "from",
      page: 2,
      marker: "（接上版）",
    });
    expect(parseJumpMarker("（转下版）", 3)).toEqual({
      direction: "to",
      page: 4,
      marker: "（转下版）",
    });
  });

  it("leaves the page unknown for 接上版 when the current page is unknown", () => {
    expect(parseJumpMarker("（接上版）", null)).toEqual({
      direction: "from",
      page: null,
      marker: "（接上版）",
    });
  });

  it.each([
    "下转",
    "（钟埭街道）",
    "转型升级版",
    "何苗的想法很简单，(下转2版)",
    "版面2版",
    "(下转版)",
  ])("rejects %s", (text) => {
    expect(parseJumpMarker(text, 1)).toBeNull();
  });
});

describe("parseJumpMarker: traditional characters", () => {
  it.each([
    ["（下轉2版）", "to", 2],
    ["（上接1版）", "from", 1],
    ["（緊接第3版）", "from", 3],
    ["下轉第二版", "to", 2],
  ] as const)("reads %s", (marker, direction, page) => {
    expect(parseJumpMarker(marker, 1)).toEqual({ direction, page, marker });
  });
});
