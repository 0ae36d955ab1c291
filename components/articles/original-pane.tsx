"use client";

// The untouched OCR text beside the editor, with a character-level diff
// against the current text: side by side (original | current) or inline.
import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";

import { charDiff, diffSummary, type DiffOp } from "@/lib/articles/diff/char-diff";

export function DiffText({ ops, side }: { ops: readonly DiffOp[]; side: "before" | "after" | "inline" }) {
  return (
    <div className="diff-text" data-testid={`diff-${side}`}>
      {ops.map(([op, text], i) =>
        op === 0 ? (
          <span key={i}>{text}</span>
        ) : op === -1 ? (
          side === "after" ? null : (
            <del key={i} className="diff-del">
              {text}
            </del>
          )
        ) : side === "before" ? null : (
          <ins key={i} className="diff-ins">
            {text}
          </ins>
        ),
      )}
    </div>
  );
}

export function OriginalPane({ original, current, source }: { original: string; current: string; source: string | null }) {
  const t = useTranslations("editor.original");
  const [mode, setMode] = useState<"original" | "side" | "inline">("side");
  // Typing must not wait for the diff: it follows the text a moment later.
  const shown = useDeferredValue(current);
  const ops = useMemo(() => (mode === "original" ? [] : charDiff(original, shown)), [original, shown, mode]);
  const summary = diffSummary(ops);
  return (
    <section className="panel original-pane" aria-label={t("title")}>
      <header className="panel-head">
        <h2>{t("title")}</h2>
        <div role="radiogroup" aria-label={t("view")}>
          {(["original", "side", "inline"] as const).map((m) => (
            <label key={m} className="inline-choice">
              <input type="radio" name="diff-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(m)}
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
          <p className="muted small" data-testid="diff-summary">
            {t("summary", summary)}
          </p>
          {mode === "side" ? (
            <div className="diff-columns">
              <DiffText ops={ops} side="before" />
              <DiffText ops={ops} side="after" />
            </div>
          ) : (
            <DiffText ops={ops} side="inline" />
          )}
        </>
      )}
    </section>
  );
}
