import { describe, expect, it } from "vitest";

import { ValidationError } from "@/lib/errors";

import { planRenumbering } from "./plan-renumbering";

const pages = (...numbers: number[]) =>
  numbers.map((n) => ({ id: `p${n}`, number: n }));
const plan = (...args: Parameters<typeof planRenumbering>) =>
  Object.fromEntries(planRenumbering(...args));

describe("renumbering a page", () => {
  it("takes a free number and changes nothing else", () => {
    expect(plan(pages(1, 2, 4), "p2", 3)).toEqual({ 2: 3 });
    expect(plan(pages(1, 2), "p2", 8)).toEqual({ 2: 8 });
  });

  it("swaps with the next page when moved one on: 2版 → 3版 makes 3版 the new 2版", () => {
    expect(plan(pages(1, 2, 3, 4), "p2", 3)).toEqual({ 2: 3, 3: 2 });
  });

  it("moves the pages in between one step towards the gap", () => {
    expect(plan(pages(1, 2, 3, 4), "p4", 1)).toEqual({
      4: 1,
      1: 2,
      2: 3,
      3: 4,
    });
    expect(plan(pages(1, 2, 3, 4), "p1", 3)).toEqual({ 1: 3, 2: 1, 3: 2 });
  });

  it("leaves gaps in the plan where they were", () => {
    expect(plan(pages(1, 2, 3, 5), "p1", 5)).toEqual({
      1: 5,
      2: 1,
      3: 2,
      5: 4,
    });
  });

  it("gives every page a distinct number afterwards", () => {
    const before = pages(1, 2, 3, 4, 6, 7);
    for (const p of before) {
      for (let to = 1; to <= 8; to++) {
        const changes = planRenumbering(before, p.id, to);
        const after = before.map((x) => changes.get(x.number) ?? x.number);
        expect(new Set(after).size).toBe(before.length);
        expect(after[before.indexOf(p)]).toBe(to);
      }
    }
  });

  it("changes nothing for the page's own number and refuses numbers out of range", () => {
    expect(plan(pages(1, 2), "p2", 2)).toEqual({});
    expect(() => planRenumbering(pages(1, 2), "p2", 0)).toThrow(
      ValidationError,
    );
    expect(() => planRenumbering(pages(1, 2), "p2", 1.5)).toThrow(
      ValidationError,
    );
    expect(() => planRenumbering(pages(1, 2), "p9", 3)).toThrow(
      /not in the issue/,
    );
  });
});
