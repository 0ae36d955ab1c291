import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LiveRefresh } from "@/components/issues/live-refresh";
import { PublishControls } from "@/components/issues/publish-controls";
import { readerHrefs } from "@/components/reader/reader-hrefs";
import { ReviewGrid } from "@/components/review/review-grid";
import { requireOnIssue } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { formatLocalDateTime } from "@/lib/i18n/local-time";
import { getIssueOverview } from "@/lib/issues/get-issue-overview";
import { PUBLISHABLE_FROM } from "@/lib/publishing/publish-issue";
import { listPublishedVersions } from "@/lib/publishing/read-published";
import { readReviewGrid } from "@/lib/review/read-review";

export default async function IssuePage({
  params,
}: {
  params: Promise<{ issueId: string }>;
}) {
  const { issueId } = await params;
  const { user, resource } = await requireOnIssue("issue.view", issueId);
  const [issue, t, ts, tStatus, tp, publishing, versions] = await Promise.all([
    getIssueOverview(db(), issueId),
    getTranslations("issue"),
    getTranslations("articleStatus"),
    getTranslations("status"),
    getTranslations("publish"),
    db().issue.findUnique({
      where: { id: issueId },
      select: {
        liveVersion: true,
        scheduledAt: true,
        publication: { select: { slug: true, timezone: true } },
      },
    }),
    listPublishedVersions(db(), issueId),
  ]);
  if (!issue || !publishing) notFound();
  const roles = user.memberships
    .filter((m) => m.publicationId === issue.publication.id)
    .map((m) => m.role);
  const grid =
    issue.status === "DRAFT"
      ? null
      : await readReviewGrid(db(), issueId, { id: user.id, roles });
  const hrefs = (mode: "live" | "preview") =>
    readerHrefs(mode, publishing.publication.slug, issue.date);
  return (
    <>
      <h1>
        {issue.publication.name} · {t("title", { date: issue.date })}
        {issue.number !== null
          ? ` · ${t("number", { number: issue.number })}`
          : ""}
      </h1>
      <LiveRefresh issueId={issue.id} />
      <p className="desk-bar">
        <span className="muted">
          {t("statusLine", { status: tStatus(issue.status) })}
        </span>
        <Link href={`/desk/issues/${issue.id}/board`}>{t("board")}</Link>
        <Link href={`/desk/issues/${issue.id}/find`}>{t("findReplace")}</Link>
        <Link href={hrefs("preview").issue} data-testid="preview-link">
          {tp("preview")}
        </Link>
        {publishing.liveVersion !== null && (
          <Link href={hrefs("live").issue} data-testid="public-link">
            {tp("public")}
          </Link>
        )}
      </p>
      {can(user, "issue.publish", resource) && (
        <PublishControls
          issueId={issue.id}
          status={issue.status}
          publishable={PUBLISHABLE_FROM.includes(issue.status)}
          scheduledAt={
            issue.status === "SCHEDULED" && publishing.scheduledAt
              ? formatLocalDateTime(
                  publishing.scheduledAt,
                  publishing.publication.timezone,
                )
              : null
          }
          timeZone={publishing.publication.timezone}
        />
      )}
      {grid && (
        <ReviewGrid
          grid={grid}
          issueId={issueId}
          viewerId={user.id}
          viewerIsChief={roles.some(
            (r) => r === "CHIEF_EDITOR" || r === "DUTY_CHIEF_EDITOR",
          )}
          timeZone={publishing.publication.timezone}
        />
      )}
      {versions.length > 0 && (
        <details data-testid="published-versions">
          <summary>{tp("versions")}</summary>
          {versions.length > 1 && (
            <Link
              href={`/desk/issues/${issue.id}/versions`}
              data-testid="compare-link"
            >
              {tp("compare.link")}
            </Link>
          )}
          <ul>
            {versions.map((v) => (
              <li key={v.version}>
                {tp("versionLine", {
                  version: v.version,
                  at: v.publishedAt
                    .toISOString()
                    .slice(0, 16)
                    .replace("T", " "),
                  by: v.publishedBy?.name ?? "—",
                  bytes: `${Math.round(v.bytes / 1024)} KiB`,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {issue.pages.map((page) => (
        <section key={page.id} className="card" data-testid="page-card">
          <h2>
            {t("page", { number: page.number })}
            {page.name ? ` · ${page.name}` : ""}{" "}
            <Link
              className="small"
              href={`/desk/issues/${issue.id}/pages/${page.number}`}
            >
              {t("pageView")}
            </Link>
          </h2>
          <p className="progress muted" data-testid="page-progress">
            {t("progress", { ...page.progress })}
          </p>
          {page.rubrics.length > 0 && (
            <p className="muted">
              {t("rubrics")}:{" "}
              {page.rubrics.map((r) => (
                <span key={r} className="tag">
                  {r}
                </span>
              ))}
            </p>
          )}
          {page.placements.length === 0 ? (
            <p className="muted">{t("noArticles")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t("headline")}</th>
                  <th>{t("bylines")}</th>
                  <th>{t("words")}</th>
                  <th>{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {page.placements.map(({ id, article, jumpOut, jumpIn }) => (
                  <tr key={id} data-testid="article-row">
                    <td>
                      {article.kicker && (
                        <div className="muted">{article.kicker}</div>
                      )}
                      <strong>
                        <Link href={`/desk/articles/${article.id}`}>
                          {article.headline || t("untitled")}
                        </Link>
                      </strong>
                      {article.deck && (
                        <div className="muted">——{article.deck}</div>
                      )}
                      {jumpIn && (
                        <div className="tag">
                          {t("jumpFrom", {
                            page: jumpIn.fromPlacement.page.number,
                          })}
                        </div>
                      )}
                      {jumpOut && (
                        <div className="tag">
                          {t("jumpTo", { page: jumpOut.toPageNumber })}
                        </div>
                      )}
                    </td>
                    <td>
                      {article.bylines
                        .map((b) =>
                          b.contributor
                            ? `${b.label} ${b.contributor.name}`
                            : b.label,
                        )
                        .join(" · ")}
                    </td>
                    <td>{article.wordCount}</td>
                    <td className="status-label">{ts(article.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
