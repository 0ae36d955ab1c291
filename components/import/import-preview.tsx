"use client";

import { useLocale, useTranslations } from "next-intl";

import type { EditedPageNotice } from "@/lib/import/list-edited-pages";
import { localiseWarning } from "@/lib/import/localise-warning";
import type { ImportPreview as Preview } from "@/lib/import/summarise-document";

/** What an import would store, and which of its pages editors have already changed. */
export function ImportPreview({
  preview,
  editedPages = [],
}: {
  preview: Preview;
  editedPages?: EditedPageNotice[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const articleCount = preview.pages.reduce((n, p) => n + p.articles.length, 0);
  return (
    <section className="card" data-testid="import-preview">
      <h2>{t("import.found")}</h2>
      <p>
        {preview.files.map((f) => (
          <span key={f.name} className="tag">
            {f.name} · {f.format} · {f.encoding}
          </span>
        ))}
      </p>
      <p>
        {t("import.articles", { count: articleCount })} ·{" "}
        {t("import.repairs", { count: preview.repairCount })}
      </p>
      {editedPages.length > 0 && (
        <div className="notice" role="status" data-testid="edited-pages">
          {editedPages.map((p) => (
            <p key={p.number}>
              {p.signedOff
                ? t("import.pageSignedOff", { page: p.number })
                : t("import.pageEdited", {
                    page: p.number,
                    count: p.corrected,
                  })}
            </p>
          ))}
          <p>{t("import.editedHint")}</p>
        </div>
      )}
      {preview.pages.map((page) => (
        <div key={page.number ?? "?"}>
          <h3>{t("issue.page", { number: page.number ?? "?" })}</h3>
          {page.furniture.length > 0 && (
            <p className="muted">
              {t("issue.furniture")}: {page.furniture.join(" / ")}
            </p>
          )}
          {page.rubrics.length > 0 && (
            <p className="muted">
              {t("issue.rubrics")}: {page.rubrics.join(" / ")}
            </p>
          )}
          <table>
            <tbody>
              {page.articles.map((a, i) => (
                <tr key={i} data-testid="preview-article">
                  <td>{i + 1}</td>
                  <td>
                    {a.kicker && <div className="muted">{a.kicker}</div>}
                    <strong>{a.headline ?? t("issue.untitled")}</strong>
                    {a.deck && <div className="muted">——{a.deck}</div>}
                  </td>
                  <td>{a.bylines.join(" · ")}</td>
                  <td>
                    {a.paragraphs} ¶{a.subheads ? ` · ${a.subheads} §` : ""}
                  </td>
                  <td>
                    {a.jumps.map((j) => (
                      <span key={j} className="tag">
                        {j}
                      </span>
                    ))}
                  </td>
                  <td>
                    {a.repairs ? t("import.repairs", { count: a.repairs }) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {preview.repairCount > 0 && (
        <details>
          <summary>
            {t("import.repairs", { count: preview.repairCount })}
          </summary>
          <p className="muted small">
            {Object.entries(preview.repairCounts)
              .map(([kind, n]) => `${t(`import.kind.${kind}`)} ${n}`)
              .join(" · ")}
            {preview.repairs.length < preview.repairCount &&
              ` — ${t("import.firstShown", { count: preview.repairs.length })}`}
          </p>
          <ul data-testid="preview-repairs">
            {preview.repairs.map((r, i) => (
              <li key={i}>
                <span className="tag">{t(`import.kind.${r.kind}`)}</span>
                {t("issue.page", { number: r.page ?? "?" })} #{r.article}:{" "}
                <code>{JSON.stringify(r.original)}</code> →{" "}
                <code>{JSON.stringify(r.replacement)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.warningCount > 0 && (
        <>
          <h3>
            {t("import.warnings")}
            {preview.warnings.length < preview.warningCount &&
              ` (${t("import.firstShown", { count: preview.warnings.length })} / ${preview.warningCount})`}
          </h3>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>
                {w.file
                  ? `${w.file}${locale.startsWith("zh") ? "：" : ": "}`
                  : ""}
                {localiseWarning(w.message, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
