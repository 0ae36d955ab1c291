// What the import screen shows before an editor confirms: per page, the
// articles found with their bylines and jumps, the repairs and warnings.
import type { OcrDocument, OcrRepair, OcrWarning } from "@/lib/ocr/types";

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
  repairs: OcrRepair[];
  warnings: OcrWarning[];
}

export function summariseDocument(doc: OcrDocument): ImportPreview {
  return {
    files: doc.files.map((f) => ({ name: f.name, format: f.format, encoding: f.encoding, size: f.bytes.byteLength })),
    pages: doc.pages.map((page) => ({
      number: page.number,
      furniture: page.furniture,
      rubrics: page.rubrics,
      articles: page.articles.map((a, i) => ({
        kicker: a.kicker,
        headline: a.headline,
        deck: a.deck,
        dateline: a.dateline,
        bylines: a.bylines.map((b) => [b.label, ...b.names].join(" ")),
        paragraphs: a.blocks.filter((b) => b.type === "paragraph").length,
        subheads: a.blocks.filter((b) => b.type === "subhead").length,
        jumps: a.jumps.map((j) => j.marker || `${j.direction === "to" ? "下转" : "上接"}${j.page}版`),
        repairs: doc.repairs.filter((r) => r.page === page.number && r.article === i + 1).length,
      })),
    })),
    repairs: doc.repairs,
    warnings: doc.warnings,
  };
}
