"use client";

// The desk's top bar: where the article runs and its neighbours, what the
// editor marks, the character count, the status, whether it is saved, and
// the shortcuts.
import Link from "next/link";
import { useTranslations } from "next-intl";

import type { ArticleForEditor } from "@/lib/articles/get-article-for-editor";

import { shownSaveState } from "./desk-selectors";
import type { DeskAction, DeskState } from "./desk-state";
import { SaveIndicator } from "./save-indicator";
import { StatusSelect } from "./status-select";

export interface DeskBarProps {
  data: Pick<
    ArticleForEditor,
    "id" | "issue" | "placements" | "previousId" | "nextId"
  >;
  state: DeskState;
  dispatch: (action: DeskAction) => void;
  canEdit: boolean;
  hydrated: boolean;
  /** The article was merged into another: its status is not set here. */
  merged: boolean;
  /** Characters of the body as shown. */
  words: number;
  /** Whether OCR confidences arrived (the heat toggle shows only then). */
  hasHeat: boolean;
  showHeat: boolean;
  onShowHeat: (show: boolean) => void;
  showRepairs: boolean;
  onShowRepairs: (show: boolean) => void;
  onDiscard: () => void;
  onHelp: () => void;
}

export function DeskBar(props: DeskBarProps) {
  const { data, state, canEdit, hydrated } = props;
  const t = useTranslations("editor");
  const page = data.placements[0]?.page;
  return (
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
      {props.hasHeat && (
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={props.showHeat}
            onChange={(e) => props.onShowHeat(e.target.checked)}
          />{" "}
          {t("heat")}
        </label>
      )}
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={props.showRepairs}
          onChange={(e) => props.onShowRepairs(e.target.checked)}
          data-testid="show-repairs"
        />{" "}
        {t("showRepairs")}
      </label>
      <span data-testid="word-count">{t("words", { count: props.words })}</span>
      <StatusSelect
        articleId={data.id}
        status={state.articleStatus}
        error={state.statusError}
        disabled={!hydrated || props.merged || !canEdit}
        dispatch={props.dispatch}
      />
      <SaveIndicator
        state={shownSaveState(state, canEdit)}
        error={state.error === "signIn" ? t("save.signIn") : state.error}
        onDiscard={props.onDiscard}
      />
      <button
        type="button"
        className="small secondary"
        onClick={props.onHelp}
        disabled={!hydrated}
      >
        {t("shortcuts.button")}
      </button>
    </nav>
  );
}
