import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { requireUser } from "@/lib/auth/current-user";
import { canSomewhere, publicationsWhere } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { issueFilterSchema, listIssues } from "@/lib/issues/list-issues";

const STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
] as const;

/** 报纸期次: the issues, newest first, filtered by month and status (a GET form: the URL says what is shown). */
export default async function DeskHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filter = issueFilterSchema.parse(await searchParams);
  const [issues, t] = await Promise.all([
    listIssues(db(), {
      ...filter,
      publicationIds: publicationsWhere(user, "issue.view"),
    }),
    getTranslations(),
  ]);
  const filtered = Boolean(filter.month || filter.status);
  return (
    <>
      <h1>{t("desk.title")}</h1>
      <div className="desk-bar">
        <form method="get" className="desk-bar" data-testid="issue-filter">
          <label className="inline-choice">
            {t("desk.month")}{" "}
            <input
              type="month"
              name="month"
              defaultValue={filter.month ?? ""}
            />
          </label>
          <label className="inline-choice">
            {t("desk.status")}{" "}
            <select name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("desk.anyStatus")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="small secondary">
            {t("desk.filter")}
          </button>
          {filtered && <Link href="/desk">{t("desk.clearFilter")}</Link>}
        </form>
        <span className="spacer" />
        {canSomewhere(user, "issue.create") && (
          <Link className="button" href="/desk/issues/new">
            {t("desk.newIssue")}
          </Link>
        )}
        <Link href="/desk/learned">{t("desk.learnedLink")}</Link>
        {canSomewhere(user, "publication.manage") && (
          <Link href="/desk/issues/plan">{t("desk.pagePlan")}</Link>
        )}
        {canSomewhere(user, "publication.manage") && (
          <Link href="/desk/review-chain">{t("review.chainTitle")}</Link>
        )}
      </div>
      {issues.length === 0 ? (
        <p className="muted">
          {filtered ? t("desk.noMatch") : t("desk.empty")}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("desk.date")}</th>
              <th>{t("desk.number")}</th>
              <th>{t("desk.status")}</th>
              <th>{t("desk.pages")}</th>
              <th>{t("desk.articles")}</th>
              <th>{t("desk.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id} data-testid="issue-row">
                <td>
                  <Link href={`/desk/issues/${issue.id}`}>
                    {issue.publication} {issue.date}
                  </Link>
                </td>
                <td>{issue.number ?? "—"}</td>
                <td>{t(`status.${issue.status}`)}</td>
                <td>{issue.pageCount}</td>
                <td>{issue.articleCount}</td>
                <td>
                  {issue.articleCount === 0 ? (
                    "—"
                  ) : (
                    <>
                      <progress
                        max={100}
                        value={issue.proofreadPercent}
                        aria-hidden="true"
                        style={{ width: 80 }}
                      />{" "}
                      <span className="small">
                        {t("desk.progressValue", {
                          percent: issue.proofreadPercent,
                          done:
                            issue.progress.PROOFREAD + issue.progress.APPROVED,
                          total: issue.articleCount,
                        })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
