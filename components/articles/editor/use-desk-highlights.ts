"use client";

// What the body editor marks and which mark is selected: OCR heat (computed
// in the desk's worker from the text last saved), repairs and suggestions,
// drawn into the desk's editor; selecting one scrolls to it and selects its
// text, and keeps it selected while the highlights move.
import { useCallback, useEffect, useMemo, useState } from "react";

import type { OcrWord } from "@/lib/ocr/types";

import type { DeskState } from "../desk-state";
import { useDeskJob } from "../use-desk-job";
import { useDeskEditor } from "./desk-editor-context";
import { deskHighlights } from "./desk-highlights";

/** One empty list, so the highlights are not rebuilt while there is no heat. */
const NO_HEAT: never[] = [];

export interface DeskHighlightsOptions {
  findings: DeskState["findings"];
  /** ALTO word confidences of the original; none for plain-text imports. */
  words: readonly OcrWord[];
  showHeat: boolean;
  locale: string;
}

/**
 * The heat (empty until the worker answers), the selected suggestion key or
 * repair id, and `select`, which also shows the selection in the editor.
 */
export function useDeskHighlights({
  findings,
  words,
  showHeat,
  locale,
}: DeskHighlightsOptions) {
  const { editor, commands } = useDeskEditor();
  const [selected, setSelected] = useState<string | null>(null);
  // ALTO word confidence as a heat colour: the less sure OCR was, the warmer.
  const heatJob = useMemo(
    () =>
      words.length
        ? { type: "heat" as const, body: findings.body, words }
        : null,
    [findings.body, words],
  );
  const heat = useDeskJob(heatJob).result ?? NO_HEAT;
  const highlights = useMemo(
    () => deskHighlights({ ...findings, heat, showHeat, selected, locale }),
    [findings, selected, locale, heat, showHeat],
  );

  // Drawn again when the editor appears: it starts without highlights.
  useEffect(() => {
    commands.highlight(highlights);
  }, [commands, editor, highlights]);
  // Keep the editor's selection in view when the highlights move it.
  useEffect(() => {
    if (selected) commands.select(selected);
  }, [commands, selected, highlights]);

  const select = useCallback(
    (id: string) => {
      setSelected(id);
      commands.reveal(id);
    },
    [commands],
  );
  return { heat, selected, select };
}
