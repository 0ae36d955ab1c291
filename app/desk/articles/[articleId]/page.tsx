import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";

import { ArticleDesk } from "@/components/articles/article-desk";
import { getArticleForEditor } from "@/lib/articles/get-article-for-editor";
import { NotFoundError } from "@/lib/articles/not-found-error";
import { renderArticleBody } from "@/lib/articles/render/render-article-body";
import { requireUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { listIssueArticles } from "@/lib/issues/list-issue-articles";
import { listIssuePages } from "@/lib/issues/list-issue-pages";

export const dynamic = "force-dynamic";

/** The correction desk for one article. Viewers see it read-only. */
export default async function ArticlePage({
  params,
}: {
  params: Promise<{ articleId: string }>;
}) {
  const user = await requireUser("issue.view");
  const { articleId } = await params;
  const data = await getArticleForEditor(db(), articleId).catch(
    (e: unknown) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    },
  );
  const [issueArticles, issuePages, locale] = await Promise.all([
    listIssueArticles(db(), data.issue.id),
    listIssuePages(db(), data.issue.id),
    getLocale(),
  ]);
  return (
    <ArticleDesk
      key={data.id}
      data={data}
      bodyHtml={renderArticleBody(data.snapshot.body)}
      issueArticles={issueArticles}
      issuePages={issuePages}
      locale={locale}
      canEdit={hasPermission(user.role, "article.edit")}
    />
  );
}
