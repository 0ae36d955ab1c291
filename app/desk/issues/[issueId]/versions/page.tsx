import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { DiffText } from "@/components/articles/original-pane";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { readVersionComparison } from "@/lib/publishing/compare-versions";
import { listPublishedVersions } from "@/lib/publishing/read-published";

export const dynamic = "force-dynamic";

const versionParam = (v: string | undefined) =>
  v && /^\d{1,6}$/.test(v) ? Number(v) : null;

/** 版本比较: two published versions of the issue, what readers got in each, article by article. */
export default async function CompareVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ issueId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { issueId } = await params;
  await requireOnIssue("issue.view", issueId);
  const query = await searchParams;
  const [issue, versions, t] = await Promise.all([
    db().issue.findUnique({
      where: { id: issueId },
      select: { date: true, publication: { select: { name: true } } },
    }),
    listPublishedVersions(db(), issueId),
    getTranslations("publish.compare"),
  ]);
  if (!issue) notFound();
  const date = issue.date.toISOString().slice(0, 10);
  const newest = versions[0]?.version ?? null;
  const to = versionParam(query.to) ?? newest;
  const from =
    versionParam(query.from) ?? (to !== null && to > 1 ? to - 1 : null);
  const comparison =
    from !== null && to !== null
      ? await readVersionComparison(db(), issueId, from, to)
      : null;
  const shown =
    comparison?.articles.filter((a) => a.change !== "unchanged") ?? [];
  const select = (name: "from" | "to", value: number | null) => (
    <label>
      {t(name)}{" "}
      <select name={name} defaultValue={value ?? undefined}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t("version", { version: v.version })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <p>
        <Link href={`/desk/issues/${issueId}`}>
          ← {issue.publication.name} · {date}
        </Link>
      </p>
      <h1>{t("title", { date })}</h1>
      {versions.length < 2 ? (
        <p className="muted">{t("needTwo")}</p>
      ) : (
        <form className="desk-bar" method="get">
          {select("from", from)}
          {select("to", to)}
          <button type="submit">{t("compare")}</button>
        </form>
      )}
      {comparison && versions.length >= 2 && (
        <>
          <p className="muted" data-testid="compare-summary">
            {t("summary", {
              changed: comparison.articles.filter((a) => a.change === "changed")
                .length,
              added: comparison.articles.filter((a) => a.change === "added")
                .length,
              removed: comparison.articles.filter((a) => a.change === "removed")
                .length,
            })}
          </p>
          {shown.length === 0 && <p>{t("same")}</p>}
          {shown.map((a) => (
            <section
              key={a.articleId}
              className="card"
              data-testid="compare-article"
            >
              <h2>
                {a.headline || "—"}{" "}
                <span className="tag">{t(`change.${a.change}`)}</span>
              </h2>
              <DiffText ops={a.ops} side="inline" testId="compare-diff" />
            </section>
          ))}
          {comparison.newCorrections.length > 0 && (
            <section className="card">
              <h2>{t("corrections")}</h2>
              <ul>
                {comparison.newCorrections.map(({ articleId, note }) => (
                  <li key={`${articleId}-${note.version}`}>
                    {comparison.articles.find((a) => a.articleId === articleId)
                      ?.headline ?? "—"}
                    ：{note.note}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
