"use client";

// The import's automatic repairs in text order: accept or reject one, or all
// of one kind. Rejecting restores the characters OCR read at that place.
import { useTranslations } from "next-intl";

import type { DeskRepair } from "./desk-types";

const KINDS = [
  "COLUMN_BREAK",
  "PUNCTUATION",
  "WHITESPACE",
  "HYPHENATION",
] as const;

export interface RepairsPanelProps {
  repairs: readonly DeskRepair[];
  disabled: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
  onDecide: (ids: string[], verdict: "ACCEPTED" | "REJECTED") => void;
}

const show = (s: string) => s.replace(/\n\n/g, " ¶ ");

export function RepairsPanel({
  repairs,
  disabled,
  selected,
  onSelect,
  onDecide,
}: RepairsPanelProps) {
  const t = useTranslations("editor.repairs");
  const tk = useTranslations("editor.repairKind");
  const pending = repairs.filter((r) => r.status === "PENDING");
  return (
    <section
      className="panel"
      aria-label={t("title")}
      data-testid="repairs-panel"
    >
      <header className="panel-head">
        <h2>
          {t("title", { pending: pending.length, total: repairs.length })}
        </h2>
      </header>
      <div className="kind-actions">
        {KINDS.map((kind) => {
          const ids = pending.filter((r) => r.kind === kind).map((r) => r.id);
          if (ids.length === 0) return null;
          return (
            <span key={kind} className="kind-action">
              {tk(kind)} ({ids.length}){" "}
              <button
                type="button"
                className="linkish"
                disabled={disabled}
                onClick={() => onDecide(ids, "ACCEPTED")}
              >
                {t("acceptAll")}
              </button>{" "}
              <button
                type="button"
                className="linkish"
                disabled={disabled}
                onClick={() => onDecide(ids, "REJECTED")}
              >
                {t("rejectAll")}
              </button>
            </span>
          );
        })}
      </div>
      {repairs.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="item-list">
          {repairs.map((r) => (
            <li
              key={r.id}
              className={`item status-${r.status.toLowerCase()}${selected === r.id ? " selected" : ""}`}
              data-testid="repair-item"
              data-kind={r.kind}
              data-status={r.status}
            >
              <button
                type="button"
                className="item-main linkish"
                onClick={() => onSelect(r.id)}
                disabled={!r.place}
              >
                <span className="tag">{tk(r.kind)}</span>
                {r.field && (
                  <span className="tag">{t(`field.${r.field}`)}</span>
                )}
                <span className="quote">{show(r.original)}</span> →{" "}
                <span className="quote">{show(r.replacement)}</span>
              </button>
              <span className="item-actions">
                {r.status === "PENDING" ? (
                  <>
                    <button
                      type="button"
                      className="small"
                      disabled={disabled}
                      onClick={() => onDecide([r.id], "ACCEPTED")}
                    >
                      {t("accept")}
                    </button>
                    <button
                      type="button"
                      className="small secondary"
                      disabled={disabled}
                      onClick={() => onDecide([r.id], "REJECTED")}
                    >
                      {t("reject")}
                    </button>
                  </>
                ) : (
                  <span className="muted small">
                    {t(`status.${r.status}`)}
                    {r.reviewedBy ? ` · ${r.reviewedBy}` : ""}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
