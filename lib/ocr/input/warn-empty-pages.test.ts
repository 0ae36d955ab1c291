import { describe, expect, it } from "vitest";

import type { OcrPage, OcrWarning } from "../types";
import { NO_ARTICLE_WARNING, warnEmptyPages } from "./warn-empty-pages";

const page = (over: Partial<OcrPage>): OcrPage => ({
  number: 2,
  file: "0002.xml",
  furniture: [],
  rubrics: [],
  articles: [],
  ...over,
});

describe("warnEmptyPages", () => {
  it("warns about a page with text but no article", () => {
    const warnings: OcrWarning[] = [];
    warnEmptyPages(
      [
        page({
          furniture: [
            "平湖日报 2024年1月3日 第2版",
            "图为钟埭街道新开工项目现场",
          ],
        }),
      ],
      warnings,
    );
    expect(warnings).toEqual([
      { file: "0002.xml", page: 2, message: NO_ARTICLE_WARNING },
    ]);
  });

  it("says it once when the page's reader has said it already, and not for a page without text", () => {
    const warnings: OcrWarning[] = [
      { file: "p02.txt", page: 2, message: NO_ARTICLE_WARNING },
    ];
    warnEmptyPages(
      [
        page({ file: "p02.txt", furniture: ["平湖发布"] }),
        page({ number: 3, file: "blank.xml" }),
      ],
      warnings,
    );
    expect(warnings).toHaveLength(1);
  });
});
