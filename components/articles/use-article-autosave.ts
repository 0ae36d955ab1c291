"use client";

// Autosave for the correction desk: the save queue (save-queue.ts) for the
// desk's lifetime, wired to the page. Nothing typed is lost: a draft from an
// earlier visit is picked up, a hidden tab saves, a page leave sends what is
// unsaved with keepalive, and leaving with unsaved text asks first.
import { useEffect, useLayoutEffect, useState } from "react";

import { snapshotsEqual } from "@/lib/articles/snapshots-equal";

import { ALIVE_MS, readDraft, stampAlive } from "./desk-drafts";
import type { DeskAccess } from "./desk-selectors";
import { isDirty } from "./desk-state";
import { createSaveQueue, type SaveQueue } from "./save-queue";
import type { DeskStore } from "./use-desk-store";

export interface AutosaveOptions {
  articleId: string;
  sessionId: string;
  store: DeskStore;
  /** Nothing is sent while the tab may not edit (see maySave). */
  access: DeskAccess;
  /** The server refused a save with 409 (e.g. another tab took the article over): the desk asks who holds it. */
  onRefused: () => void;
}

/** The desk's save queue (stable for the desk's lifetime). */
export function useArticleAutosave({
  articleId,
  sessionId,
  store,
  access,
  onRefused,
}: AutosaveOptions): SaveQueue {
  const [queue] = useState(() =>
    createSaveQueue({ articleId, sessionId, store }),
  );
  // Before any effect that may send: the queue reads the latest props when it sends.
  useLayoutEffect(() => {
    queue.configure({ access, onRefused });
  });

  // A draft from an earlier visit that the server does not have: continue from it.
  useEffect(() => {
    const draft = readDraft(articleId, sessionId);
    if (draft && !snapshotsEqual(draft.snapshot, store.get().saved))
      queue.restore(draft);
  }, [articleId, sessionId, store, queue]);

  // While open, this tab's drafts are its own, not orphans.
  useEffect(() => {
    stampAlive(sessionId);
    const timer = setInterval(() => stampAlive(sessionId), ALIVE_MS);
    return () => clearInterval(timer);
  }, [sessionId]);

  useEffect(() => {
    const leave = () => queue.leave();
    const warn = (e: BeforeUnloadEvent) => {
      if (isDirty(store.get())) e.preventDefault();
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") queue.hidden();
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [store, queue]);

  useEffect(() => () => queue.dispose(), [queue]);

  return queue;
}
