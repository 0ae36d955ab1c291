import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listIssues } from "@/lib/issues/list-issues";

export default async function DeskHome() {
  await requireUser();
  const [issues, t] = await Promise.all([listIssues(db()), getTranslations()]);
  return (
    <>
      <h1>{t("desk.title")}</h1>
      {issues.length === 0 ? (
        <p className="muted">{t("desk.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("desk.date")}</th>
              <th>{t("desk.number")}</th>
              <th>{t("desk.status")}</th>
              <th>{t("desk.pages")}</th>
              <th>{t("desk.articles")}</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
