// What the body editor marks, and how loudly: the corrector's eye goes first
// to what needs a decision (low OCR confidence, confusable characters,
// learned pairs, paragraphs cut mid-sentence); the importer's automatic
// repairs (one on each comma of an article) stay quiet unless asked for.
// Client-safe and pure, so the rules are unit-tested.
import type { DeskRepair, DeskSuggestion } from "../desk-types";
import type { Highlight } from "./highlights";

/** An ALTO word's confidence located in the body (locateWordConfidences). */
export interface HeatWord {
  block: number;
  offset: number;
  length: number;
  /** 0–1. */
  confidence: number;
}

export interface DeskHighlightInput {
  heat: readonly HeatWord[];
  showHeat: boolean;
  repairs: readonly DeskRepair[];
  suggestions: readonly DeskSuggestion[];
  /** The selected suggestion key or repair id: always outlined, also a quiet repair. */
  selected: string | null;
  locale: string;
}

/**
 * The editor's highlights: OCR heat (below 90 % confidence, three levels),
 * pending body repairs with the quiet class `hl-repair` (the desk's
 * "显示全部自动修复" toggle styles them through a class on the editor, so
 * toggling rebuilds nothing), and suggestions with `hl-suggestion hl-<kind>`.
 * Only a paragraph end (a mid-sentence break) draws the ¶ glyph; a rejoined
 * column break is a join inside a paragraph and gets an empty marker.
 */
export function deskHighlights({
  heat,
  showHeat,
  repairs,
  suggestions,
  selected,
  locale,
}: DeskHighlightInput): Highlight[] {
  const list: Highlight[] = [];
  const sel = (id: string) => (selected === id ? " hl-selected" : "");
  if (showHeat) {
    heat.forEach((w, i) => {
      if (w.confidence >= 0.9) return;
      const level = w.confidence < 0.6 ? 3 : w.confidence < 0.8 ? 2 : 1;
      list.push({
        id: `heat-${i}`,
        block: w.block,
        offset: w.offset,
        length: w.length,
        className: `heat heat-${level}`,
        title: `${Math.round(w.confidence * 100)}%`,
      });
    });
  }
  for (const r of repairs) {
    if (r.status !== "PENDING" || !r.place || r.place.field !== null) continue;
    list.push({
      id: r.id,
      block: r.place.block,
      offset: r.place.offset,
      length: r.place.length,
      className: `hl-repair${r.place.length === 0 ? " hl-repair-join" : ""}${sel(r.id)}`,
    });
  }
  for (const s of suggestions) {
    list.push({
      id: s.key,
      block: s.block,
      offset: s.offset,
      length: s.length,
      className: `hl-suggestion hl-${s.kind}${sel(s.key)}`,
      title: locale === "en" ? s.note : s.noteZh,
      ...(s.kind === "mid-sentence-break" ? { glyph: "¶" } : {}),
    });
  }
  return list;
}
