// Builders for OCR results in tests: only what a test cares about.
import type { OcrArticle, OcrJump, OcrPage } from "@/lib/ocr/types";

export function ocrArticle(overrides: Partial<OcrArticle> = {}): OcrArticle {
  return {
    kicker: null,
    headline: "标题",
    deck: null,
    dateline: null,
    bylines: [],
    blocks: [{ type: "paragraph", text: "正文。" }],
    jumps: [],
    rubric: null,
    key: null,
    originalText: "正文。",
    words: [],
    ...overrides,
  };
}

export function ocrPage(
  number: number,
  articles: OcrArticle[],
  overrides: Partial<OcrPage> = {},
): OcrPage {
  return { number, furniture: [], rubrics: [], articles, ...overrides };
}

export const jumpTo = (page: number): OcrJump => ({
  direction: "to",
  page,
  marker: `（下转${page}版）`,
});
export const jumpFrom = (page: number): OcrJump => ({
  direction: "from",
  page,
  marker: `（上接${page}版）`,
});
