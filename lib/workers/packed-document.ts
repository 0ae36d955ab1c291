// An OcrDocument as it crosses from the worker thread to the event loop.
// Structured clone would rebuild every page's words and blocks in one go on
// the receiving side (a second for a large ALTO issue, the server frozen
// meanwhile); as JSON text per page it crosses as plain strings, and the
// event loop parses one page at a time, with a turn for other requests
// between pages.
import { setImmediate as nextTurn } from "node:timers/promises";

import type { OcrDocument, OcrFile, OcrPage, OcrRepair, OcrWarning } from "@/lib/ocr/types";

export interface PackedDocument {
  files: OcrFile[];
  warnings: OcrWarning[];
  /** One JSON text per page. */
  pages: string[];
  /** JSON texts of up to REPAIRS_PER_PACK repairs each, in order. */
  repairs: string[];
}

const REPAIRS_PER_PACK = 5_000;

/** The document as PackedDocument (in the worker). */
export function packDocument(document: OcrDocument): PackedDocument {
  const repairs: string[] = [];
  for (let i = 0; i < document.repairs.length; i += REPAIRS_PER_PACK) {
    repairs.push(JSON.stringify(document.repairs.slice(i, i + REPAIRS_PER_PACK)));
  }
  return { files: document.files, warnings: document.warnings, pages: document.pages.map((p) => JSON.stringify(p)), repairs };
}

/** The document again (on the event loop), parsed a page at a time with a turn between pages. */
export async function unpackDocument(packed: PackedDocument): Promise<OcrDocument> {
  const pages: OcrPage[] = [];
  for (const page of packed.pages) {
    pages.push(JSON.parse(page) as OcrPage);
    await nextTurn();
  }
  const repairs: OcrRepair[] = [];
  for (const pack of packed.repairs) {
    for (const r of JSON.parse(pack) as OcrRepair[]) repairs.push(r);
    await nextTurn();
  }
  return { files: packed.files, warnings: packed.warnings, pages, repairs };
}
