"use client";

// The correction desk for one article: fields, bylines and body on the left;
// the untouched original with its diff, repairs, suggestions and history on
// the right. Edits autosave; every accept, reject, restore and split is a
// revision with its reason. The desk's state is one reducer (desk-state.ts);
// the body's editor sits behind one context (editor/desk-editor-context.tsx).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";

import { useHydrated } from "@/components/hydration/use-hydrated";
import { ContinueOnPage } from "@/components/layout-board/continue-on-page";
import { countCharacters, docToText } from "@/lib/articles/article-doc";
import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";
import type { ArticleDoc } from "@/lib/articles/tiptap-schema";

import { BylinesEditor } from "./bylines-editor";
import { ConflictDialog } from "./conflict-dialog";
import { DeskBar } from "./desk-bar";
import { tabSessionId } from "./desk-drafts";
import { DeskNotices } from "./desk-notices";
import { isEditable, isTakenOver } from "./desk-selectors";
import { DeskSidePane } from "./desk-side-pane";
import type { Header } from "./desk-state";
import { initialDeskTab } from "./desk-tabs";
import { BodyEditor } from "./editor/body-editor";
import {
  DeskEditorProvider,
  useDeskEditor,
  useEditorChanges,
} from "./editor/desk-editor-context";
import { useDeskHighlights } from "./editor/use-desk-highlights";
import { HeaderFields } from "./header-fields";
import { PresenceBar } from "./presence-bar";
import { ShortcutsHelp } from "./shortcuts-help";
import { SplitMergeBar } from "./split-merge-bar";
import { useArticleAutosave } from "./use-article-autosave";
import { useDeskActions } from "./use-desk-actions";
import { useDeskShortcuts } from "./use-desk-shortcuts";
import { useDeskStore } from "./use-desk-store";
import { useDeskPresence, useOneTabEdits } from "./use-one-tab-edits";

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
  const { header, findings, presence } = state;
  // The pane opens on what needs attention: the suggestions, else the original beside the text.
  const [tab, setTab] = useState(() => initialDeskTab(data.suggestions.length));
  const [help, setHelp] = useState(false);
  const [showHeat, setShowHeat] = useState(true);
  // Automatic repairs are quiet until asked for (one on each comma would drown the real findings).
  const [showRepairs, setShowRepairs] = useState(false);
  const merged = data.mergedIntoId !== null;
  const access = { canEdit, mergedAway: merged };

  const { takeOver, refresh } = useDeskPresence(
    data.id,
    data.issue.id,
    sessionId,
    store,
  );
  const autosave = useArticleAutosave({
    articleId: data.id,
    sessionId,
    store,
    access,
    // A refused save may mean another tab took over: ask now rather than at the next heartbeat.
    onRefused: () => void refresh(),
  });
  useOneTabEdits({ articleId: data.id, canEdit, state, store, autosave });
  // One tab edits at a time: until this one holds the article it is read only
  // (someone else is editing, or the first heartbeat has not answered yet).
  const editable = isEditable(state, access, hydrated);

  const changeHeader = useCallback(
    (patch: Partial<Header>) => autosave.edit({ type: "fieldsEdited", patch }),
    [autosave],
  );
  const changeBody = useCallback(
    (body: ArticleDoc, echo: boolean) =>
      autosave.edit({ type: "bodyEdited", body, echo }),
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
  const actions = useDeskActions({
    articleId: data.id,
    sessionId,
    store,
    autosave,
  });
  const { busy, setNotice } = actions;

  const selectable = useMemo(
    () => findings.suggestions.map((s) => s.key),
    [findings.suggestions],
  );
  const selectedSuggestion = () =>
    findings.suggestions.find((x) => x.key === selected);
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
      const s = selectedSuggestion();
      if (s) void actions.acceptSuggestion(s, s.replacements[0] ?? "");
    },
    reject: () => {
      const s = selectedSuggestion();
      if (s) void actions.dismissSuggestion(s);
    },
    save: () => void autosave.saveNow({ reason: "save" }),
    article: (by) => {
      const id = by > 0 ? data.nextId : data.previousId;
      if (id) router.push(`/desk/articles/${id}`);
    },
    help: () => setHelp((h) => !h),
  });

  /** A split, merge or 续版 is done: say so, and reload what the server renders. */
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };
  const bodyText = docToText(state.body);
  const held = !editable || busy;
  return (
    <div
      className="desk"
      data-testid="article-desk"
      data-ready={hydrated && editor !== null}
    >
      <DeskBar
        data={data}
        state={state}
        dispatch={store.dispatch}
        canEdit={canEdit}
        hydrated={hydrated}
        merged={merged}
        words={countCharacters(bodyText)}
        hasHeat={heat.length > 0}
        showHeat={showHeat}
        onShowHeat={setShowHeat}
        showRepairs={showRepairs}
        onShowRepairs={setShowRepairs}
        onDiscard={autosave.discardLocal}
        onHelp={() => setHelp(true)}
      />
      <PresenceBar
        presence={presence}
        canEdit={canEdit}
        onTakeOver={() => void takeOver()}
      />
      <DeskNotices
        state={state}
        dispatch={store.dispatch}
        takenOver={isTakenOver(state)}
        mergedIntoId={data.mergedIntoId}
        locale={locale}
        notice={actions.notice}
        onDismissNotice={() => setNotice(null)}
      />
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
            disabled={held}
            version={autosave.version}
            flush={autosave.flush}
            issueArticles={issueArticles.filter((a) => a.id !== data.id)}
            onWritten={actions.continueFrom}
            onDone={done}
          />
          <ContinueOnPage
            issueId={data.issue.id}
            articleId={data.id}
            pages={issuePages}
            onPages={data.placements.map((p) => p.page.id)}
            disabled={held}
            version={autosave.version}
            flush={autosave.flush}
            onDone={done}
          />
        </div>
        <DeskSidePane
          state={state}
          data={data}
          bodyText={bodyText}
          locale={locale}
          tab={tab}
          onTab={setTab}
          selected={selected}
          onSelect={select}
          disabled={held}
          onDecide={(ids, v) => void actions.decideRepairs(ids, v)}
          onAccept={(s, r) => void actions.acceptSuggestion(s, r)}
          onDismiss={(s) => void actions.dismissSuggestion(s)}
          onRestore={(v) => void actions.restore(v)}
        />
      </div>
      {state.conflict && (
        <ConflictDialog
          who={presence?.others[0]?.name ?? t("conflict.someone")}
          conflicts={state.conflict.conflicts}
          onResolve={(c) => void autosave.resolve(c)}
        />
      )}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
