// One ALTO page without METS: nothing says where articles begin, so page
// furniture (margins, folios, running heads, masthead) is set aside and the
// rest becomes articles split at the headings the layout shows (see
// alto-loose-articles), for editors to check.
import type { OcrPage, OcrRepair } from "../types";
import { looseArticles } from "./alto-loose-articles";
import type { AltoPage } from "./alto-page";
import { pageFurniture } from "./alto-page-furniture";

const NO_METS_WARNING =
  "no METS: articles split where the layout shows headings";

/**
 * An ALTO page read without METS as one OcrPage numbered `options.page`:
 * its furniture, and its text blocks as articles in reading order (see
 * altoReadingOrder), a new one at each heading. Repairs are made when
 * `options.repair`; `warnings` are plain sentences for the file.
 */
export function altoToPage(
  alto: AltoPage,
  options: { page: number | null; repair: boolean },
): { page: OcrPage; repairs: OcrRepair[]; warnings: string[] } {
  const furnitureBlocks = pageFurniture(alto);
  const text = new Set(
    alto.blocks.map((_, b) => b).filter((b) => !furnitureBlocks.has(b)),
  );
  const loose = looseArticles(alto, { ...options, firstIndex: 1, only: text });
  const warnings = [...alto.warnings, ...loose.warnings];
  if (loose.articles.length === 0) warnings.push("no text found on this page");
  else warnings.push(NO_METS_WARNING);
  return {
    page: {
      number: options.page,
      file: alto.file,
      furniture: furniture(alto, (b) => furnitureBlocks.has(b)),
      rubrics: [],
      articles: loose.articles,
    },
    repairs: loose.repairs,
    warnings,
  };
}

/** Text of the chosen blocks, one string per block, in document order. */
export function furniture(
  alto: AltoPage,
  pick: (block: number) => boolean,
): string[] {
  const out: string[] = [];
  alto.blocks.forEach((block, b) => {
    if (!pick(b)) return;
    const text = block.lines.filter((l) => l.trim() !== "").join(" ");
    if (text !== "") out.push(text);
  });
  return out;
}
