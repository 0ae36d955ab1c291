// Sends the desk's saves. Every save names the version it was based on; the
// server saves, merges (someone saved in between, different places) or
// refuses with the conflicts. One request at a time, after a pause in
// typing; failed requests are retried with backoff; a refused one waits for
// an edit. The text, the versions and the outcome live in the desk's
// reducer (desk-state.ts); this module keeps the timers and the request in
// flight, and the draft in this browser until the server has the text.
import type { ArticleWritten, SaveResult } from "@/lib/articles/save-article";

import { type Draft, writeDraft } from "./desk-drafts";
import { type DeskAccess, maySave } from "./desk-selectors";
import {
  type DeskAction,
  type DeskState,
  isDirty,
  type StoredArticle,
} from "./desk-state";
import { type SaveExtras, saveRequest } from "./save-request";
import type { DeskStore } from "./use-desk-store";

const DEBOUNCE_MS = 1_200;
const MAX_BACKOFF_MS = 30_000;
/** Browsers refuse keepalive bodies over 64 KiB; larger ones rely on the draft. */
const KEEPALIVE_LIMIT = 60_000;

/** An edit the user (or the desk on their behalf) made. */
export type DeskEdit = Extract<
  DeskAction,
  { type: "fieldsEdited" | "bodyEdited" | "snapshotEdited" }
>;

export interface SaveQueueOptions {
  articleId: string;
  sessionId: string;
  store: DeskStore;
}

/** What the queue follows from the desk's props (set with `configure`). */
export interface SaveQueueProps {
  /** Nothing is sent while this tab may not edit (see maySave). */
  access: DeskAccess;
  /** The server refused a save with 409 (e.g. another tab took the article over). */
  onRefused: () => void;
}

type Outcome =
  | { kind: "answer"; result: SaveResult }
  | { kind: "refused"; status: number; error: string }
  | { kind: "failed" };

