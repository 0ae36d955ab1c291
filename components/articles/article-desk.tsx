"use client";

// The correction desk for one article: fields, bylines and body on the left;
// the untouched original with its diff, repairs, suggestions and history on
// the right. Edits autosave; every accept, reject, restore and split is a
// revision with its reason.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";

import { callApi } from "@/components/http/call-api";
import { useHydrated } from "@/components/hydration/use-hydrated";
import { ContinueOnPage } from "@/components/layout-board/continue-on-page";
import { countCharacters, docToText } from "@/lib/articles/article-doc";
import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";
import type { PresenceState } from "@/lib/articles/presence";
import { rejectRepair } from "@/lib/articles/repairs/review-repair";
import type { ArticleWritten } from "@/lib/articles/save-article";
import { applySuggestion } from "@/lib/articles/suggestions/apply-suggestion";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import { BylinesEditor } from "./bylines-editor";
import { ConflictDialog } from "./conflict-dialog";
import { tabSessionId } from "./desk-drafts";
import {
  isEditable,
  isHolding,
  isTakenOver,
  readerVersion,
  shownSaveState,
} from "./desk-selectors";
import { deskSnapshot, type Header } from "./desk-state";
import { DeskTabs, initialDeskTab } from "./desk-tabs";
import type { DeskRepair, DeskSuggestion } from "./desk-types";
import { BodyEditor } from "./editor/body-editor";
import {
  DeskEditorProvider,
  useDeskEditor,
  useEditorChanges,
} from "./editor/desk-editor-context";
import { useDeskHighlights } from "./editor/use-desk-highlights";
import { HeaderFields } from "./header-fields";
import { HistoryPanel } from "./history-panel";
import { OriginalPane } from "./original-pane";
import { PresenceBar, usePresence } from "./presence-bar";
import { RepairsPanel } from "./repairs-panel";
import { SaveIndicator } from "./save-indicator";
import { ShortcutsHelp } from "./shortcuts-help";
import { SplitMergeBar } from "./split-merge-bar";
import { StatusSelect } from "./status-select";
import { SuggestionsPanel } from "./suggestions-panel";
import { useArticleAutosave } from "./use-article-autosave";
import { useDeskShortcuts } from "./use-desk-shortcuts";
import { useDeskStore } from "./use-desk-store";

export interface ArticleDeskProps {
  data: ArticleForEditor;
  /** The body rendered on the server, shown until the editor is interactive. */
  bodyHtml: string;
  /** Other articles of the issue, for merging. */
  issueArticles: { id: string; headline: string; page: number | null }[];
  /** The issue's pages, for continuing the article on another one (下转). */
  issuePages: { id: string; number: number; name: string | null }[];
  locale: string;
  /** The user may edit (article.edit); the server checks again on every request. */
  canEdit: boolean;
}

/** The desk inside its editor's provider: the one Tiptap editor for the body. */
export function ArticleDesk(props: ArticleDeskProps) {
  return (
    <DeskEditorProvider initial={props.data.snapshot.body}>
      <Desk {...props} />
    </DeskEditorProvider>
  );
}

