"use client";

// What the desk's panels do to the article: accept or dismiss a suggestion,
// accept or reject repairs, restore a revision, continue from what the
// server wrote. Each first stores what the editor shows, then is one saved
// revision with its reason; `busy` holds the panels meanwhile, and `notice`
// says what happened.
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { callApi } from "@/components/http/call-api";
import type { ArticleWritten } from "@/lib/articles/save-article";
import { applySuggestion } from "@/lib/articles/suggestions/apply-suggestion";

import { deskSnapshot } from "./desk-state";
import type { DeskSuggestion } from "./desk-types";
import { useDeskEditor } from "./editor/desk-editor-context";
import { rejectRepairs } from "./reject-repairs";
import type { SaveQueue } from "./save-queue";
import type { DeskStore } from "./use-desk-store";

export function useDeskActions({
  articleId,
  sessionId,
  store,
  autosave,
}: {
  articleId: string;
  sessionId: string;
  store: DeskStore;
  autosave: SaveQueue;
}) {
  const t = useTranslations("editor");
  const { commands } = useDeskEditor();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  /** Runs `act` with the panels held. */
  const whileBusy = useCallback(async (act: () => Promise<void>) => {
    setBusy(true);
    try {
      await act();
    } finally {
      setBusy(false);
    }
  }, []);

  const acceptSuggestion = useCallback(
    (s: DeskSuggestion, replacement: string) =>
      whileBusy(async () => {
        if (!(await autosave.flush())) return;
        const now = store.get();
        const fresh = now.findings.suggestions.find((x) => x.key === s.key);
        const next = fresh && applySuggestion(now.body, fresh, replacement);
        if (!next || !commands.apply(next)) {
          setNotice(t("notices.stale"));
          return;
        }
        const detail =
          s.kind === "mid-sentence-break"
            ? t("notices.joined")
            : `${s.text} → ${replacement}`;
        await autosave.saveNow({ reason: "suggestion.accept", detail });
        setNotice(t("notices.accepted", { detail }));
      }),
    [autosave, commands, whileBusy, store, t],
  );

  const dismissSuggestion = useCallback(
    (s: DeskSuggestion) =>
      whileBusy(() =>
        autosave.saveNow({
          reason: "suggestion.dismiss",
          detail: s.text,
          dismissSuggestions: [s.key],
        }),
      ),
    [autosave, whileBusy],
  );

  const decideRepairs = useCallback(
    (ids: string[], verdict: "ACCEPTED" | "REJECTED") =>
      whileBusy(async () => {
        if (!(await autosave.flush())) return;
        const now = store.get();
        const chosen = now.findings.repairs.filter(
          (r) => ids.includes(r.id) && r.status === "PENDING",
        );
        if (verdict === "ACCEPTED") {
          await autosave.saveNow({
            reason: "repair.accept",
            repairDecisions: chosen.map((r) => ({
              repairId: r.id,
              status: "ACCEPTED" as const,
            })),
          });
          return;
        }
        const undone = rejectRepairs(deskSnapshot(now), chosen);
        if (undone.left > 0)
          setNotice(t("notices.repairEdited", { count: undone.left }));
        if (!undone.save) return;
        commands.apply(undone.snapshot.body);
        autosave.edit({ type: "snapshotEdited", snapshot: undone.snapshot });
        await autosave.saveNow(undone.save);
      }),
    [autosave, commands, whileBusy, store, t],
  );

  /** The server changed the article (split, merge or their undo): continue from what it stored. */
  const continueFrom = useCallback(
    (written: ArticleWritten) => autosave.reset(written),
    [autosave],
  );

  const restore = useCallback(
    async (version: number) => {
      if (!window.confirm(t("history.confirmRestore", { version }))) return;
      await whileBusy(async () => {
        if (!(await autosave.flush())) return;
        const result = await callApi<ArticleWritten>(
          "POST",
          `/api/articles/${articleId}/restore`,
          { version, baseVersion: autosave.version(), sessionId },
        );
        if (!result.ok) {
          setNotice(result.message);
          return;
        }
        continueFrom(result.data);
        setNotice(t("notices.restored", { version }));
      });
    },
    [articleId, autosave, continueFrom, whileBusy, sessionId, t],
  );

  return {
    busy,
    notice,
    setNotice,
    acceptSuggestion,
    dismissSuggestion,
    decideRepairs,
    continueFrom,
    restore,
  };
}