/** POSTs one save; a 4xx other than 408/429 is a refusal, anything else without an answer a failure. */
async function post(articleId: string, body: unknown): Promise<Outcome> {
  try {
    const res = await fetch(`/api/articles/${articleId}/save`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = (await res.json().catch(() => null)) as
      SaveResult | { error?: { message?: string } } | null;
    if (res.ok && answer && "status" in answer)
      return { kind: "answer", result: answer };
    if (
      res.status >= 400 &&
      res.status < 500 &&
      res.status !== 408 &&
      res.status !== 429
    ) {
      const error =
        res.status === 401 || res.status === 403
          ? "signIn"
          : (answer && "error" in answer && answer.error?.message) ||
            `HTTP ${res.status}`;
      return { kind: "refused", status: res.status, error };
    }
  } catch {
    // Network failure: retried.
  }
  return { kind: "failed" };
}

/** The desk's save queue; see the module comment. Call `dispose` when the desk goes. */
export function createSaveQueue({
  articleId,
  sessionId,
  store,
}: SaveQueueOptions) {
  const { get, dispatch } = store;
  // Nothing is sent until the desk has configured the queue.
  let props: SaveQueueProps = {
    access: { canEdit: false, mergedAway: false },
    onRefused: () => undefined,
  };
  const maySend = () => maySave(get(), props.access);
  let inFlight: Promise<void> | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const stopTimers = () => {
    if (debounce) clearTimeout(debounce);
    if (retry) clearTimeout(retry);
    debounce = null;
    retry = null;
  };

  const keepDraft = (s: DeskState) =>
    writeDraft(
      articleId,
      sessionId,
      isDirty(s) ? { baseVersion: s.baseVersion, snapshot: s.local } : null,
    );

  const schedule = () => {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      void send();
    }, DEBOUNCE_MS);
  };

  async function exchange(extras: SaveExtras | null, s: DeskState) {
    const sent = s.local;
    const outcome = await post(
      articleId,
      saveRequest(s.baseVersion, sessionId, extras, sent),
    );
    if (outcome.kind === "refused") {
      // The server refused what we sent: retrying the same body would not help.
      if (outcome.status === 409) props.onRefused();
      dispatch({ type: "saveRefused", extras, error: outcome.error });
    } else if (outcome.kind === "failed") {
      dispatch({ type: "saveFailed", extras });
      const wait = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** (get().attempt - 1));
      retry = setTimeout(() => {
        retry = null;
        void send();
      }, wait);
    } else if (outcome.result.status === "conflict") {
      dispatch({ type: "saveConflicted", extras, result: outcome.result });
    } else {
      dispatch({ type: "saveConfirmed", sent, result: outcome.result });
      keepDraft(get());
    }
  }

  async function send(): Promise<void> {
    if (inFlight) return inFlight;
    const s = get();
    if (!s.pending && !isDirty(s)) {
      dispatch({ type: "saveSkipped" });
      return;
    }
    if (s.blocked || !maySend()) {
      dispatch({ type: "saveHeld" });
      return;
    }
    dispatch({ type: "saveStarted" });
    inFlight = exchange(s.pending, s);
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
    const after = get();
    if (after.blocked || retry) return;
    if (after.pending) await send();
    else if (isDirty(after)) schedule();
  }

  /** Saves now (after any save in flight), with a reason for the history. */
  async function saveNow(extras: SaveExtras = {}) {
    if (debounce) clearTimeout(debounce);
    debounce = null;
    if (retry) clearTimeout(retry);
    retry = null;
    if (inFlight) await inFlight;
    dispatch({ type: "extrasQueued", extras });
    await send();
  }

  return {
    /** Follows the desk's latest props; the queue reads them when it sends. */
    configure(next: SaveQueueProps) {
      props = next;
    },
    /** Every edit: remember it (draft) and save after a short pause. */
    edit(action: DeskEdit) {
      dispatch(action);
      if (action.type === "bodyEdited" && action.echo) return;
      const s = get();
      if (!isDirty(s)) return;
      writeDraft(articleId, sessionId, {
        baseVersion: s.baseVersion,
        snapshot: s.local,
      });
      schedule();
    },
    saveNow,
    /** The stored version the edits are based on (what a split or restore names). */
    version: () => get().baseVersion,
    /** Waits until what the editor shows is stored; false when a save failed or was refused. */
    async flush(): Promise<boolean> {
      if (debounce || inFlight || isDirty(get())) await saveNow();
      const s = get();
      return !isDirty(s) && !s.blocked;
    },
    /** The editor chose per conflict: save the resolution on top of their version. */
    async resolve(choices: Record<string, "mine" | "theirs">) {
      if (!get().conflict) return;
      dispatch({ type: "conflictResolved", choices });
      await send();
    },
    /** A draft from an earlier visit that the server does not have: continue from it; the save merges it onto whatever was saved since. */
    restore(draft: Draft) {
      dispatch({ type: "draftRestored", ...draft });
      void send();
    },
    /** After a restore, split or merge done on the server: continue from its content. */
    reset(written: ArticleWritten) {
      dispatch({ type: "continued", written });
      writeDraft(articleId, sessionId, null);
    },
    /**
     * Another tab holds the article now: show what the server stores and send
     * nothing more. Unsaved edits (refused by the server) stay in this
     * browser's draft; the state says whether there were any (unsavedKept).
     */
    yieldTo(article: StoredArticle) {
      stopTimers();
      dispatch({ type: "yielded", article });
    },
    /** The tab was switched away from: the page is still alive, save normally. */
    hidden() {
      if (isDirty(get())) void send();
    },
    /** Leaving the page: send what is unsaved even as the page goes away. */
    leave() {
      const s = get();
      if (!isDirty(s) || s.blocked || !maySend()) return;
      const body = JSON.stringify(
        saveRequest(s.baseVersion, sessionId, s.pending, s.local),
      );
      if (body.length > KEEPALIVE_LIMIT) return; // the localStorage draft keeps it
      void fetch(`/api/articles/${articleId}/save`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        keepalive: true,
      }).catch(() => undefined);
    },
    /** Drops what the server refused (kept in this browser) and starts again from the stored article. */
    discardLocal() {
      writeDraft(articleId, sessionId, null);
      window.location.reload();
    },
    dispose: stopTimers,
  };
}

export type SaveQueue = ReturnType<typeof createSaveQueue>;
