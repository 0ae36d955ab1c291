// The CLI's JSON view of a segmented document: a fixed shape with fixed key
// order and null for absent fields, so its output can be diffed and golden
// tested. Word confidences, article keys and original text are left out.

import type { OcrPage, OcrRepair } from "./types";

export interface CliJson {
  pages: {
    number: number | null;
    furniture: string[];
    rubrics: string[];
    articles: {
      kicker: string | null;
      headline: string | null;
      deck: string | null;
      dateline: string | null;
      bylines: { role: string; label: string; names: string[] }[];
      blocks: { type: string; text: string }[];
      jumps: { direction: "to" | "from"; page: number; marker: string }[];
    }[];
    /** Only on pages with blocks no article claims (METS; see OcrPage.unlinked). */
    unlinked?: { id: string | null; text: string; after: string | null }[];
  }[];
  repairs: {
    kind: string;
    page: number | null;
    article: number;
    original: string;
    replacement: string;
  }[];
}

export function toCliJson(doc: {
  pages: OcrPage[];
  repairs: OcrRepair[];
}): CliJson {
  return {
    pages: doc.pages.map((page) => ({
      number: page.number ?? null,
      furniture: [...page.furniture],
      rubrics: [...page.rubrics],
      articles: page.articles.map((article) => ({
        kicker: article.kicker ?? null,
        headline: article.headline ?? null,
        deck: article.deck ?? null,
        dateline: article.dateline ?? null,
        bylines: article.bylines.map((byline) => ({
          role: byline.role,
          label: byline.label,
          names: [...byline.names],
        })),
        blocks: article.blocks.map((block) => ({
          type: block.type,
          text: block.text,
        })),
        jumps: article.jumps.map((jump) => ({
          direction: jump.direction,
          page: jump.page,
          marker: jump.marker,
        })),
      })),
      ...(page.unlinked && page.unlinked.length > 0
        ? {
            unlinked: page.unlinked.map((u) => ({
              id: u.id,
              text: u.text,
              after: u.after,
            })),
          }
        : {}),
    })),
    repairs: doc.repairs.map((repair) => ({
      kind: repair.kind,
      page: repair.page ?? null,
      article: repair.article,
      original: repair.original,
      replacement: repair.replacement,
    })),
  };
}
