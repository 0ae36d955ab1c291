import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { FindReplace } from "@/components/issues/find-replace";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Find and replace across every article of an issue. */
export default async function FindReplacePage({
  params,
}: {
  params: Promise<{ issueId: string }>;
}) {
  const { issueId } = await params;
  await requireOnIssue("article.edit", issueId);
  const [issue, t] = await Promise.all([
    db().issue.findUnique({
      where: { id: issueId },
      select: { id: true, date: true, publication: { select: { name: true } } },
    }),
    getTranslations("findReplace"),
  ]);
  if (!issue) notFound();
  const date = issue.date.toISOString().slice(0, 10);
  return (
    <>
      <p>
        <Link href={`/desk/issues/${issue.id}`}>
          ← {issue.publication.name} · {date}
        </Link>
      </p>
      <h1>{t("title", { date })}</h1>
      <FindReplace issueId={issue.id} />
    </>
  );
}
