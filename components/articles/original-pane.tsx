"use client";

// The untouched OCR text beside the editor, with a character-level diff
// against the current text: side by side (original | current) or inline.
// Editors' changes are shown and counted apart from the importer's
// automatic repairs, which are one toggle away.
import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";

import type { DiffOp } from "@/lib/articles/diff/char-diff";
import {
  editorialSummary,
  type ReplayableRepair,
} from "@/lib/articles/diff/repair-diff";

import { useDeskJob } from "./use-desk-job";

/** A changed paragraph break shows as ¶ (else a deleted blank line is invisible); a line break inside a paragraph does not. */
const markParagraphs = (text: string) => text.replace(/\n\n/g, "¶\n\n");

export function DiffText({
  ops,
  side,
  testId,
}: {
  ops: readonly DiffOp[];
  side: "before" | "after" | "inline";
  testId?: string;
}) {
  return (
    <div className="diff-text" data-testid={testId ?? `diff-${side}`}>
      {ops.map(([op, text], i) =>
        op === 0 ? (
          <span key={i}>{text}</span>
        ) : op === -1 ? (
          side === "after" ? null : (
            <del key={i} className="diff-del">
              {markParagraphs(text)}
            </del>
          )
        ) : side === "before" ? null : (
          <ins key={i} className="diff-ins">
            {markParagraphs(text)}
          </ins>
        ),
      )}
    </div>
  );
}

export function OriginalPane({
  original,
  current,
  source,
  repairs,
}: {
  original: string;
  current: string;
  source: string | null;
  /** The article's stored repairs: replayed on `original` to tell them from editorial changes. */
  repairs: readonly ReplayableRepair[];
}) {
  const t = useTranslations("editor.original");
  const [mode, setMode] = useState<"original" | "side" | "inline">("side");
  const [showRepairs, setShowRepairs] = useState(false);
  // Typing must not wait for the diff: it follows the text a moment later.
  const shown = useDeferredValue(current);
  // Off the main thread where the browser allows (useDeskJob), with the same result either way.
  const job = useMemo(
    () =>
      mode === "original"
        ? null
        : { type: "split" as const, original, current: shown, repairs },
    [original, shown, mode, repairs],
  );
  const { result: split, by } = useDeskJob(job);
  const ops = split?.editorial ?? [];
  const summary = editorialSummary(ops);
  return (
    <section
      className="panel original-pane"
      aria-label={t("title")}
      data-computed-by={by ?? undefined}
    >
      <header className="panel-head">
        <h2>{t("title")}</h2>
        <div role="radiogroup" aria-label={t("view")}>
          {(["original", "side", "inline"] as const).map((m) => (
            <label key={m} className="inline-choice">
              <input
                type="radio"
                name="diff-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />{" "}
              {t(m)}
            </label>
          ))}
        </div>
      </header>
      {source && <p className="muted small">{t("source", { source })}</p>}
      {mode === "original" ? (
        <pre className="original-text" data-testid="original-text">
          {original}
        </pre>
      ) : (
        <>
          <p className="muted small diff-summary">
            <span data-testid="diff-summary">{t("summary", summary)}</span>
            {" · "}
            <span data-testid="repair-summary">
              {t("repairCount", { count: split?.repairCount ?? 0 })}
            </span>{" "}
            <label className="inline-choice">
              <input
                type="checkbox"
                checked={showRepairs}
                onChange={(e) => setShowRepairs(e.target.checked)}
              />{" "}
              {t("showRepairs")}
            </label>
          </p>
          {mode === "side" ? (
            <div className="diff-columns">
              <DiffText ops={ops} side="before" />
              <DiffText ops={ops} side="after" />
            </div>
          ) : (
            <DiffText ops={ops} side="inline" />
          )}
          {showRepairs && split && (
            <section
              className="diff-repairs"
              aria-label={t("repairsTitle")}
              data-testid="diff-repairs"
            >
              <h3 className="small">{t("repairsTitle")}</h3>
              <DiffText
                ops={split.repairs}
                side="inline"
                testId="diff-repairs-text"
              />
            </section>
          )}
        </>
      )}
    </section>
  );
}
