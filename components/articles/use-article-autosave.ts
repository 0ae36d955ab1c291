"use client";

// Autosave for the correction desk. Every save names the version it was
// based on; the server saves, merges (someone saved in between, different
// places) or refuses with the conflicts. Nothing typed is lost: a draft is
// kept in localStorage until the server has it, failed requests are retried
// with backoff, and a page leave sends what is unsaved with keepalive.
import { useCallback, useEffect, useRef, useState } from "react";

import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { mergeSnapshots, resolveConflicts } from "@/lib/articles/merge/merge-snapshots";
import type { SaveReason } from "@/lib/articles/revision-reasons";
import type { ArticleWritten, SaveConflict, SaveRequest, SaveResult } from "@/lib/articles/save-article";
import { snapshotsEqual } from "@/lib/articles/snapshots-equal";

export type SaveState = "saved" | "saving" | "unsaved" | "retrying" | "conflict" | "error" | "readonly";

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

const draftKey = (articleId: string) => `folio:draft:${articleId}`;

/** The draft left by an earlier visit that the server may not have, if any. */
export function readDraft(articleId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(articleId));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function writeDraft(articleId: string, draft: Draft | null) {
  try {
    if (draft) window.localStorage.setItem(draftKey(articleId), JSON.stringify(draft));
    else window.localStorage.removeItem(draftKey(articleId));
  } catch {
    // A full or disabled storage only loses the reload safety net; saving goes on.
  }
}

function combine(a: SaveExtras | null, b: SaveExtras): SaveExtras {
  if (!a) return b;
  return {
    reason: b.reason ?? a.reason,
    detail: b.detail ?? a.detail,
    repairDecisions: [...(a.repairDecisions ?? []), ...(b.repairDecisions ?? [])],
    dismissSuggestions: [...(a.dismissSuggestions ?? []), ...(b.dismissSuggestions ?? [])],
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
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; attempt: number }>({ timer: null, attempt: 0 });
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<(SaveConflict & { mine: ArticleSnapshot }) | null>(null);
  const [merged, setMerged] = useState<ArticleWritten["changes"] | null>(null);
  const blocked = useRef(false);

  const request = useCallback(
    (extras: SaveExtras | null, snapshot: ArticleSnapshot): SaveRequest => ({
      baseVersion: version.current,
      snapshot,
      sessionId,
      reason: extras?.reason ?? "autosave",
      ...(extras?.detail ? { detail: extras.detail } : {}),
      ...(extras?.repairDecisions?.length ? { repairDecisions: extras.repairDecisions } : {}),
      ...(extras?.dismissSuggestions?.length ? { dismissSuggestions: extras.dismissSuggestions } : {}),
    }),
    [sessionId],
  );

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
          const body = (await res.json().catch(() => null)) as SaveResult | { error?: { message?: string } } | null;
          if (res.ok && body && "status" in body) result = body;
          else if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
            // The server refused what we sent: retrying the same body would not help.
            queued.current = combine(extras, queued.current ?? {});
            blocked.current = true;
            setError((body && "error" in body && body.error?.message) || `HTTP ${res.status}`);
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
          const next = snapshotsEqual(now, sent) ? result.snapshot : mergeSnapshots(sent, result.snapshot, now).merged;
          local.current = next;
          callbacks.current.onRemoteSnapshot(next);
        }
        if (result.status === "merged") setMerged(result.changes ?? []);
        callbacks.current.onSaved(result);
        const clean = snapshotsEqual(local.current, saved.current);
        writeDraft(articleId, clean ? null : { baseVersion: version.current, snapshot: local.current });
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
    [articleId, request],
  );

  const schedule = useCallback(() => {
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = setTimeout(() => {
      debounce.current = null;
      void send();
    }, DEBOUNCE_MS);
  }, [send]);

  /** Every edit: remember it (draft) and save after a short pause. */
  const change = useCallback(
    (snapshot: ArticleSnapshot) => {
      local.current = snapshot;
      if (snapshotsEqual(snapshot, saved.current)) return;
      writeDraft(articleId, { baseVersion: version.current, snapshot });
      setState((s) => (s === "conflict" || s === "error" ? s : "unsaved"));
      schedule();
    },
    [articleId, schedule],
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
    if (debounce.current || inFlight.current || !snapshotsEqual(local.current, saved.current)) await saveNow();
    return snapshotsEqual(local.current, saved.current) && !blocked.current;
  }, [saveNow]);

  /** The editor chose per conflict: save the resolution on top of their version. */
  const resolve = useCallback(
    async (choices: Record<string, "mine" | "theirs">) => {
      if (!conflict) return;
      const resolved = resolveConflicts(conflict.base, conflict.theirs, conflict.mine, choices);
      version.current = conflict.theirVersion;
      saved.current = conflict.theirs;
      local.current = resolved;
      callbacks.current.onRemoteSnapshot(resolved);
      blocked.current = false;
      setConflict(null);
      queued.current = combine(queued.current, { reason: "conflict.resolve" });
      await send();
    },
    [conflict, send],
  );

  /** After a restore, split or merge done on the server: continue from its content. */
  const reset = useCallback((snapshot: ArticleSnapshot, newVersion: number) => {
    local.current = snapshot;
    saved.current = snapshot;
    version.current = newVersion;
    blocked.current = false;
    queued.current = null;
    writeDraft(articleId, null);
    setConflict(null);
    setError(null);
    setState("saved");
  }, [articleId]);

  // A draft from an earlier visit that the server does not have: continue
  // from it; the save merges it onto whatever was saved since.
  useEffect(() => {
    const draft = readDraft(articleId);
    if (draft && !snapshotsEqual(draft.snapshot, saved.current)) {
      version.current = draft.baseVersion;
      local.current = draft.snapshot;
      callbacks.current.onRemoteSnapshot(draft.snapshot);
      setState("unsaved");
      void send();
    }
  }, [articleId, send]);

  // Leaving the page: send what is unsaved even as the page goes away.
  useEffect(() => {
    const leave = () => {
      if (snapshotsEqual(local.current, saved.current) || blocked.current || !callbacks.current.enabled) return;
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
      if (document.visibilityState === "hidden" && !snapshotsEqual(local.current, saved.current)) void send();
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
    writeDraft(articleId, null);
    window.location.reload();
  }, [articleId]);

  return {
    state,
    discardLocal,
    error,
    conflict,
    merged,
    dismissMerged: () => setMerged(null),
    version: () => version.current,
    current: () => local.current,
    change,
    saveNow,
    flush,
    resolve,
    reset,
  };
}
