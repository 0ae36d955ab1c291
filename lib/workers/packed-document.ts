// An OcrDocument as it crosses from the worker thread to the event loop.
// Structured clone would rebuild every page's words and blocks in one go on
// the receiving side (a second for a large ALTO issue, the server frozen
// meanwhile); as JSON text per article it crosses as plain strings, and the
// event loop parses a few at a time, with a turn for other requests between.
import { setImmediate as nextTurn } from "node:timers/promises";

import type {
  OcrArticle,
  OcrDocument,
  OcrFile,
  OcrPage,
  OcrRepair,
  OcrWarning,
} from "@/lib/ocr/types";

export interface PackedDocument {
  files: OcrFile[];
  warnings: OcrWarning[];
  /** Each page without its articles, and its articles as one JSON text each. */
  pages: { page: Omit<OcrPage, "articles">; articles: string[] }[];
  /** JSON texts of up to REPAIRS_PER_PACK repairs each, in order. */
  repairs: string[];
}

const REPAIRS_PER_PACK = 5_000;
/** Characters of JSON parsed between turns of the event loop: some milliseconds' worth. */
const PARSE_PER_TURN = 256 * 1024;

/** The document as PackedDocument (in the worker). */
export function packDocument(document: OcrDocument): PackedDocument {
  const repairs: string[] = [];
  for (let i = 0; i < document.repairs.length; i += REPAIRS_PER_PACK) {
    repairs.push(
      JSON.stringify(document.repairs.slice(i, i + REPAIRS_PER_PACK)),
    );
  }
  return {
    files: document.files,
    warnings: document.warnings,
    pages: document.pages.map(({ articles, ...page }) => ({
      page,
      articles: articles.map((a) => JSON.stringify(a)),
    })),
    repairs,
  };
}

/** The document again (on the event loop), parsed about PARSE_PER_TURN characters at a time. */
export async function unpackDocument(
  packed: PackedDocument,
): Promise<OcrDocument> {
  let parsed = 0;
  const parse = async <T>(json: string): Promise<T> => {
    if (parsed > PARSE_PER_TURN) {
      await nextTurn();
      parsed = 0;
    }
    parsed += json.length;
    return JSON.parse(json) as T;
  };
  const pages: OcrPage[] = [];
  for (const { page, articles } of packed.pages) {
    const parsedArticles: OcrArticle[] = [];
    for (const article of articles)
      parsedArticles.push(await parse<OcrArticle>(article));
    pages.push({ ...page, articles: parsedArticles });
  }
  const repairs: OcrRepair[] = [];
  for (const pack of packed.repairs)
    for (const r of await parse<OcrRepair[]>(pack)) repairs.push(r);
  return { files: packed.files, warnings: packed.warnings, pages, repairs };
}
