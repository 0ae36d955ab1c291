"use client";

// 待校 → 校对中 → 已校对: the article's correction status, set on its own
// (not part of the content, so restoring a revision keeps it). Shown as
// chosen at once; put back, with the reason, when the server refuses.
import { useTranslations } from "next-intl";

import { deskStatuses } from "@/lib/articles/article-snapshot";

import type { ArticleStatus, DeskAction } from "./desk-state";

export function StatusSelect({
  articleId,
  status,
  error,
  disabled,
  dispatch,
}: {
  articleId: string;
  /** The desk's status (desk-state.ts), which also follows the first save to 校对中. */
  status: ArticleStatus;
  error: string | null;
  disabled: boolean;
  dispatch: (action: DeskAction) => void;
}) {
  const t = useTranslations("articleStatus");
  return (
    <label className="inline-choice">
      <span className="visually-hidden">{t("label")}</span>
      <select
        aria-label={t("label")}
        data-testid="status-select"
        value={status}
        disabled={disabled || status === "APPROVED"}
        onChange={async (e) => {
          const next = e.target.value as (typeof deskStatuses)[number];
          const previous = status;
          dispatch({ type: "statusChosen", status: next });
          const res = await fetch(`/api/articles/${articleId}/status`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ status: next }),
          }).catch(() => null);
          if (!res?.ok) {
            const body = (await res?.json().catch(() => null)) as {
              error?: { message?: string };
            } | null;
            dispatch({
              type: "statusRefused",
              previous,
              error: body?.error?.message ?? t("failed"),
            });
          } else dispatch({ type: "statusConfirmed" });
        }}
      >
        {(status === "APPROVED"
          ? [...deskStatuses, "APPROVED" as const]
          : deskStatuses
        ).map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </select>
      {error && <span className="error small">{error}</span>}
    </label>
  );
}
