"use client";

// The desk's right pane: the untouched original beside the text, the
// import's repairs, the suggestions and the history, one tab at a time.
import { useTranslations } from "next-intl";

import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";

import type { DeskState } from "./desk-state";
import { type DeskTabId, DeskTabs } from "./desk-tabs";
import type { DeskSuggestion } from "./desk-types";
import { HistoryPanel } from "./history-panel";
import { OriginalPane } from "./original-pane";
import { RepairsPanel } from "./repairs-panel";
import { SuggestionsPanel } from "./suggestions-panel";

const TABS = ["original", "repairs", "suggestions", "history"] as const;

export interface DeskSidePaneProps {
  data: Pick<ArticleForEditor, "id" | "original" | "revisions">;
  state: Pick<DeskState, "findings" | "historyKey">;
  /** The body's text as shown, for the diff against the original. */
  bodyText: string;
  locale: string;
  tab: DeskTabId;
  onTab: (tab: DeskTabId) => void;
  /** The selected suggestion key or repair id. */
  selected: string | null;
  onSelect: (id: string) => void;
  /** The panels' actions are held (read only, or an action under way). */
  disabled: boolean;
  onDecide: (ids: string[], verdict: "ACCEPTED" | "REJECTED") => void;
  onAccept: (s: DeskSuggestion, replacement: string) => void;
  onDismiss: (s: DeskSuggestion) => void;
  onRestore: (version: number) => void;
}

export function DeskSidePane(props: DeskSidePaneProps) {
  const { data, state, tab, selected, disabled, locale } = props;
  const { repairs, suggestions } = state.findings;
  const t = useTranslations("editor");
  const { source } = data.original;
  return (
    <aside className="desk-side">
      <DeskTabs
        label={t("tabs.label")}
        selected={tab}
        onSelect={props.onTab}
        tabs={TABS.map((id) => ({
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
            current={props.bodyText}
            repairs={repairs}
            source={source ? `${source.fileName} · ${source.encoding}` : null}
          />
        )}
        {tab === "repairs" && (
          <RepairsPanel
            repairs={repairs}
            disabled={disabled}
            selected={selected}
            onSelect={props.onSelect}
            onDecide={props.onDecide}
          />
        )}
        {tab === "suggestions" && (
          <SuggestionsPanel
            suggestions={suggestions}
            selected={selected}
            disabled={disabled}
            locale={locale}
            onSelect={props.onSelect}
            onAccept={props.onAccept}
            onDismiss={props.onDismiss}
          />
        )}
        {tab === "history" && (
          <HistoryPanel
            locale={locale}
            articleId={data.id}
            initial={data.revisions}
            refreshKey={state.historyKey}
            disabled={disabled}
            onRestore={props.onRestore}
          />
        )}
      </DeskTabs>
    </aside>
  );
}
