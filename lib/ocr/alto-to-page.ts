// One ALTO page without METS: nothing says where articles begin, so margin
// blocks become page furniture and the rest unsegmented articles (see
// alto-loose-articles) for editors to split.
import { looseArticles } from "./alto-loose-articles";
import type { AltoPage } from "./alto-page";
import type { OcrPage, OcrRepair } from "./types";

const NO_METS_WARNING = "no METS: blocks imported as unsegmented articles";

export function altoToPage(
  alto: AltoPage,
  options: { page: number | null; repair: boolean },
): { page: OcrPage; repairs: OcrRepair[]; warnings: string[] } {
  const loose = looseArticles(alto, { ...options, firstIndex: 1, only: null });
  const warnings = [...alto.warnings, ...loose.warnings];
  if (loose.articles.length === 0) warnings.push("no text found on this page");
  else warnings.push(NO_METS_WARNING);
  return {
    page: {
      number: options.page,
      file: alto.file,
      furniture: furniture(alto, (b) => alto.blocks[b]!.margin),
      rubrics: [],
      articles: loose.articles,
    },
    repairs: loose.repairs,
    warnings,
  };
}

/** Text of the chosen blocks, one string per block, in document order. */
export function furniture(alto: AltoPage, pick: (block: number) => boolean): string[] {
  const out: string[] = [];
  alto.blocks.forEach((block, b) => {
    if (!pick(b)) return;
    const text = block.lines.filter((l) => l.trim() !== "").join(" ");
    if (text !== "") out.push(text);
  });
  return out;
}
