"use client";

// Autosave for the correction desk. Every save names the version it was
// based on; the server saves, merges (someone saved in between, different
// places) or refuses with the conflicts. Nothing typed is lost: a draft is
// kept in localStorage until the server has it, failed requests are retried
// with backoff, and a page leave sends what is unsaved with keepalive.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import {
  mergeSnapshots,
  resolveConflicts,
} from "@/lib/articles/merge/merge-snapshots";
import type { SaveReason } from "@/lib/articles/revision-reasons";
import type {
  ArticleWritten,
  SaveConflict,
  SaveRequest,
  SaveResult,
} from "@/lib/articles/save-article";
import { snapshotsEqual } from "@/lib/articles/snapshots-equal";

export type SaveState =
  | "saved"
  | "saving"
  | "unsaved"
  | "retrying"
  | "conflict"
  | "error"
  | "readonly";

/** What a save carries besides the text. */
export interface SaveExtras {
  reason?: SaveReason;
  detail?: string;
  repairDecisions?: NonNullable<SaveRequest["repairDecisions"]>;
  dismissSuggestions?: string[];
}

interface Draft {
  baseVersion: number;
  snapshot: ArticleSnapshot;
}

const DEBOUNCE_MS = 1_200;
const MAX_BACKOFF_MS = 30_000;
/** Browsers refuse keepalive bodies over 64 KiB; larger ones rely on the draft. */
const KEEPALIVE_LIMIT = 60_000;

// Drafts are per tab (two tabs on one article must not clear each other's),
// and a tab that closed with unsaved text leaves its draft to the next one.
const draftPrefix = (articleId: string) => `folio:draft:${articleId}:`;
const aliveKey = (sessionId: string) => `folio:alive:${sessionId}`;
/** A tab stamps itself alive this often; a draft whose tab is silent longer is an orphan. */
const ALIVE_MS = 10_000;
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

