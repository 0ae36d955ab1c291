import { describe, expect, it } from "vitest";

import { maxOf, minOf } from "./extremes";

describe("minOf / maxOf", () => {
  it("give Math.min/max's answers, empty lists included", () => {
    expect([minOf([3, -1, 2]), maxOf([3, -1, 2])]).toEqual([-1, 3]);
    expect([minOf([]), maxOf([])]).toEqual([Infinity, -Infinity]);
  });

  it("take a list far longer than a call's arguments may be", () => {
    const values = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect([minOf(values), maxOf(values)]).toEqual([0, 499_999]);
  });
});
