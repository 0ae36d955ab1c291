import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { ArticleDesk } from "@/components/articles/article-desk";
import { getArticleForEditor } from "@/lib/articles/get-article-for-editor";
import { isIssueFrozen } from "@/lib/articles/issue-freeze";
import { renderArticleBody } from "@/lib/articles/render/render-article-body";
import { requireOnArticle } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { listIssueArticles } from "@/lib/issues/list-issue-articles";
import { listIssuePages } from "@/lib/issues/list-issue-pages";

export const dynamic = "force-dynamic";

/** The correction desk for one article. Viewers see it read-only. */
export default async function ArticlePage({
  params,
}: {
  params: Promise<{ articleId: string }>;
}) {
  const { articleId } = await params;
  const { user, resource } = await requireOnArticle("issue.view", articleId);
  const data = await getArticleForEditor(db(), articleId).catch(
    (e: unknown) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    },
  );
  const frozen =
    resource.kind === "article" && isIssueFrozen(resource.issueStatus);
  // A reporter sees their own article, not the rest of the issue.
  const seesIssue =
    resource.kind === "article" &&
    can(user, "issue.view", {
      kind: "issue",
      publicationId: resource.publicationId,
      status: resource.issueStatus,
    });
  const [issueArticles, issuePages, locale] = await Promise.all([
    seesIssue ? listIssueArticles(db(), data.issue.id) : [],
    seesIssue ? listIssuePages(db(), data.issue.id) : [],
    getLocale(),
  ]);
  const t = await getTranslations("frozen");
  return (
    <>
      {frozen && (
        <p className="notice" role="status" data-testid="issue-frozen">
          {t("notice")}
        </p>
      )}
      <ArticleDesk
        key={data.id}
        data={data}
        bodyHtml={renderArticleBody(data.snapshot.body)}
        issueArticles={issueArticles}
        issuePages={issuePages}
        locale={locale}
        canEdit={can(user, "article.edit", resource) && !frozen}
      />
    </>
  );
}
