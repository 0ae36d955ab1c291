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
    // Names vendors and newsrooms really use (issue "The importer on real-world pages", section 2).
    ["03-综合_标题.md", 3],
    ["A03.md", 3],
    ["第03版.txt", 3],
    ["第 03 版.txt", 3],
    ["2024-03-08_03版.md", 3],
    ["page-03.md", 3],
    ["DDD_010179815_001_alto.xml", 1],
    ["DDD_010179815_012_ocr.txt", 12],
    ["issue/ALTO/DDD_010179815_002.xml", 2],
    ["pinghu_20240308_A03.md", 3],
    ["12_要闻.txt", 12],
    ["3 要闻.md", 3],
  ])("%s → page %i", (name, page) => {
    expect(pageNumberFromName(name)).toBe(page);
  });

  it.each([
    "pinghu.md",
    "mets.xml",
    "pinghu-2024-01-05.md",
    "issue.zip",
    "sp3.txt",
    "p0.md",
    "notes.txt",
    "2024-03-08.md",
    "20240308.md",
    "2024-03-08_综合.md",
    "DDD_010179815_alto.xml",
  ])("%s says no page", (name) => {
    expect(pageNumberFromName(name)).toBeNull();
  });
});
