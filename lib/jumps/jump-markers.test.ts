import { describe, expect, it } from "vitest";

import {
  jumpMarkers,
  markerAgrees,
  markerIn,
  markerOut,
  markerPage,
  markerText,
} from "./jump-markers";

describe("jump markers", () => {
  it("prints full-width brackets and the page the other part is on", () => {
    expect(markerOut(2)).toBe("（下转2版）");
    expect(markerIn(1)).toBe("（上接1版）");
    expect(markerOut(12)).toBe("（下转12版）");
    expect(jumpMarkers(1, 3)).toEqual({
      out: "（下转3版）",
      in: "（上接1版）",
    });
  });

  it("reads the page of a printed marker in the forms the importer accepts", () => {
    expect(markerPage("(下转2版)")).toBe(2);
    expect(markerPage("（上接1版）")).toBe(1);
    expect(markerPage("下转第二版")).toBe(2);
    expect(markerPage("（下轉12版）")).toBe(12);
    expect(markerPage("接上版")).toBeNull();
    expect(markerPage("")).toBeNull();
    expect(markerPage(null)).toBeNull();
    expect(markerPage("本报讯")).toBeNull();
  });

  it("round-trips: a generated marker reads back as its page", () => {
    for (const n of [1, 2, 9, 10, 16, 99]) {
      expect(markerPage(markerOut(n))).toBe(n);
      expect(markerPage(markerIn(n))).toBe(n);
    }
  });

  it("words a marker without brackets, for a jump METS implies but nothing printed", () => {
    expect(markerText("to", 2)).toBe("下转2版");
    expect(markerText("from", 12)).toBe("上接12版");
  });

  it("agrees with a link when it names the link's page or none", () => {
    expect(markerAgrees("（下转3版）", 3)).toBe(true);
    expect(markerAgrees("下转第三版", 3)).toBe(true);
    expect(markerAgrees("（下转3版）", 4)).toBe(false);
    expect(markerAgrees("接上版", 4)).toBe(true);
    expect(markerAgrees("", 4)).toBe(true);
    expect(markerAgrees(null, 4)).toBe(true);
  });
});