function writeDraft(articleId: string, sessionId: string, draft: Draft | null) {
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

function combine(a: SaveExtras | null, b: SaveExtras): SaveExtras {
  if (!a) return b;
  return {
    reason: b.reason ?? a.reason,
    detail: b.detail ?? a.detail,
    repairDecisions: [
      ...(a.repairDecisions ?? []),
      ...(b.repairDecisions ?? []),
    ],
    dismissSuggestions: [
      ...(a.dismissSuggestions ?? []),
      ...(b.dismissSuggestions ?? []),
    ],
  };
}

export interface AutosaveOptions {
  articleId: string;
  sessionId: string;
  initialVersion: number;
  initialSnapshot: ArticleSnapshot;
  /** False while another tab holds the article (taken over): nothing is sent. */
  enabled: boolean;
  /** The server's content differs from what the editor shows (merged): show it. */
  onRemoteSnapshot: (snapshot: ArticleSnapshot) => void;
  onSaved: (result: ArticleWritten) => void;
  /** The server refused a save with 409 (e.g. another tab took the article over): the desk asks who holds it. */
  onRefused?: () => void;
}

export function useArticleAutosave(options: AutosaveOptions) {
  const { articleId, sessionId } = options;
  const callbacks = useRef(options);
  callbacks.current = options;
  const local = useRef(options.initialSnapshot);
  const saved = useRef(options.initialSnapshot);
  const version = useRef(options.initialVersion);
  const inFlight = useRef<Promise<void> | null>(null);
  const queued = useRef<SaveExtras | null>(null);
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<{
    timer: ReturnType<typeof setTimeout> | null;
    attempt: number;
  }>({ timer: null, attempt: 0 });
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<
    (SaveConflict & { mine: ArticleSnapshot }) | null
  >(null);
  const [merged, setMerged] = useState<ArticleWritten["changes"] | null>(null);
  const [notice, setNotice] = useState<"verdictsDropped" | null>(null);
  const blocked = useRef(false);
  const conflictRef = useRef(false);

  const request = useCallback(
    (extras: SaveExtras | null, snapshot: ArticleSnapshot): SaveRequest => ({
      baseVersion: version.current,
      snapshot,
      sessionId,
      reason: extras?.reason ?? "autosave",
      ...(extras?.detail ? { detail: extras.detail } : {}),
      ...(extras?.repairDecisions?.length
        ? { repairDecisions: extras.repairDecisions }
        : {}),
      ...(extras?.dismissSuggestions?.length
        ? { dismissSuggestions: extras.dismissSuggestions }
        : {}),
    }),
    [sessionId],
  );

  // send and schedule call each other: schedule reaches send through a ref.
  const sendRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback(() => {
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = setTimeout(() => {
      debounce.current = null;
      void sendRef.current();
    }, DEBOUNCE_MS);
  }, []);

  const send = useCallback(
    async function send(): Promise<void> {
      if (inFlight.current) return inFlight.current;
      const extras = queued.current;
      queued.current = null;
      const sent = local.current;
      if (!extras && snapshotsEqual(sent, saved.current)) {
        setState("saved");
        return;
      }
      if (blocked.current || !callbacks.current.enabled) {
        queued.current = combine(extras, queued.current ?? {});
        return;
      }
      setState("saving");
      const run = (async () => {
        let result: SaveResult | null = null;
        try {
          const res = await fetch(`/api/articles/${articleId}/save`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(request(extras, sent)),
          });
          const body = (await res.json().catch(() => null)) as
            SaveResult | { error?: { message?: string } } | null;
          if (res.ok && body && "status" in body) result = body;
          else if (
            res.status >= 400 &&
            res.status < 500 &&
            res.status !== 408 &&
            res.status !== 429
          ) {
            // The server refused what we sent: retrying the same body would not help.
            queued.current = combine(extras, queued.current ?? {});
            blocked.current = true;
            if (res.status === 409) callbacks.current.onRefused?.();
            setError(
              res.status === 401 || res.status === 403
                ? "signIn"
                : (body && "error" in body && body.error?.message) ||
                    `HTTP ${res.status}`,
            );
            setState("error");
            return;
          }
        } catch {
          // Network failure: retried below.
        }
        if (!result) {
          queued.current = combine(extras, queued.current ?? {});
          const attempt = ++retry.current.attempt;
          const wait = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** (attempt - 1));
          setState("retrying");
          retry.current.timer = setTimeout(() => {
            retry.current.timer = null;
            void send();
          }, wait);
          return;
        }
        retry.current.attempt = 0;
        setError(null);
        if (result.status === "conflict") {
          blocked.current = true;
          conflictRef.current = true;
          queued.current = combine(extras, queued.current ?? {});
          setConflict({ ...result, mine: local.current });
          setState("conflict");
          return;
        }
        version.current = result.version;
        saved.current = result.snapshot;
        if (!snapshotsEqual(result.snapshot, sent)) {
          // Someone else's changes came back merged: fold in what was typed meanwhile.
          const now = local.current;
          const next = snapshotsEqual(now, sent)
            ? result.snapshot
            : mergeSnapshots(sent, result.snapshot, now).merged;
          local.current = next;
          callbacks.current.onRemoteSnapshot(next);
        }
        if (result.status === "merged") setMerged(result.changes ?? []);
        callbacks.current.onSaved(result);
        const clean = snapshotsEqual(local.current, saved.current);
        writeDraft(
          articleId,
          sessionId,
          clean
            ? null
            : { baseVersion: version.current, snapshot: local.current },
        );
        setState(clean && !queued.current ? "saved" : "unsaved");
      })();
      inFlight.current = run;
      try {
        await run;
      } finally {
        inFlight.current = null;
      }
      if (blocked.current || retry.current.timer) return;
      if (queued.current) await send();
      else if (!snapshotsEqual(local.current, saved.current)) schedule();
    },
    // Refs hold the moving parts, so the callback stays stable.
    [articleId, sessionId, request, schedule],
  );
  useLayoutEffect(() => {
    sendRef.current = send;
  }, [send]);

  /** Every edit: remember it (draft) and save after a short pause. */
  const change = useCallback(
    (snapshot: ArticleSnapshot) => {
      local.current = snapshot;
      // After a refusal, a new edit may be what fixes it: try again.
      if (blocked.current && !conflictRef.current) {
        blocked.current = false;
        setError(null);
      }
      if (snapshotsEqual(snapshot, saved.current)) return;
      writeDraft(articleId, sessionId, {
        baseVersion: version.current,
        snapshot,
      });
      setState((s) => (s === "conflict" || s === "error" ? s : "unsaved"));
      schedule();
    },
    [articleId, sessionId, schedule],
  );

  /** Saves now (after any save in flight), with a reason for the history. */
  const saveNow = useCallback(
    async (extras: SaveExtras = {}) => {
      if (debounce.current) clearTimeout(debounce.current);
      debounce.current = null;
      if (retry.current.timer) {
        clearTimeout(retry.current.timer);
        retry.current.timer = null;
      }
      if (inFlight.current) await inFlight.current;
      queued.current = combine(queued.current, extras);
      await send();
    },
    [send],
  );

  /** Waits until what the editor shows is stored (or a save failed). */
  const flush = useCallback(async () => {
    if (
      debounce.current ||
      inFlight.current ||
      !snapshotsEqual(local.current, saved.current)
    )
      await saveNow();
    return snapshotsEqual(local.current, saved.current) && !blocked.current;
  }, [saveNow]);

  /** The editor chose per conflict: save the resolution on top of their version. */
  const resolve = useCallback(
    async (choices: Record<string, "mine" | "theirs">) => {
      if (!conflict) return;
      const resolved = resolveConflicts(
        conflict.base,
        conflict.theirs,
        conflict.mine,
        choices,
      );
      version.current = conflict.theirVersion;
      saved.current = conflict.theirs;
      local.current = resolved;
      callbacks.current.onRemoteSnapshot(resolved);
      blocked.current = false;
      conflictRef.current = false;
      setConflict(null);
      // Verdicts on repairs were made on text the resolution may not keep: they are not sent.
      const dropped = Boolean(queued.current?.repairDecisions?.length);
      queued.current = {
        reason: "conflict.resolve",
        dismissSuggestions: queued.current?.dismissSuggestions,
      };
      if (dropped) setNotice("verdictsDropped");
      await send();
    },
    [conflict, send],
  );

  /** Take the server's snapshot and version as both the local and the saved state. */
  const adopt = useCallback((snapshot: ArticleSnapshot, newVersion: number) => {
    local.current = snapshot;
    saved.current = snapshot;
    version.current = newVersion;
    blocked.current = false;
    conflictRef.current = false;
    queued.current = null;
    setConflict(null);
    setError(null);
    setState("saved");
  }, []);

  /** After a restore, split or merge done on the server: continue from its content. */
  const reset = useCallback(
    (snapshot: ArticleSnapshot, newVersion: number) => {
      adopt(snapshot, newVersion);
      writeDraft(articleId, sessionId, null);
    },
    [adopt, articleId, sessionId],
  );

  /** The version the editor's content is based on (stable, for effects). */
  const currentVersion = useCallback(() => version.current, []);

  /**
   * Another tab holds the article now: show what the server stores and send
   * nothing more. Unsaved edits (refused by the server) stay in this
   * browser's draft; the answer says whether there were any.
   */
  const yieldTo = useCallback(
    (snapshot: ArticleSnapshot, newVersion: number): boolean => {
      if (debounce.current) clearTimeout(debounce.current);
      if (retry.current.timer) clearTimeout(retry.current.timer);
      debounce.current = null;
      retry.current.timer = null;
      const unsaved =
        !snapshotsEqual(local.current, saved.current) ||
        Boolean(queued.current);
      adopt(snapshot, newVersion);
      return unsaved;
    },
    [adopt],
  );

  // A draft from an earlier visit that the server does not have: continue
  // from it; the save merges it onto whatever was saved since.
  useEffect(() => {
    const draft = readDraft(articleId, sessionId);
    if (draft && !snapshotsEqual(draft.snapshot, saved.current)) {
      version.current = draft.baseVersion;
      local.current = draft.snapshot;
      callbacks.current.onRemoteSnapshot(draft.snapshot);
      setState("unsaved");
      void send();
    }
  }, [articleId, sessionId, send]);

  // While open, this tab's drafts are its own, not orphans.
  useEffect(() => {
    const stamp = () => {
      try {
        window.localStorage.setItem(aliveKey(sessionId), String(Date.now()));
      } catch {
        // No storage: no drafts to protect.
      }
    };
    stamp();
    const timer = setInterval(stamp, ALIVE_MS);
    return () => clearInterval(timer);
  }, [sessionId]);

  // Leaving the page: send what is unsaved even as the page goes away.
  useEffect(() => {
    const leave = () => {
      if (
        snapshotsEqual(local.current, saved.current) ||
        blocked.current ||
        !callbacks.current.enabled
      )
        return;
      const body = JSON.stringify(request(queued.current, local.current));
      if (body.length > KEEPALIVE_LIMIT) return; // the localStorage draft keeps it
      void fetch(`/api/articles/${articleId}/save`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        keepalive: true,
      }).catch(() => undefined);
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (!snapshotsEqual(local.current, saved.current)) e.preventDefault();
    };
    // Switching away from the tab: the page is still alive, save normally.
    const hidden = () => {
      if (
        document.visibilityState === "hidden" &&
        !snapshotsEqual(local.current, saved.current)
      )
        void send();
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [articleId, request, send]);

  useEffect(
    () => () => {
      if (debounce.current) clearTimeout(debounce.current);
      if (retry.current.timer) clearTimeout(retry.current.timer);
    },
    [],
  );

  /** Drops what the server refused (kept in this browser) and starts again from the stored article. */
  const discardLocal = useCallback(() => {
    writeDraft(articleId, sessionId, null);
    window.location.reload();
  }, [articleId, sessionId]);

  return {
    state,
    discardLocal,
    error,
    conflict,
    merged,
    dismissMerged: () => setMerged(null),
    notice,
    dismissNotice: () => setNotice(null),
    version: currentVersion,
    current: () => local.current,
    change,
    saveNow,
    flush,
    resolve,
    reset,
    yieldTo,
  };
}
