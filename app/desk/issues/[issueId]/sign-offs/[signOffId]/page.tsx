import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { DiffText } from "@/components/articles/original-pane";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { formatLocalDateTime } from "@/lib/i18n/local-time";
import { readSignOffDiff } from "@/lib/review/read-review";

export const dynamic = "force-dynamic";

/** What changed on a page since a signature: why it was revoked, as the reviewer must see it again. */
export default async function SignOffDiffPage({
  params,
}: {
  params: Promise<{ issueId: string; signOffId: string }>;
}) {
  const { issueId, signOffId } = await params;
  await requireOnIssue("issue.view", issueId);
  const [diff, issue, t] = await Promise.all([
    readSignOffDiff(db(), issueId, signOffId),
    db().issue.findUniqueOrThrow({
      where: { id: issueId },
      select: { publication: { select: { timezone: true } } },
    }),
    getTranslations("review"),
  ]);
  const { signOff } = diff;
  const tz = issue.publication.timezone;
  const nothing =
    diff.changed.length === 0 &&
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    !diff.reordered;
  return (
    <>
      <p>
        <Link href={`/desk/issues/${issueId}`}>← {t("title")}</Link> ·{" "}
        <Link href={`/desk/issues/${issueId}/review`}>{t("record")}</Link>
      </p>
      <h1>
        {t("diffTitle", { page: signOff.pageNumber, step: signOff.stepLabel })}
      </h1>
      <p className="muted">
        {t("diffIntro", {
          signer: signOff.signer ?? "—",
          at: formatLocalDateTime(signOff.signedAt, tz),
        })}
        {signOff.revokedCause &&
          ` ${t("revoked")}（${t(`revokedCause.${signOff.revokedCause}` as "revokedCause.CONTENT")}${signOff.revokedReason ? `：${signOff.revokedReason}` : ""}）`}
      </p>
      {nothing && <p data-testid="diff-none">{t("diffNone")}</p>}
      {diff.changed.map((c) => (
        <section key={c.articleId} className="card" data-testid="signoff-diff">
          <h2>
            <Link href={`/desk/articles/${c.articleId}`}>
              {c.headline || "—"}
            </Link>{" "}
            <span className="muted small">
              {t("versionFromTo", { from: c.from, to: c.to })}
            </span>
          </h2>
          <DiffText ops={c.ops} side="inline" testId="signoff-diff-text" />
        </section>
      ))}
      {diff.added.length > 0 && (
        <p>
          {t("added")}：{diff.added.map((a) => a.headline || "—").join("、")}
        </p>
      )}
      {diff.removed.length > 0 && (
        <p>
          {t("removed")}：
          {diff.removed.map((a) => a.headline || "—").join("、")}
        </p>
      )}
      {diff.reordered && <p>{t("reordered")}</p>}
    </>
  );
}
