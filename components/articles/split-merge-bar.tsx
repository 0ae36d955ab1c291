"use client";

// Split the article at the paragraph holding the cursor (for runs of short
// items the importer left together), or append another article of the issue
// to this one (for a continuation that arrived as its own article). Both are
// revisions on the server, and both can be undone from here.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { callApi } from "@/components/http/call-api";
import type { ArticleWritten } from "@/lib/articles/save-article";

import { useDeskEditor } from "./editor/desk-editor-context";

interface Done {
  written: ArticleWritten;
  message: string;
  link?: { href: string; label: string };
  /** POST here (with the session id) undoes it. */
  undoUrl: string;
}

export interface SplitMergeBarProps {
  articleId: string;
  sessionId: string;
  disabled: boolean;
  version: () => number;
  flush: () => Promise<boolean>;
  issueArticles: { id: string; headline: string; page: number | null }[];
  /** The article as the server stored it after the split, merge or undo. */
  onWritten: (written: ArticleWritten) => void;
  onDone: (message: string) => void;
}

export function SplitMergeBar(props: SplitMergeBarProps) {
  const t = useTranslations("editor.splitMerge");
  const [other, setOther] = useState("");
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { commands } = useDeskEditor();

  async function run<T>(
    url: string,
    body: Record<string, unknown>,
    then: (result: T) => Done,
  ) {
    setError(null);
    if (!(await props.flush())) return;
    const result = await callApi<T>("POST", url, {
      ...body,
      baseVersion: props.version(),
      sessionId: props.sessionId,
    });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const next = then(result.data);
    setDone(next);
    props.onWritten(next.written);
    props.onDone(next.message);
  }

  const split = () => {
    const atBlock = commands.cursorBlock();
    if (atBlock < 1) {
      setError(t("splitFirst"));
      return;
    }
    void run<{ original: ArticleWritten; created: { id: string } }>(
      `/api/articles/${props.articleId}/split`,
      { atBlock },
      (r) => ({
        written: r.original,
        message: t("splitDone"),
        link: { href: `/desk/articles/${r.created.id}`, label: t("openNew") },
        undoUrl: `/api/articles/${r.created.id}/split/undo`,
      }),
    );
  };

  const merge = () => {
    if (!other) return;
    void run<{ article: ArticleWritten }>(
      `/api/articles/${props.articleId}/merge`,
      { secondId: other },
      (r) => ({
        written: r.article,
        message: t("mergeDone"),
        undoUrl: `/api/articles/${other}/merge/undo`,
      }),
    );
  };

  const undo = async () => {
    if (!done) return;
    setError(null);
    if (!(await props.flush())) return;
    const result = await callApi<{ article: ArticleWritten }>(
      "POST",
      done.undoUrl,
      { sessionId: props.sessionId },
    );
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDone(null);
    props.onWritten(result.data.article);
    props.onDone(t("undone"));
  };

  return (
    <div className="split-merge" data-testid="split-merge">
      <button
        type="button"
        className="small secondary"
        disabled={props.disabled}
        onClick={split}
      >
        {t("split")}
      </button>
      <label className="inline-choice">
        {t("mergeLabel")}{" "}
        <select
          value={other}
          onChange={(e) => setOther(e.target.value)}
          disabled={props.disabled}
          aria-label={t("mergeLabel")}
        >
          <option value="">—</option>
          {props.issueArticles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.page ? `${t("page", { number: a.page })} · ` : ""}
              {a.headline || t("untitled")}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="small secondary"
        disabled={props.disabled || !other}
        onClick={merge}
      >
        {t("merge")}
      </button>
      {done && (
        <span className="notice">
          {done.message}{" "}
          {done.link && <Link href={done.link.href}>{done.link.label}</Link>}{" "}
          <button type="button" className="linkish" onClick={() => void undo()}>
            {t("undo")}
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
