"use client";

// The article's revisions: author, time and reason; a character diff
// between any two; restoring one (itself a new revision).
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import { callApi } from "@/components/http/call-api";
import { docToText } from "@/lib/articles/article-doc";
import type { ArticleSnapshot } from "@/lib/articles/article-snapshot";
import { charDiff } from "@/lib/articles/diff/char-diff";
import { editorialSummary } from "@/lib/articles/diff/repair-diff";
import type { RevisionContent } from "@/lib/articles/get-revision";
import type { RevisionListItem } from "@/lib/articles/list-revisions";
import { readRevisionDetail } from "@/lib/articles/revision-detail";

import { DiffText } from "./original-pane";

/** The whole content as text for comparing revisions: header lines, bylines, body. */
export function snapshotText(s: ArticleSnapshot): string {
  const header = [s.kicker, s.headline, s.deck, s.dateline]
    .filter(Boolean)
    .join("\n");
  const bylines = s.bylines
    .map((b) => `${b.label} ${b.name ?? ""}`.trim())
    .join(" ");
  return [header, bylines, docToText(s.body)].filter(Boolean).join("\n\n");
}

async function loadRevision(
  articleId: string,
  version: number,
): Promise<RevisionContent | null> {
  const res = await callApi<{ revision: RevisionContent }>(
    "GET",
    `/api/articles/${articleId}/revisions/${version}`,
  );
  return res.ok ? res.data.revision : null;
}

export function HistoryPanel({
  articleId,
  initial,
  refreshKey,
  disabled,
  onRestore,
  locale,
}: {
  locale: string;
  articleId: string;
  /** The list as the page loaded it (fetched again only after a save). */
  initial: RevisionListItem[];
  /** Changes whenever the article was saved, so the list reloads. */
  refreshKey: number;
  disabled: boolean;
  onRestore: (version: number) => void;
}) {
  const t = useTranslations("editor.history");
  const tr = useTranslations("editor.reason");
  const td = useTranslations("editor.history.detail");
  const tk = useTranslations("editor.repairKind");
  const detailText = (reason: string, detail: string) => {
    const d = readRevisionDetail(reason, detail);
    if ("text" in d) return d.text;
    if (d.key === "repairsOfKind")
      return td(d.key, { ...d.values, kind: tk(d.kind) });
    return td(d.key, d.values);
  };
  const [revisions, setRevisions] = useState(initial);
  const [from, setFrom] = useState<number | null>(
    initial[1]?.version ?? initial[0]?.version ?? null,
  );
  const [to, setTo] = useState<number | null>(initial[0]?.version ?? null);
  const [diff, setDiff] = useState<ReturnType<typeof charDiff> | null>(null);

  useEffect(() => {
    if (refreshKey === 0) return;
    let live = true;
    void callApi<{ revisions: RevisionListItem[] }>(
      "GET",
      `/api/articles/${articleId}/revisions`,
    ).then((res) => {
      if (!live || !res.ok) return;
      setRevisions(res.data.revisions);
      const [newest, previous] = res.data.revisions;
      setTo((v) => v ?? newest?.version ?? null);
      setFrom((v) => v ?? previous?.version ?? newest?.version ?? null);
    });
    return () => {
      live = false;
    };
  }, [articleId, refreshKey]);

  const compare = useCallback(async () => {
    if (from === null || to === null) return;
    const [a, b] = await Promise.all([
      loadRevision(articleId, from),
      loadRevision(articleId, to),
    ]);
    if (a && b)
      setDiff(charDiff(snapshotText(a.snapshot), snapshotText(b.snapshot)));
  }, [articleId, from, to]);

  return (
    <section
      className="panel"
      aria-label={t("title")}
      data-testid="history-panel"
    >
      <header className="panel-head">
        <h2>{t("title")}</h2>
      </header>
      <table className="history">
        <thead>
          <tr>
            <th>{t("version")}</th>
            <th>{t("from")}</th>
            <th>{t("to")}</th>
            <th>{t("who")}</th>
            <th>{t("reason")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr
              key={r.version}
              data-testid="revision-row"
              data-version={r.version}
            >
              <td>{r.version}</td>
              <td>
                <input
                  type="radio"
                  name="rev-from"
                  aria-label={t("compareFrom", { version: r.version })}
                  checked={from === r.version}
                  onChange={() => setFrom(r.version)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="rev-to"
                  aria-label={t("compareTo", { version: r.version })}
                  checked={to === r.version}
                  onChange={() => setTo(r.version)}
                />
              </td>
              <td>
                {r.author?.name ?? "—"}
                <div className="muted small">
                  {new Date(r.createdAt).toLocaleString(locale)}
                </div>
              </td>
              <td>
                {tr.has(r.reason.replace(/\./g, "_"))
                  ? tr(r.reason.replace(/\./g, "_"))
                  : r.reason}
                {r.detail && (
                  <div className="muted small" data-testid="revision-detail">
                    {detailText(r.reason, r.detail)}
                  </div>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="small secondary"
                  disabled={disabled}
                  onClick={() => onRestore(r.version)}
                >
                  {t("restore")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          className="small"
          onClick={() => void compare()}
          disabled={from === null || to === null}
        >
          {t("compare")}
        </button>
      </p>
      {diff && (
        <>
          {/* Both revisions already hold the import's repairs: what differs is the editors' work. */}
          <p className="muted small" data-testid="revision-diff-summary">
            {t("diffSummary", editorialSummary(diff))}
          </p>
          <DiffText ops={diff} side="inline" />
        </>
      )}
    </section>
  );
}
