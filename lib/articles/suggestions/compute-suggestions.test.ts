import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { segmentTextPage } from "@/lib/ocr/segment-text-page";
import type { OcrWord } from "@/lib/ocr/types";

import { blocksToDoc } from "../article-doc";
import type { ArticleDoc } from "../tiptap-schema";
import { applySuggestion } from "./apply-suggestion";
import { computeSuggestions } from "./compute-suggestions";

const page = readFileSync(
  path.join(__dirname, "../../../fixtures/pages/pinghu-2024-01-p1.md"),
  "utf8",
);
const { page: seed } = segmentTextPage(page, { page: 1, repair: true });
const bodyOf = (headline: string) =>
  blocksToDoc(seed.articles.find((a) => a.headline === headline)!.blocks);

describe("computeSuggestions", () => {
  it("suggests on the seed page only 干劲 for 初劲, in 实干担当立潮头", () => {
    const found = seed.articles.map((a) => [
      a.headline,
      computeSuggestions(blocksToDoc(a.blocks), null, new Set()).map((s) => [
        s.kind,
        s.text,
        s.replacements,
      ]),
    ]);
    expect(found).toEqual([
      ["不断擦亮高质量外资“金名片”", []],
      ["嘉兴市政协主席陈利众来平走访政协委员", []],
      ["平湖数字乡村获省级“优秀”", []],
      ["实干担当立潮头", [["confusable", "初劲", ["干劲"]]]],
      ["勇挑大梁担使命 提质进位走前列", []],
    ]);
  });

  it("keeps a suggestion's key across saves that change other text, so a dismissal holds", () => {
    const body = bodyOf("实干担当立潮头");
    const [suggestion] = computeSuggestions(body, null, new Set());
    const edited: ArticleDoc = {
      ...body,
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "编者按：本文为系列评论之三。" }],
        },
        ...body.content,
      ],
    };
    const [again] = computeSuggestions(edited, null, new Set());
    expect(again).toMatchObject({
      key: suggestion!.key,
      block: suggestion!.block + 1,
      offset: suggestion!.offset,
    });
    expect(
      computeSuggestions(edited, null, new Set([suggestion!.key])),
    ).toEqual([]);
  });

  it("drops the suggestion once it is accepted", () => {
    const body = bodyOf("实干担当立潮头");
    const [suggestion] = computeSuggestions(body, null, new Set());
    const accepted = applySuggestion(body, suggestion!, "干劲")!;
    expect(computeSuggestions(accepted, null, new Set())).toEqual([]);
  });

  it("puts every kind together in text order", () => {
    const body = blocksToDoc([
      { type: "paragraph", text: "他们己经完成了任务，越来越多的优质外资" },
      { type: "paragraph", text: "选择落户平湖、投资平湖。" },
    ]);
    const words: OcrWord[] = [
      { block: 0, offset: 2, text: "己经", wc: 0.35, cc: null },
      { block: 1, offset: 0, text: "选择", wc: 0.5, cc: null },
    ];
    expect(
      computeSuggestions(body, words, new Set()).map((s) => [
        s.kind,
        s.block,
        s.offset,
        s.text,
      ]),
    ).toEqual([
      ["confusable", 0, 2, "己经"],
      ["low-confidence", 0, 2, "己经"],
      ["mid-sentence-break", 0, 19, ""],
      ["low-confidence", 1, 0, "选择"],
    ]);
  });
});

describe("computeSuggestions on ALTO pages", () => {
  const read = (name: string) => {
    const doc = readOcrFiles(
      [
        {
          name,
          bytes: readFileSync(path.join(__dirname, "../../../fixtures", name)),
        },
      ],
      { page: 1, repair: true },
    );
    const article = doc.pages[0]!.articles[0]!;
    return { body: blocksToDoc(article.blocks), words: article.words };
  };

  it("flags the words the OCR was unsure of", () => {
    const { body, words } = read("alto/alto-v1-docworks.xml");
    expect(
      computeSuggestions(body, words, new Set()).map((s) => [
        s.kind,
        s.text,
        s.confidence,
      ]),
    ).toEqual([["low-confidence", "wichtigen", 0.42]]);
  });

  it("offers the other reading of a word joined across a line-end hyphen", () => {
    const { body, words } = read("reported/duplicate-hyphen-part.alto.xml");
    expect(
      computeSuggestions(body, words, new Set()).map((s) => [
        s.kind,
        s.text,
        s.replacements,
      ]),
    ).toEqual([["hyphenation", "Germantown", ["Germaneown"]]]);
  });
});
