import { describe, expect, it } from "vitest";

import { hasJump, jumpOf } from "./article-jumps";

const jumps = [
  { direction: "from" as const, page: 1, marker: "（上接1版）" },
  { direction: "to" as const, page: 3, marker: "（下转3版）" },
  { direction: "to" as const, page: 4, marker: "（下转4版）" },
];

describe("jumpOf", () => {
  it("takes the first marker of a direction", () => {
    expect(jumpOf(jumps, "to")?.marker).toBe("（下转3版）");
    expect(jumpOf(jumps, "from")?.page).toBe(1);
  });

  it("is undefined for an article without one", () => {
    expect(jumpOf(jumps.slice(0, 1), "to")).toBeUndefined();
    expect(jumpOf([], "from")).toBeUndefined();
  });
});

describe("hasJump", () => {
  it("finds a marker by direction and page", () => {
    expect(hasJump(jumps, "to", 4)).toBe(true);
    expect(hasJump(jumps, "from", 1)).toBe(true);
  });

  it("does not confuse directions or pages", () => {
    expect(hasJump(jumps, "from", 3)).toBe(false);
    expect(hasJump(jumps, "to", 2)).toBe(false);
  });
});
