import { describe, expect, it } from "vitest";

import { DEFAULT_PAGE_PLAN, pagePlanSchema, readPagePlan } from "./page-plan";

describe("the default page plan", () => {
  it("is 平湖日报's four pages when the publication has none", () => {
    expect(readPagePlan(null).map((p) => `${p.number}版 ${p.name}`)).toEqual([
      "1版 要闻",
      "2版 综合",
      "3版 评论",
      "4版 副刊",
    ]);
    expect(readPagePlan({ not: "a plan" })).toEqual(DEFAULT_PAGE_PLAN);
  });

  it("reads a stored plan in page order", () => {
    const plan = [
      { number: 2, name: "经济", capacity: null },
      { number: 1, name: "要闻", capacity: 5000 },
    ];
    expect(readPagePlan(plan).map((p) => p.number)).toEqual([1, 2]);
  });

  it("refuses a plan naming a page twice, or none", () => {
    expect(pagePlanSchema.safeParse([]).success).toBe(false);
    expect(
      pagePlanSchema.safeParse([
        { number: 1, name: "要闻", capacity: null },
        { number: 1, name: "综合", capacity: null },
      ]).success,
    ).toBe(false);
  });
});
