"use client";

// Find and replace across an issue (a misspelt name in every article): every
// match in context first, untick what should stay, apply in one transaction
// as revisions, undo the whole run as one step. The server answers a page of
// matches with a capped total; more pages load on request, up to what one
// replace run takes (REPLACE_MAX_MATCHES).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { callApi } from "@/components/http/call-api";
import { useHydrated } from "@/components/hydration/use-hydrated";
import type { FindResult } from "@/lib/issues/find-in-issue";
import { FIND_PAGE_SIZE, REPLACE_MAX_MATCHES } from "@/lib/issues/find-limits";
import type { ReplaceResult } from "@/lib/issues/replace-in-issue";
import type { UndoReplaceResult } from "@/lib/issues/undo-replace-batch";

export function FindReplace({ issueId }: { issueId: string }) {
  const t = useTranslations("findReplace");
  const tf = useTranslations("editor.fields");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const [found, setFound] = useState<
    (FindResult & { replacement: string; caseSensitive: boolean }) | null
  >(null);
  const [loading, setLoading] = useState(false);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<ReplaceResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function find() {
    const data = new FormData(form.current!);
    const query = String(data.get("query") ?? "");
    if (!query) return setError(t("needQuery"));
    setError(null);
    setMessage(null);
    setDone(null);
    const caseSensitive = data.get("caseSensitive") === "on";
    const result = await callApi<FindResult>(
      "POST",
      `/api/issues/${issueId}/find`,
      { query, caseSensitive },
    );
    if (!result.ok) return setError(result.message);
    setUnticked(new Set());
    setFound({
      ...result.data,
      replacement: String(data.get("replacement") ?? ""),
      caseSensitive,
    });
  }

  async function loadMore() {
    if (!found?.next) return;
    setLoading(true);
    const { query, caseSensitive, next } = found;
    const result = await callApi<FindResult>(
      "POST",
      `/api/issues/${issueId}/find`,
      { query, caseSensitive, after: next },
    );
    setLoading(false);
    if (!result.ok) return setError(result.message);
    setFound({
      ...found,
      next: result.data.next,
      matches: [...found.matches, ...result.data.matches],
    });
  }

  async function replace() {
    if (!found) return;
    const matchIds = found.matches
      .filter((m) => !unticked.has(m.id))
      .map((m) => m.id);
    if (matchIds.length === 0) return setError(t("noneChosen"));
    const result = await callApi<ReplaceResult>(
      "POST",
      `/api/issues/${issueId}/replace`,
      { query: found.query, replacement: found.replacement, matchIds },
    );
    if (!result.ok) return setError(result.message);
    const { data } = result;
    setDone(data);
    setFound(null);
    setMessage(
      t("replaced", {
        count: data.replaced,
        articles: data.articles.length,
        skipped: data.skipped.length,
      }),
    );
  }

  async function undo() {
    if (!done) return;
    const result = await callApi<UndoReplaceResult>(
      "POST",
      `/api/issues/${issueId}/replace/undo`,
      { batchId: done.batchId },
    );
    if (!result.ok) return setError(result.message);
    const { restored, changedSince } = result.data;
    setDone(null);
    setMessage(
      t("undone", { count: restored.length }) +
        (changedSince.length
          ? ` ${t("changedSince", { headlines: changedSince.map((a) => a.headline).join("、") })}`
          : ""),
    );
  }

  return (
    <div data-testid="find-replace">
      <form
        ref={form}
        method="post"
        data-ready={hydrated}
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
        onChange={() => setFound(null)}
      >
        <label htmlFor="query">{t("find")}</label>
        <input id="query" name="query" required maxLength={200} />
        <label htmlFor="replacement">{t("replaceWith")}</label>
        <input id="replacement" name="replacement" maxLength={200} />
        <label>
          <input type="checkbox" name="caseSensitive" /> {t("caseSensitive")}
        </label>
        <p>
          <button type="submit" disabled={!hydrated}>
            {t("search")}
          </button>
        </p>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {message && (
        <p role="status" className="notice" data-testid="replace-result">
          {message}{" "}
          {done && (
            <button
              type="button"
              className="linkish"
              onClick={() => void undo()}
            >
              {t("undo")}
            </button>
          )}
        </p>
      )}
      {found && (
        <section className="card">
          <h2 data-testid="match-total">
            {t(found.totalCapped ? "totalCapped" : "total", {
              count: found.total,
              articles: found.articleCount,
            })}
            {found.next ? t("shown", { shown: found.matches.length }) : ""}
          </h2>
          {found.matches.length > 0 && (
            <>
              <p className="muted">{t("untick")}</p>
              <ol className="item-list">
                {found.matches.map((m) => (
                  <li key={m.id} className="item" data-testid="match">
                    <label className="inline-choice">
                      <input
                        type="checkbox"
                        checked={!unticked.has(m.id)}
                        onChange={(e) => {
                          const next = new Set(unticked);
                          if (e.target.checked) next.delete(m.id);
                          else next.add(m.id);
                          setUnticked(next);
                        }}
                      />
                      <span>
                        …{m.before}
                        <mark>{m.text}</mark>
                        {m.after}…
                      </span>
                    </label>
                    <span className="muted small">
                      <Link href={`/desk/articles/${m.articleId}`}>
                        {m.headline || "—"}
                      </Link>
                      {m.pageNumber ? ` · ${m.pageNumber}版` : ""} ·{" "}
                      {m.field === "body" ? t("inBody") : tf(m.field)}
                    </span>
                  </li>
                ))}
              </ol>
              {found.next && (
                <p>
                  {found.matches.length < REPLACE_MAX_MATCHES ? (
                    <button
                      type="button"
                      className="linkish"
                      disabled={loading}
                      onClick={() => void loadMore()}
                    >
                      {t("loadMore", { count: FIND_PAGE_SIZE })}
                    </button>
                  ) : (
                    <span className="muted">
                      {t("loadLimit", { max: REPLACE_MAX_MATCHES })}
                    </span>
                  )}
                </p>
              )}
              <p>
                <button type="button" onClick={() => void replace()}>
                  {t("apply", {
                    count: found.matches.length - unticked.size,
                    replacement: found.replacement || t("nothing"),
                  })}
                </button>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