function Desk({
  data,
  bodyHtml,
  issueArticles,
  issuePages,
  locale,
  canEdit,
}: ArticleDeskProps) {
  const t = useTranslations("editor");
  const router = useRouter();
  const hydrated = useHydrated();
  const [sessionId] = useState(() =>
    typeof window === "undefined" ? "" : tabSessionId(),
  );
  const { editor, commands } = useDeskEditor();
  const [state, store] = useDeskStore(data, commands.show);
  const { dispatch } = store;
  const { header, findings, presence } = state;
  const { suggestions, repairs } = findings;
  // The pane opens on what needs attention: the suggestions, else the original beside the text.
  const [tab, setTab] = useState(() => initialDeskTab(data.suggestions.length));
  const [notice, setNotice] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const onPresence = useCallback(
    (p: PresenceState) => dispatch({ type: "presenceSeen", presence: p }),
    [dispatch],
  );
  const { takeOver, refresh: refreshPresence } = usePresence(
    data.id,
    sessionId,
    onPresence,
  );
  const takenOver = isTakenOver(state);
  const holding = isHolding(state);
  const merged = data.mergedIntoId !== null;
  const access = { canEdit, mergedAway: merged };

  const [showHeat, setShowHeat] = useState(true);
  // Automatic repairs are quiet until asked for (one on each comma would drown the real findings).
  const [showRepairs, setShowRepairs] = useState(false);

  const autosave = useArticleAutosave({
    articleId: data.id,
    sessionId,
    store,
    access,
    // A refused save may mean another tab took over: ask now rather than at the next heartbeat.
    onRefused: () => void refreshPresence(),
  });

  // A tab that does not hold the article shows what the server stores: once
  // it is taken over, and whenever the stored version moves on.
  const followVersion = readerVersion(state);
  useEffect(() => {
    if (
      followVersion === null ||
      (!takenOver && followVersion === store.get().baseVersion)
    )
      return;
    let stale = false;
    void (async () => {
      const result = await callApi<ArticleForEditor>(
        "GET",
        `/api/articles/${data.id}`,
      );
      if (stale || !result.ok) return;
      autosave.yieldTo(result.data);
    })();
    return () => {
      stale = true;
    };
  }, [followVersion, takenOver, data.id, store, autosave]);
  // One tab edits at a time: until this one holds the article it is read only
  // (someone else is editing, or the first heartbeat has not answered yet).
  const editable = isEditable(state, access, hydrated);

  // Edits made before this tab held the article are saved once it does.
  useEffect(() => {
    if (canEdit && holding && !takenOver) void autosave.saveNow();
  }, [canEdit, holding, takenOver, autosave]);

  const changeHeader = useCallback(
    (patch: Partial<Header>) => autosave.edit({ type: "fieldsEdited", patch }),
    [autosave],
  );

  const changeBody = useCallback(
    (body: ArticleDoc, shown: boolean) =>
      autosave.edit({ type: "bodyEdited", body, echo: shown }),
    [autosave],
  );
  const currentBody = useCallback(() => store.get().body, [store]);
  useEditorChanges(changeBody, currentBody);

  const { heat, selected, select } = useDeskHighlights({
    findings,
    words: data.original.words,
    showHeat,
    locale,
  });

  const acceptSuggestion = useCallback(
    async (s: DeskSuggestion, replacement: string) => {
      setBusy(true);
      try {
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
      } finally {
        setBusy(false);
      }
    },
    [autosave, commands, store, t],
  );

  const dismissSuggestion = useCallback(
    async (s: DeskSuggestion) => {
      setBusy(true);
      try {
        await autosave.saveNow({
          reason: "suggestion.dismiss",
          detail: s.text,
          dismissSuggestions: [s.key],
        });
      } finally {
        setBusy(false);
      }
    },
    [autosave],
  );

  const decideRepairs = useCallback(
    async (ids: string[], verdict: "ACCEPTED" | "REJECTED") => {
      setBusy(true);
      try {
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
        // Later places first, so undoing one never moves the ones before it.
        let snapshot = deskSnapshot(now);
        const done: DeskRepair[] = [];
        for (const r of [...chosen].reverse()) {
          const next = rejectRepair(snapshot, r);
          if (next) {
            snapshot = next;
            done.push(r);
          }
        }
        if (done.length < chosen.length)
          setNotice(
            t("notices.repairEdited", { count: chosen.length - done.length }),
          );
        if (done.length === 0) return;
        commands.apply(snapshot.body);
        autosave.edit({ type: "snapshotEdited", snapshot });
        await autosave.saveNow({
          reason: "repair.reject",
          detail: done
            .map((r) =>
              `${r.replacement} → ${r.original}`.replace(/\n\n/g, "¶"),
            )
            .join("；")
            .slice(0, 300),
          repairDecisions: done.map((r) => ({
            repairId: r.id,
            status: "REJECTED" as const,
          })),
        });
      } finally {
        setBusy(false);
      }
    },
    [autosave, commands, store, t],
  );

  /** The server changed the article (split, merge or their undo): continue from what it stored. */
  const continueFrom = useCallback(
    (written: ArticleWritten) => {
      autosave.reset(written);
    },
    [autosave],
  );

  const restore = useCallback(
    async (version: number) => {
      if (!window.confirm(t("history.confirmRestore", { version }))) return;
      setBusy(true);
      try {
        if (!(await autosave.flush())) return;
        const result = await callApi<ArticleWritten>(
          "POST",
          `/api/articles/${data.id}/restore`,
          {
            version,
            baseVersion: autosave.version(),
            sessionId,
          },
        );
        if (!result.ok) {
          setNotice(result.message);
          return;
        }
        continueFrom(result.data);
        setNotice(t("notices.restored", { version }));
      } finally {
        setBusy(false);
      }
    },
    [autosave, continueFrom, data.id, sessionId, t],
  );

  const selectable = useMemo(
    () => suggestions.map((s) => s.key),
    [suggestions],
  );
  useDeskShortcuts({
    enabled: hydrated,
    next: (by) => {
      if (selectable.length === 0) return;
      const at = selected ? selectable.indexOf(selected) : -1;
      const key =
        selectable[(at + by + selectable.length) % selectable.length]!;
      setTab("suggestions");
      select(key);
    },
    accept: () => {
      const s = suggestions.find((x) => x.key === selected);
      if (s) void acceptSuggestion(s, s.replacements[0] ?? "");
    },
    reject: () => {
      const s = suggestions.find((x) => x.key === selected);
      if (s) void dismissSuggestion(s);
    },
    save: () => void autosave.saveNow({ reason: "save" }),
    article: (by) => {
      const id = by > 0 ? data.nextId : data.previousId;
      if (id) router.push(`/desk/articles/${id}`);
    },
    help: () => setHelp((h) => !h),
  });

  const bodyText = docToText(state.body);
  const words = countCharacters(bodyText);
  const page = data.placements[0]?.page;
  const conflictWho = presence?.others[0]?.name ?? t("conflict.someone");
  return (
    <div
      className="desk"
      data-testid="article-desk"
      data-ready={hydrated && editor !== null}
    >
      <nav className="desk-bar">
        <Link href={`/desk/issues/${data.issue.id}`}>
          {data.issue.publicationName} · {data.issue.date}
          {page ? ` · ${t("page", { number: page.number })}` : ""}
        </Link>
        {data.previousId && (
          <Link href={`/desk/articles/${data.previousId}`} rel="prev">
            {t("previous")}
          </Link>
        )}
        {data.nextId && (
          <Link href={`/desk/articles/${data.nextId}`} rel="next">
            {t("next")}
          </Link>
        )}
        <span className="spacer" />
        {heat.length > 0 && (
          <label className="inline-choice">
            <input
              type="checkbox"
              checked={showHeat}
              onChange={(e) => setShowHeat(e.target.checked)}
            />{" "}
            {t("heat")}
          </label>
        )}
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={showRepairs}
            onChange={(e) => setShowRepairs(e.target.checked)}
            data-testid="show-repairs"
          />{" "}
          {t("showRepairs")}
        </label>
        <span data-testid="word-count">{t("words", { count: words })}</span>
        <StatusSelect
          articleId={data.id}
          status={state.articleStatus}
          error={state.statusError}
          disabled={!hydrated || merged || !canEdit}
          dispatch={dispatch}
        />
        <SaveIndicator
          state={shownSaveState(state, canEdit)}
          error={state.error === "signIn" ? t("save.signIn") : state.error}
          onDiscard={autosave.discardLocal}
        />
        <button
          type="button"
          className="small secondary"
          onClick={() => setHelp(true)}
          disabled={!hydrated}
        >
          {t("shortcuts.button")}
        </button>
      </nav>
      <PresenceBar
        presence={presence}
        canEdit={canEdit}
        onTakeOver={() => void takeOver()}
      />
      {state.unsavedKept && takenOver && (
        <p className="notice" role="status" data-testid="unsaved-kept">
          {t("presence.unsavedKept")}
        </p>
      )}
      {merged && (
        <p className="notice" role="status">
          {t("mergedInto")}{" "}
          <Link href={`/desk/articles/${data.mergedIntoId}`}>
            {t("openMerged")}
          </Link>
        </p>
      )}
      {state.merged && state.merged.length > 0 && (
        <p className="notice" role="status" data-testid="merged-notice">
          {t("notices.merged")}{" "}
          {state.merged
            .map((c) => (locale === "en" ? c.description : c.descriptionZh))
            .join("；")}{" "}
          <button
            type="button"
            className="linkish"
            onClick={() => dispatch({ type: "mergedDismissed" })}
          >
            {t("notices.ok")}
          </button>
        </p>
      )}
      {state.notice && (
        <p className="notice" role="status">
          {t(`notices.${state.notice}`)}{" "}
          <button
            type="button"
            className="linkish"
            onClick={() => dispatch({ type: "noticeDismissed" })}
          >
            {t("notices.ok")}
          </button>
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="desk-notice">
          {notice}{" "}
          <button
            type="button"
            className="linkish"
            onClick={() => setNotice(null)}
          >
            {t("notices.ok")}
          </button>
        </p>
      )}
      <div className="desk-columns">
        <div className="desk-main">
          <HeaderFields
            snapshot={{ ...header, body: data.snapshot.body }}
            editable={editable}
            onChange={changeHeader}
          />
          <BylinesEditor
            articleId={data.id}
            bylines={header.bylines}
            editable={editable}
            onChange={(bylines) => changeHeader({ bylines })}
          />
          <div
            className={showRepairs ? "repairs-shown" : "repairs-quiet"}
            data-testid="body-highlights"
          >
            {hydrated ? (
              <BodyEditor editable={editable} />
            ) : (
              <div
                className="article-body preview"
                dangerouslySetInnerHTML={{ __html: bodyHtml }}
              />
            )}
          </div>
          <SplitMergeBar
            articleId={data.id}
            sessionId={sessionId}
            disabled={!editable || busy}
            version={autosave.version}
            flush={autosave.flush}
            issueArticles={issueArticles.filter((a) => a.id !== data.id)}
            onWritten={continueFrom}
            onDone={(message) => {
              setNotice(message);
              router.refresh();
            }}
          />
          <ContinueOnPage
            issueId={data.issue.id}
            articleId={data.id}
            pages={issuePages}
            onPages={data.placements.map((p) => p.page.id)}
            disabled={!editable || busy}
            version={autosave.version}
            flush={autosave.flush}
            onDone={(message) => {
              setNotice(message);
              router.refresh();
            }}
          />
        </div>
        <aside className="desk-side">
          <DeskTabs
            label={t("tabs.label")}
            selected={tab}
            onSelect={setTab}
            tabs={(
              ["original", "repairs", "suggestions", "history"] as const
            ).map((id) => ({
              id,
              label: t(`tabs.${id}`, {
                repairs: repairs.filter((r) => r.status === "PENDING").length,
                suggestions: suggestions.length,
              }),
            }))}
          >
            {tab === "original" && (
              <OriginalPane
                original={data.original.text ?? ""}
                current={bodyText}
                repairs={repairs}
                source={
                  data.original.source
                    ? `${data.original.source.fileName} · ${data.original.source.encoding}`
                    : null
                }
              />
            )}
            {tab === "repairs" && (
              <RepairsPanel
                repairs={repairs}
                disabled={!editable || busy}
                selected={selected}
                onSelect={select}
                onDecide={(ids, v) => void decideRepairs(ids, v)}
              />
            )}
            {tab === "suggestions" && (
              <SuggestionsPanel
                suggestions={suggestions}
                selected={selected}
                disabled={!editable || busy}
                locale={locale}
                onSelect={select}
                onAccept={(s, r) => void acceptSuggestion(s, r)}
                onDismiss={(s) => void dismissSuggestion(s)}
              />
            )}
            {tab === "history" && (
              <HistoryPanel
                locale={locale}
                articleId={data.id}
                initial={data.revisions}
                refreshKey={state.historyKey}
                disabled={!editable || busy}
                onRestore={(v) => void restore(v)}
              />
            )}
          </DeskTabs>
        </aside>
      </div>
      {state.conflict && (
        <ConflictDialog
          who={conflictWho}
          conflicts={state.conflict.conflicts}
          onResolve={(c) => void autosave.resolve(c)}
        />
      )}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
