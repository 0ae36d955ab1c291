// An import that finds no article on a page that has text must say so on the
// preview, never pass as a success: whatever read the page (text, ALTO,
// METS), a page with furniture or rubrics but no article gets a warning.

import type { OcrPage, OcrWarning } from "../types";

export const NO_ARTICLE_WARNING = "no article found on the page";

/**
 * Adds `NO_ARTICLE_WARNING` to `warnings` for each page that has text (page
 * furniture or rubrics) but no article, unless the page's own reader already
 * said so. Pages without any text are left to their reader ("no text found").
 */
export function warnEmptyPages(
  pages: readonly OcrPage[],
  warnings: OcrWarning[],
): void {
  for (const page of pages) {
    if (
      page.articles.length > 0 ||
      page.furniture.length + page.rubrics.length === 0
    )
      continue;
    const file = page.file ?? null;
    const said = warnings.some(
      (w) =>
        w.page === page.number &&
        w.file === file &&
        w.message.startsWith("no article"),
    );
    if (!said)
      warnings.push({ file, page: page.number, message: NO_ARTICLE_WARNING });
  }
}
