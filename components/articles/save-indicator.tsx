"use client";

import { useTranslations } from "next-intl";

import type { SaveState } from "./desk-state";

/** 已保存 / 保存中 / 未保存: always visible, so an editor knows what is stored. */
export function SaveIndicator({
  state,
  error,
  onDiscard,
}: {
  state: SaveState;
  error: string | null;
  onDiscard: () => void;
}) {
  const t = useTranslations("editor.save");
  return (
    <span>
      <span
        className={`save-state save-${state}`}
        data-testid="save-state"
        role="status"
        aria-live="polite"
      >
        {t(state)}
        {error ? `：${error}` : ""}
      </span>
      {state === "error" && (
        <>
          {" "}
          <button
            type="button"
            className="linkish small"
            onClick={() => window.confirm(t("confirmDiscard")) && onDiscard()}
          >
            {t("discard")}
          </button>
        </>
      )}
    </span>
  );
}
