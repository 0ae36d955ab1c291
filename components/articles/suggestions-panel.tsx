"use client";

// Suggestions Folio computed (confusable characters, low OCR confidence,
// paragraphs broken mid-sentence, hyphenation alternatives): never applied
// on their own; the editor accepts one replacement or dismisses them.
import { useTranslations } from "next-intl";

import type { DeskSuggestion } from "./desk-types";

export interface SuggestionsPanelProps {
  suggestions: readonly DeskSuggestion[];
  selected: string | null;
  disabled: boolean;
  locale: string;
  onSelect: (key: string) => void;
  onAccept: (s: DeskSuggestion, replacement: string) => void;
  onDismiss: (s: DeskSuggestion) => void;
}

export function SuggestionsPanel({
  suggestions,
  selected,
  disabled,
  locale,
  onSelect,
  onAccept,
  onDismiss,
}: SuggestionsPanelProps) {
  const t = useTranslations("editor.suggestions");
  return (
    <section
      className="panel"
      aria-label={t("title")}
      data-testid="suggestions-panel"
    >
      <header className="panel-head">
        <h2>{t("title", { count: suggestions.length })}</h2>
      </header>
      {suggestions.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="item-list">
          {suggestions.map((s) => (
            <li
              key={s.key}
              className={`item${selected === s.key ? " selected" : ""}`}
              data-testid="suggestion-item"
              data-kind={s.kind}
              aria-current={selected === s.key ? "true" : undefined}
            >
              <button
                type="button"
                className="item-main linkish"
                onClick={() => onSelect(s.key)}
              >
                <span className="tag">{t(`kind.${s.kind}`)}</span>
                {s.kind !== "mid-sentence-break" && (
                  <span className="quote">{s.text}</span>
                )}
                {s.confidence !== null && (
                  <span className="muted small">
                    {" "}
                    {Math.round(s.confidence * 100)}%
                  </span>
                )}
                <span className="muted small">
                  {" "}
                  {locale === "en" ? s.note : s.noteZh}
                </span>
              </button>
              <span className="item-actions">
                {s.kind === "mid-sentence-break" ? (
                  <button
                    type="button"
                    className="small"
                    disabled={disabled}
                    onClick={() => onAccept(s, "")}
                  >
                    {t("join")}
                  </button>
                ) : (
                  s.replacements.map((r) => (
                    <button
                      key={r}
                      type="button"
                      className="small"
                      disabled={disabled}
                      onClick={() => onAccept(s, r)}
                    >
                      {t("use", { text: r })}
                    </button>
                  ))
                )}
                <button
                  type="button"
                  className="small secondary"
                  disabled={disabled}
                  onClick={() => onDismiss(s)}
                >
                  {t("dismiss")}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
