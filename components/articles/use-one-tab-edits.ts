"use client";

// One tab edits an article at a time. This tab's heartbeats go into the
// desk's state; a tab that does not hold the article shows what the server
// stores (once it is taken over, and whenever the stored version moves on);
// edits made before this tab held the article are saved once it does.
import { useCallback, useEffect } from "react";

import { callApi } from "@/components/http/call-api";
import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";
import type { PresenceState } from "@/lib/articles/presence";

import { isHolding, isTakenOver, readerVersion } from "./desk-selectors";
import type { DeskState } from "./desk-state";
import { usePresence } from "./presence-bar";
import type { SaveQueue } from "./save-queue";
import type { DeskStore } from "./use-desk-store";

/** Heartbeats for this tab; returns taking the article over and asking again now. */
export function useDeskPresence(
  articleId: string,
  issueId: string,
  sessionId: string,
  store: DeskStore,
) {
  const onPresence = useCallback(
    (presence: PresenceState) =>
      store.dispatch({ type: "presenceSeen", presence }),
    [store],
  );
  return usePresence(articleId, issueId, sessionId, onPresence);
}

/** The effects of who holds the article: following the stored text, and saving once this tab holds it. */
export function useOneTabEdits({
  articleId,
  canEdit,
  state,
  store,
  autosave,
}: {
  articleId: string;
  canEdit: boolean;
  state: DeskState;
  store: DeskStore;
  autosave: SaveQueue;
}) {
  const takenOver = isTakenOver(state);
  const holding = isHolding(state);
  const follow = readerVersion(state);
  useEffect(() => {
    if (follow === null || (!takenOver && follow === store.get().baseVersion))
      return;
    let stale = false;
    void (async () => {
      const result = await callApi<ArticleForEditor>(
        "GET",
        `/api/articles/${articleId}`,
      );
      if (stale || !result.ok) return;
      autosave.yieldTo(result.data);
    })();
    return () => {
      stale = true;
    };
  }, [follow, takenOver, articleId, store, autosave]);

  useEffect(() => {
    if (canEdit && holding && !takenOver) void autosave.saveNow();
  }, [canEdit, holding, takenOver, autosave]);
}
