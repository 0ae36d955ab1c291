import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LayoutBoard } from "@/components/layout-board/layout-board";
import { isIssueFrozen } from "@/lib/articles/issue-freeze";
import { requireOnIssue } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { getBoard } from "@/lib/layout/get-board";

export const dynamic = "force-dynamic";

/** 排版: the issue's layout board (a column per page, 未分配, the validation report). */
export default async function BoardPage({
  params,
}: {
  params: Promise<{ issueId: string }>;
}) {
  const { issueId } = await params;
  const { user, resource } = await requireOnIssue("issue.view", issueId);
  const [board, t, ts] = await Promise.all([
    getBoard(db(), issueId),
    getTranslations("layout"),
    getTranslations("status"),
  ]);
  const tf = await getTranslations("frozen");
  if (!board) notFound();
  const frozen = resource.kind === "issue" && isIssueFrozen(resource.status);
  return (
    <>
      <p className="desk-bar">
        <Link href={`/desk/issues/${issueId}`}>← {t("backToIssue")}</Link>
        {board.columns.map((c) => (
          <Link
            key={c.pageId}
            href={`/desk/issues/${issueId}/pages/${c.number}`}
          >
            {t("preview")} {t("page", { number: c.number })}
          </Link>
        ))}
      </p>
      <h1>
        {board.issue.publicationName} · {t("title", { date: board.issue.date })}{" "}
        <span className="tag">{ts(board.issue.status)}</span>
      </h1>
      {frozen && (
        <p className="notice" role="status" data-testid="issue-frozen">
          {tf("notice")}
        </p>
      )}
      <LayoutBoard
        initial={board}
        canEdit={can(user, "layout.edit", resource) && !frozen}
      />
    </>
  );
}
