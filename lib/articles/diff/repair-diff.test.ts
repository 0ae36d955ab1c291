import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import {
  editorialSummary,
  type ReplayableRepair,
  replayRepairs,
  splitDiff,
} from "./repair-diff";

const repair = (
  kind: ReplayableRepair["kind"],
  original: string,
  replacement: string,
  blockIndex = 0,
): ReplayableRepair => ({
  kind,
  field: null,
  blockIndex,
  original,
  replacement,
  status: "PENDING",
});

/** The demo front page as the importer reads it: per article, OCR text, repaired text and repairs. */
function demoArticles() {
  const file = path.resolve("fixtures", "pages", "pinghu-2024-01-p1.md");
  const doc = readOcrFiles(
    [{ name: "pinghu-2024-01-p1.md", bytes: readFileSync(file) }],
    { page: 1, repair: true },
  );
  return doc.pages[0]!.articles.map((a, i) => ({
    original: a.originalText,
    repaired: a.blocks.map((b) => b.text).join("\n\n"),
    repairs: doc.repairs
      .filter((r) => r.article === i + 1 && r.field === undefined)
      .map((r) =>
        repair(
          r.kind.toUpperCase().replace("-", "_") as ReplayableRepair["kind"],
          r.original,
          r.replacement,
          r.block,
        ),
      ),
  }));
}

describe("replayRepairs", () => {
  it("rebuilds exactly the imported text of every demo article from its OCR text and stored repairs", () => {
    const articles = demoArticles();
    expect(articles.length).toBeGreaterThan(3);
    for (const a of articles) {
      expect(a.repairs.length).toBeGreaterThan(10);
      const replayed = replayRepairs(a.original, a.repairs);
      expect(replayed.text).toBe(a.repaired);
      expect(replayed.applied).toBe(a.repairs.length);
    }
  });

  it("replays overlapping quotes in turn and leaves rejected and header repairs out", () => {
    const repairs = [
      repair("WHITESPACE", "外资集 聚地，", "外资集聚地，"),
      repair("WHITESPACE", "聚地， 外资经", "聚地，外资经"),
      {
        ...repair("PUNCTUATION", "经济,发", "经济，发"),
        status: "REJECTED" as const,
      },
      { ...repair("PUNCTUATION", "标题,", "标题，"), field: "HEADLINE" },
    ];
    expect(replayRepairs("外资集 聚地， 外资经济,发展", repairs)).toEqual({
      text: "外资集聚地，外资经济,发展",
      applied: 2,
    });
  });

  it("takes twin quotes at successive occurrences and skips a quote that is not there", () => {
    const repairs = [
      repair("PUNCTUATION", "好,好", "好，好"),
      repair("PUNCTUATION", "好,好", "好，好"),
      repair("PUNCTUATION", "无,此", "无，此"),
    ];
    expect(replayRepairs("好,好。好,好", repairs)).toEqual({
      text: "好，好。好，好",
      applied: 2,
    });
  });
});

describe("splitDiff", () => {
  it("shows one real fix on a demo article as one character, with the repairs counted apart", () => {
    const a = demoArticles().find((x) => x.repaired.includes("初劲"))!;
    const current = a.repaired.replace("初劲", "干劲");
    const split = splitDiff(a.original, current, a.repairs);
    expect(editorialSummary(split.editorial)).toEqual({
      inserted: 1,
      deleted: 1,
    });
    expect(split.editorial.filter(([op]) => op !== 0)).toEqual([
      [-1, "初"],
      [1, "干"],
    ]);
    expect(split.repairCount).toBe(a.repairs.length);
    // The repairs layer is the importer's work alone.
    expect(
      split.repairs
        .filter(([op]) => op === 1)
        .map(([, t]) => t)
        .join(""),
    ).not.toContain("干");
  });

  it("counts an editor's change to a repaired character as editorial, and an undone repair as none", () => {
    const repairs = [
      repair("PUNCTUATION", "现实?大道", "现实？大道"),
      repair("PUNCTUATION", "至简,行", "至简，行"),
    ];
    const original = "变成现实?大道至简,行胜于言";
    // The first repair was undone (its characters are back) and marked REJECTED; the second comma became a full stop.
    const rejected = [
      { ...repairs[0]!, status: "REJECTED" as const },
      repairs[1]!,
    ];
    const split = splitDiff(original, "变成现实?大道至简。行胜于言", rejected);
    expect(split.repairCount).toBe(1);
    expect(split.editorial.filter(([op]) => op !== 0)).toEqual([
      [-1, "，"],
      [1, "。"],
    ]);
  });
});

describe("editorialSummary", () => {
  it("counts printed characters only: a paragraph split or a space counts nothing", () => {
    expect(
      editorialSummary([
        [0, "甲"],
        [1, "\n\n"],
        [-1, " "],
        [1, "乙，"],
        [-1, "𠮷"],
      ]),
    ).toEqual({ inserted: 2, deleted: 1 });
  });
});
