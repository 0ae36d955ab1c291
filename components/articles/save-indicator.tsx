"use client";

import { useTranslations } from "next-intl";

import type { SaveState } from "./use-article-autosave";

/** 已保存 / 保存中 / 未保存: always visible, so an editor knows what is stored. */
export function SaveIndicator({ state, error }: { state: SaveState; error: string | null }) {
  const t = useTranslations("editor.save");
  return (
    <span className={`save-state save-${state}`} data-testid="save-state" role="status" aria-live="polite">
      {t(state)}
      {error ? `：${error}` : ""}
    </span>
  );
}
