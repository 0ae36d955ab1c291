"use client";

// For the correction desk: continue the article on another page from the
// paragraph holding the cursor — the same continuation the board's 续版
// makes (POST /api/issues/:id/layout/continuations). To wire it: pass the
// issue's pages (lib/issues/list-issue-pages.ts), the version and flush, as
// SplitMergeBar takes them; the cursor's block comes from the desk's editor.
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { useDeskEditor } from "@/components/articles/editor/desk-editor-context";
import { callApi } from "@/components/http/call-api";

export interface ContinueOnPageProps {
  issueId: string;
  articleId: string;
  /** The issue's pages; those the article already runs on are left out here. */
  pages: { id: string; number: number; name: string | null }[];
  /** Pages the article already has a part on. */
  onPages: string[];
  disabled: boolean;
  /** The version shown in the editor (the split names it). */
  version: () => number;
  /** Saves pending edits first; false when that failed. */
  flush: () => Promise<boolean>;
  onDone: (message: string) => void;
}

export function ContinueOnPage(props: ContinueOnPageProps) {
  const t = useTranslations("layout");
  const [error, setError] = useState<string | null>(null);
  const { commands } = useDeskEditor();
  const pages = props.pages.filter((p) => !props.onPages.includes(p.id));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    const toPageId = String(
      new FormData(e.currentTarget).get("toPageId") ?? "",
    );
    if (!toPageId) {
      setError(t("splitDialog.choosePage"));
      return;
    }
    if (!(await props.flush())) return;
    const r = await callApi<{ markerOut: string; markerIn: string }>(
      "POST",
      `/api/issues/${props.issueId}/layout/continuations`,
      {
        articleId: props.articleId,
        atBlock: commands.cursorBlock(),
        toPageId,
        baseVersion: props.version(),
      },
    );
    if (r.ok) props.onDone(`${r.data.markerOut} ${r.data.markerIn}`);
    else setError(r.message);
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="inline-choice"
      data-testid="continue-on-page"
    >
      <label className="inline-choice">
        {t("splitDialog.to")}{" "}
        <select name="toPageId" defaultValue="" disabled={props.disabled}>
          <option value="">—</option>
          {pages.map((p) => (
            <option key={p.id} value={p.id}>
              {t("page", { number: p.number })}
              {p.name ? ` ${p.name}` : ""}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="small secondary"
        disabled={props.disabled}
      >
        {t("splitDialog.submit")}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
