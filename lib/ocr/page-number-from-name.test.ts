import { describe, expect, it } from "vitest";

import { pageNumberFromName } from "./page-number-from-name";

describe("pageNumberFromName", () => {
  it.each([
    ["p01.md", 1],
    ["P3.txt", 3],
    ["page-3.xml", 3],
    ["page_12.xml", 12],
    ["pg7.md", 7],
    ["01版.txt", 1],
    ["第3版.md", 3],
    ["A02.xml", 2],
    ["b3", 3],
    ["pinghu-2024-01-p1.md", 1],
    ["0003.xml", 3],
    ["7", 7],
    ["alto/0002.xml", 2],
    ["pinghu_20240105_0003.xml", 3],
    ["03版", 3],
  ])("%s → page %i", (name, page) => {
    expect(pageNumberFromName(name)).toBe(page);
  });

  it.each(["pinghu.md", "mets.xml", "pinghu-2024-01-05.md", "issue.zip", "sp3.txt", "p0.md", "notes.txt"])("%s says no page", (name) => {
    expect(pageNumberFromName(name)).toBeNull();
  });
});
