// What the import screen shows before an editor confirms: per page, the
// articles found with their bylines and jumps, the repairs and warnings.
// Linear in the size of the document, and capped: a page can carry tens of
// thousands of repairs, so the preview counts them by kind and lists the
// first examples of each; all of them are reviewed on the correction desk
// after the import.
import { markerText } from "@/lib/jumps/jump-markers";
import type {
  OcrDocument,
  OcrRepair,
  OcrWarning,
  RepairKind,
} from "@/lib/ocr/types";

/** Repairs listed per kind in a preview; the rest are counted. */
export const PREVIEW_REPAIR_EXAMPLES = 50;
/** Warnings listed in a preview; the rest are counted. */
export const PREVIEW_WARNINGS = 200;

export interface ImportPreview {
  files: { name: string; format: string; encoding: string; size: number }[];
  pages: {
    number: number | null;
    furniture: string[];
    rubrics: string[];
    articles: {
      kicker: string | null;
      headline: string | null;
      deck: string | null;
      dateline: string | null;
      bylines: string[];
      paragraphs: number;
      subheads: number;
      jumps: string[];
      repairs: number;
    }[];
  }[];
  /** The first PREVIEW_REPAIR_EXAMPLES repairs of each kind, in document order. */
  repairs: OcrRepair[];
  /** All repairs, and all of each kind. */
  repairCount: number;
  repairCounts: Partial<Record<RepairKind, number>>;
  /** The first PREVIEW_WARNINGS warnings; warningCount counts them all. */
  warnings: OcrWarning[];
  warningCount: number;
}

/** The preview of a segmented document (ImportPreview), in one pass over its repairs. */
export function summariseDocument(doc: OcrDocument): ImportPreview {
  const perArticle = new Map<string, number>();
  const repairCounts: Partial<Record<RepairKind, number>> = {};
  const examples: OcrRepair[] = [];
  for (const r of doc.repairs) {
    const key = `${r.page}:${r.article}`;
    perArticle.set(key, (perArticle.get(key) ?? 0) + 1);
    const seen = (repairCounts[r.kind] = (repairCounts[r.kind] ?? 0) + 1);
    if (seen <= PREVIEW_REPAIR_EXAMPLES) examples.push(r);
  }
  return {
    files: doc.files.map((f) => ({
      name: f.name,
      format: f.format,
      encoding: f.encoding,
      size: f.bytes.byteLength,
    })),
    pages: doc.pages.map((page) => ({
      number: page.number,
      furniture: page.furniture,
      rubrics: page.rubrics,
      articles: page.articles.map((a, i) => {
        let paragraphs = 0;
        let subheads = 0;
        for (const b of a.blocks) {
          if (b.type === "paragraph") paragraphs++;
          else if (b.type === "subhead") subheads++;
        }
        return {
          kicker: a.kicker,
          headline: a.headline,
          deck: a.deck,
          dateline: a.dateline,
          bylines: a.bylines.map((b) => [b.label, ...b.names].join(" ")),
          paragraphs,
          subheads,
          jumps: a.jumps.map(
            (j) => j.marker || markerText(j.direction, j.page),
          ),
          repairs: perArticle.get(`${page.number}:${i + 1}`) ?? 0,
        };
      }),
    })),
    repairs: examples,
    repairCount: doc.repairs.length,
    repairCounts,
    warnings: doc.warnings.slice(0, PREVIEW_WARNINGS),
    warningCount: doc.warnings.length,
  };
}
