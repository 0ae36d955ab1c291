import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { PrintButton } from "@/components/review/print-button";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { formatLocalDateTime } from "@/lib/i18n/local-time";
import { readSignOffRecord } from "@/lib/review/read-review";

export const dynamic = "force-dynamic";

/** 审签记录: every signature of the issue, revoked ones with why; printable, and as CSV. */
export default async function ReviewRecordPage({
  params,
}: {
  params: Promise<{ issueId: string }>;
}) {
  const { issueId } = await params;
  await requireOnIssue("issue.view", issueId);
  const [issue, records, t] = await Promise.all([
    db().issue.findUnique({
      where: { id: issueId },
      select: {
        date: true,
        number: true,
        publication: { select: { name: true, timezone: true } },
      },
    }),
    readSignOffRecord(db(), issueId),
    getTranslations("review"),
  ]);
  if (!issue) notFound();
  const date = issue.date.toISOString().slice(0, 10);
  const tz = issue.publication.timezone;
  return (
    <article className="review-record">
      <p className="no-print">
        <Link href={`/desk/issues/${issueId}`}>
          ← {issue.publication.name} · {date}
        </Link>
      </p>
      <h1>
        {issue.publication.name} · {t("recordTitle", { date })}
        {issue.number !== null ? ` · 第${issue.number}期` : ""}
      </h1>
      <p className="muted">{t("recordIntro")}</p>
      <p className="no-print desk-bar">
        <PrintButton label={t("print")} />
        <a
          href={`/api/issues/${issueId}/review-record`}
          download
          data-testid="record-csv"
        >
          {t("csv")}
        </a>
      </p>
      <table data-testid="review-record">
        <thead>
          <tr>
            <th>{t("columns.page")}</th>
            <th>{t("columns.step")}</th>
            <th>{t("columns.signer")}</th>
            <th>{t("columns.signedAt")}</th>
            <th>{t("columns.versions")}</th>
            <th>{t("columns.revokedAt")}</th>
            <th>{t("columns.cause")}</th>
            <th>{t("columns.reason")}</th>
            <th>{t("columns.revokedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr
              key={r.id}
              data-testid="record-row"
              className={r.revokedAt ? "revoked" : undefined}
            >
              <td>{r.pageNumber}</td>
              <td>{r.stepLabel}</td>
              <td>{r.signer ?? "—"}</td>
              <td>{formatLocalDateTime(r.signedAt, tz)}</td>
              <td className="small">
                {r.versions
                  .map((v) => `${v.headline || "—"} v${v.version}`)
                  .join("；")}
              </td>
              <td>{r.revokedAt ? formatLocalDateTime(r.revokedAt, tz) : ""}</td>
              <td>
                {r.revokedCause && (
                  <Link href={`/desk/issues/${issueId}/sign-offs/${r.id}`}>
                    {t(
                      `revokedCause.${r.revokedCause}` as "revokedCause.CONTENT",
                    )}
                  </Link>
                )}
              </td>
              <td>{r.revokedReason ?? ""}</td>
              <td>{r.revokedBy ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
