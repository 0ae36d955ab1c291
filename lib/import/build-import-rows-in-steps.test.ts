import { describe, expect, it } from "vitest";

import type { OcrRepair } from "@/lib/ocr/types";
import { ocrArticle, ocrPage } from "@/lib/testing/ocr-factories";

import { buildImportRowsInSteps } from "./build-import-rows-in-steps";
import { groupArticleParts } from "./group-article-parts";

describe("buildImportRowsInSteps", () => {
  it("collects far more repairs than a call may take arguments (issue 14: a spread into push overflowed the stack)", async () => {
    const pages = [
      ocrPage(1, [
        ocrArticle({
          headline: "标题",
          blocks: [{ type: "paragraph", text: "平，湖。" }],
        }),
      ]),
    ];
    const repair: OcrRepair = {
      page: 1,
      article: 1,
      block: 0,
      kind: "punctuation",
      original: ",",
      replacement: "，",
    };
    const repairs = Array.from({ length: 300_000 }, () => repair);
    const rows = await buildImportRowsInSteps(groupArticleParts(pages).groups, {
      issueId: "issue",
      authorId: null,
      pages: [{ id: "page-1", number: 1, file: "p1.md", replaced: false }],
      sourceIds: new Map([["p1.md", "source"]]),
      contributorIds: new Map(),
      repairs,
    });
    expect(rows.repairs).toHaveLength(300_000);
    expect(rows.repairs[299_999]).toMatchObject({
      kind: "PUNCTUATION",
      original: ",",
      replacement: "，",
      blockIndex: 0,
    });
  });
});
