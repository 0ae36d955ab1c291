"use client";

// Link a waiting jump by hand: the 下转 part's continuation is chosen among
// the parts on other pages that continue nothing yet.
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { articleName } from "@/lib/articles/article-name";
import type { BoardCard, BoardColumn } from "@/lib/layout/get-board";

export interface LinkDialogProps {
  card: BoardCard;
  columns: BoardColumn[];
  disabled: boolean;
  onSubmit: (body: {
    fromPlacementId: string;
    toPlacementId: string;
  }) => Promise<boolean>;
  onClose: () => void;
}

export function LinkDialog({
  card,
  columns,
  disabled,
  onSubmit,
  onClose,
}: LinkDialogProps) {
  const t = useTranslations("layout");
  const [error, setError] = useState<string | null>(null);
  const candidates = columns.flatMap((c) =>
    c.cards
      .filter(
        (k) =>
          k.placementId &&
          k.placementId !== card.placementId &&
          !k.jumpIn &&
          !c.cards.some((x) => x.key === card.key),
      )
      .map((k) => ({ page: c.number, card: k })),
  );
  // The page the 下转 marker names first.
  candidates.sort(
    (a, b) =>
      Number(b.page === card.jumpOut?.page) -
        Number(a.page === card.jumpOut?.page) || a.page - b.page,
  );
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const to = String(new FormData(e.currentTarget).get("toPlacementId") ?? "");
    if (!to) {
      setError(t("linkDialog.choose"));
      return;
    }
    if (
      await onSubmit({ fromPlacementId: card.placementId!, toPlacementId: to })
    )
      onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="link-title"
        data-testid="link-dialog"
      >
        <h2 id="link-title">
          {t("linkDialog.title", {
            headline: articleName(card.headline, card.opening, t("untitled")),
          })}
        </h2>
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor="link-to">{t("linkDialog.to")}</label>
          <select id="link-to" name="toPlacementId" defaultValue="" required>
            <option value="" disabled>
              {t("linkDialog.choose")}
            </option>
            {candidates.map(({ page, card: k }) => (
              <option key={k.key} value={k.placementId!}>
                {t("page", { number: page })} ·{" "}
                {articleName(k.headline, k.opening, t("untitled"))}
                {k.waiting?.marker ? ` ${k.waiting.marker}` : ""}
              </option>
            ))}
          </select>
          <p className="desk-bar">
            <button type="submit" disabled={disabled}>
              {t("linkDialog.submit")}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              {t("cancel")}
            </button>
          </p>
        </form>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
