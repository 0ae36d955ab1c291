// The desk's safety net in this browser: a draft of what the server does not
// have yet, kept in localStorage per tab (two tabs on one article must not
// clear each other's), and a tab that closed with unsaved text leaves its
// draft to the next one. Also the tab's own id, kept across reloads.
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";

export interface Draft {
  baseVersion: number;
  snapshot: ArticleSnapshot;
}

const draftPrefix = (articleId: string) => `folio:draft:${articleId}:`;
const aliveKey = (sessionId: string) => `folio:alive:${sessionId}`;
/** A tab stamps itself alive this often; a draft whose tab is silent longer is an orphan. */
export const ALIVE_MS = 10_000;
const ORPHAN_MS = 60_000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * This tab's draft of the article, else the newest one a closed tab left
 * (taken over: removed from storage). Null when there is none.
 */
export function readDraft(articleId: string, sessionId: string): Draft | null {
  const store = storage();
  if (!store) return null;
  try {
    const own = store.getItem(draftPrefix(articleId) + sessionId);
    if (own) return JSON.parse(own) as Draft;
    let orphan: { key: string; draft: Draft; at: number } | null = null;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(draftPrefix(articleId))) continue;
      const alive = Number(
        store.getItem(aliveKey(key.slice(draftPrefix(articleId).length))) ?? 0,
      );
      if (Date.now() - alive < ORPHAN_MS) continue;
      const draft = JSON.parse(store.getItem(key) ?? "null") as
        (Draft & { at?: number }) | null;
      if (draft && (!orphan || (draft.at ?? 0) > orphan.at))
        orphan = { key, draft, at: draft.at ?? 0 };
    }
    if (orphan) store.removeItem(orphan.key);
    return orphan?.draft ?? null;
  } catch {
    return null;
  }
}

/** Keeps this tab's draft of the article, or removes it (null). */
export function writeDraft(
  articleId: string,
  sessionId: string,
  draft: Draft | null,
): void {
  const store = storage();
  try {
    if (draft)
      store?.setItem(
        draftPrefix(articleId) + sessionId,
        JSON.stringify({ ...draft, at: Date.now() }),
      );
    else store?.removeItem(draftPrefix(articleId) + sessionId);
  } catch {
    // A full or disabled storage only loses the reload safety net; saving goes on.
  }
}

/** While open, a tab's drafts are its own, not orphans: stamp it alive every ALIVE_MS. */
export function stampAlive(sessionId: string): void {
  try {
    window.localStorage.setItem(aliveKey(sessionId), String(Date.now()));
  } catch {
    // No storage: no drafts to protect.
  }
}

/**
 * One id per browser tab, kept across reloads of the tab (sessionStorage), so
 * a reload finds its own draft and presence sees the same tab.
 */
export function tabSessionId(): string {
  const make = () =>
    typeof crypto.randomUUID === "function"
      ? crypto.randomUUID()
      : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  try {
    const existing = window.sessionStorage.getItem("folio:tab");
    if (existing) return existing;
    const id = make();
    window.sessionStorage.setItem("folio:tab", id);
    return id;
  } catch {
    return make();
  }
}
