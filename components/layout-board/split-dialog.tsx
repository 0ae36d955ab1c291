"use client";

// Continue a story on another page: choose the paragraph the continuation
// starts with (within this part, after its first) and the page; the text
// stays one article. Nothing is chosen for the editor.
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";

import { callApi } from "@/components/http/call-api";
import { articleName } from "@/lib/articles/article-name";
import type { ArticlePartsView } from "@/lib/layout/get-article-parts";
import type { BoardCard, BoardColumn } from "@/lib/layout/get-board";

import styles from "./layout-board.module.css";

export interface SplitDialogProps {
  issueId: string;
  card: BoardCard;
  /** Pages the article has no part on. */
  pages: BoardColumn[];
  disabled: boolean;
  onSubmit: (body: {
    articleId: string;
    atBlock: number;
    toPageId: string;
    baseVersion: number;
  }) => Promise<boolean>;
  onClose: () => void;
}

export function SplitDialog({
  issueId,
  card,
  pages,
  disabled,
  onSubmit,
  onClose,
}: SplitDialogProps) {
  const t = useTranslations("layout");
  const [parts, setParts] = useState<ArticlePartsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void callApi<ArticlePartsView>(
      "GET",
      `/api/issues/${issueId}/layout/articles/${card.articleId}`,
    ).then((r) => {
      if (!live) return;
      if (r.ok) setParts(r.data);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [issueId, card.articleId]);

  const range = parts?.parts.find((p) => p.placementId === card.placementId);
  const choices =
    parts && range ? parts.blocks.slice(range.start + 1, range.end) : [];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const atBlock = data.get("atBlock");
    const toPageId = String(data.get("toPageId") ?? "");
    if (atBlock === null || !toPageId || !parts) {
      setError(t("splitDialog.choosePage"));
      return;
    }
    if (
      await onSubmit({
        articleId: card.articleId,
        atBlock: Number(atBlock),
        toPageId,
        baseVersion: parts.version,
      })
    )
      onClose();
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="split-title"
        data-testid="split-dialog"
      >
        <h2 id="split-title">
          {t("splitDialog.title", {
            headline: articleName(card.headline, card.opening, t("untitled")),
          })}
        </h2>
        <p className="muted">{t("splitDialog.intro")}</p>
        {!parts && !error && (
          <p className="muted">{t("splitDialog.loading")}</p>
        )}
        {parts && (
          <form onSubmit={(e) => void submit(e)}>
            <fieldset className={styles.blocks}>
              <legend>{t("splitDialog.at")}</legend>
              {choices.map((b) => (
                <label key={b.index}>
                  <input type="radio" name="atBlock" value={b.index} required />
                  <span>
                    {b.type !== "paragraph" && (
                      <span className="tag">{t(`splitDialog.${b.type}`)}</span>
                    )}
                    {b.text}
                  </span>
                </label>
              ))}
            </fieldset>
            <label htmlFor="split-page">{t("splitDialog.to")}</label>
            <select id="split-page" name="toPageId" defaultValue="" required>
              <option value="" disabled>
                {t("splitDialog.choosePage")}
              </option>
              {pages.map((p) => (
                <option key={p.pageId} value={p.pageId}>
                  {t("page", { number: p.number })}
                  {p.name ? ` ${p.name}` : ""}
                </option>
              ))}
            </select>
            <p className="desk-bar">
              <button type="submit" disabled={disabled}>
                {t("splitDialog.submit")}
              </button>
              <button type="button" className="secondary" onClick={onClose}>
                {t("cancel")}
              </button>
            </p>
          </form>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
