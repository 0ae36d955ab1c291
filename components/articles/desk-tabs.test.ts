import { describe, expect, it } from "vitest";

import { initialDeskTab, tabKeyTarget } from "./desk-tabs";

describe("tabKeyTarget (WAI-ARIA tabs keys)", () => {
  it("moves with the arrows, wrapping at both ends", () => {
    expect(tabKeyTarget("ArrowRight", 0, 4)).toBe(1);
    expect(tabKeyTarget("ArrowRight", 3, 4)).toBe(0);
    expect(tabKeyTarget("ArrowLeft", 0, 4)).toBe(3);
    expect(tabKeyTarget("ArrowLeft", 2, 4)).toBe(1);
  });
  it("goes to the first and last tab with Home and End, and ignores other keys", () => {
    expect(tabKeyTarget("Home", 2, 4)).toBe(0);
    expect(tabKeyTarget("End", 1, 4)).toBe(3);
    expect(tabKeyTarget("Enter", 1, 4)).toBeNull();
    expect(tabKeyTarget("ArrowDown", 1, 4)).toBeNull();
  });
});

describe("initialDeskTab", () => {
  it("opens on the suggestions when there are any, else on the original beside the text", () => {
    expect(initialDeskTab(3)).toBe("suggestions");
    expect(initialDeskTab(1)).toBe("suggestions");
    expect(initialDeskTab(0)).toBe("original");
  });
});
