import { describe, expect, it } from "vitest";

import {
  jumpFrom,
  jumpTo,
  ocrArticle,
  ocrPage,
} from "@/lib/testing/ocr-factories";

import { buildImportRows } from "./build-import-rows";
import { groupArticleParts } from "./group-article-parts";
import { recordPartStarts } from "./record-part-starts";

function rowsFor(pages: ReturnType<typeof ocrPage>[]) {
  const { groups } = groupArticleParts(pages);
  const rows = buildImportRows(groups, {
    issueId: "i",
    authorId: null,
    pages: pages.map((p) => ({
      id: `page-${p.number}`,
      number: p.number!,
      file: null,
      replaced: false,
    })),
    sourceIds: new Map(),
    contributorIds: new Map(),
    repairs: [],
  });
  recordPartStarts(rows);
  return rows;
}

const para = (text: string) => ({ type: "paragraph" as const, text });

describe("where the parts of an imported jumped article start", () => {
  it("starts a continuation at its first paragraph when the jump fell between sentences", () => {
    const rows = rowsFor([
      ocrPage(1, [
        ocrArticle({
          headline: "跨版稿",
          jumps: [jumpTo(2)],
          blocks: [para("甲。"), para("乙。")],
        }),
      ]),
      ocrPage(2, [
        ocrArticle({
          headline: "跨版稿",
          jumps: [jumpFrom(1), jumpTo(3)],
          blocks: [para("丙。"), para("丁。")],
        }),
      ]),
      ocrPage(3, [
        ocrArticle({
          headline: "跨版稿",
          jumps: [jumpFrom(2)],
          blocks: [para("戊。")],
        }),
      ]),
    ]);
    expect(
      rows.placements.map((p) => [
        p.part,
        p.startBlock ?? 0,
        p.startAnchor ?? null,
      ]),
    ).toEqual([
      [1, 0, null],
      [2, 2, "丙。"],
      [3, 4, "戊。"],
    ]);
  });

  it("starts it at its second paragraph when its first was joined to the page before", () => {
    const rows = rowsFor([
      ocrPage(1, [
        ocrArticle({
          headline: "跨版稿",
          jumps: [jumpTo(2)],
          blocks: [para("甲。"), para("何苗的想法很简单，")],
        }),
      ]),
      ocrPage(2, [
        ocrArticle({
          headline: "跨版稿",
          jumps: [jumpFrom(1)],
          blocks: [
            para("就是让群众的日子越过越好。"),
            para("以党建引领凝聚发展合力"),
          ],
        }),
      ]),
    ]);
    expect(
      rows.placements.map((p) => [
        p.part,
        p.startBlock ?? 0,
        p.startAnchor ?? null,
      ]),
    ).toEqual([
      [1, 0, null],
      [2, 2, "以党建引领凝聚发展合力"],
    ]);
  });

  it("leaves single-part articles alone", () => {
    const rows = rowsFor([
      ocrPage(1, [ocrArticle(), ocrArticle({ headline: "另一篇" })]),
    ]);
    expect(rows.placements.every((p) => p.startBlock === undefined)).toBe(true);
  });
});
