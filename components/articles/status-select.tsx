"use client";

// 待校 → 校对中 → 已校对: the article's correction status, set on its own
// (not part of the content, so restoring a revision keeps it).
import { useTranslations } from "next-intl";
import { useState } from "react";

import { deskStatuses } from "@/lib/articles/article-snapshot";
import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";

export function StatusSelect({
  articleId,
  initial,
  disabled,
  edited,
}: {
  articleId: string;
  initial: ArticleForEditor["status"];
  disabled: boolean;
  /** A change was saved: the server moved 待校 to 校对中. */
  edited: boolean;
}) {
  const t = useTranslations("articleStatus");
  const [status, setStatus] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  // An editor's first save moved 待校 to 校对中 on the server (never backwards):
  // follow it once, while rendering (React's "adjusting state when a prop changes").
  const [sawEdit, setSawEdit] = useState(edited);
  if (edited !== sawEdit) {
    setSawEdit(edited);
    if (edited && status === "IMPORTED") setStatus("EDITING");
  }
  const shown = status;
  return (
    <label className="inline-choice">
      <span className="visually-hidden">{t("label")}</span>
      <select
        aria-label={t("label")}
        data-testid="status-select"
        value={shown}
        disabled={disabled || shown === "APPROVED"}
        onChange={async (e) => {
          const next = e.target.value as (typeof deskStatuses)[number];
          const previous = shown;
          setStatus(next);
          const res = await fetch(`/api/articles/${articleId}/status`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ status: next }),
          }).catch(() => null);
          if (!res?.ok) {
            setStatus(previous);
            const body = (await res?.json().catch(() => null)) as {
              error?: { message?: string };
            } | null;
            setError(body?.error?.message ?? t("failed"));
          } else setError(null);
        }}
      >
        {(shown === "APPROVED"
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
