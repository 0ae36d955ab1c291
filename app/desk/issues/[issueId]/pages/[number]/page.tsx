import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ArticlePart } from "@/components/article-view/article-part";
import styles from "@/components/article-view/article-view.module.css";
import { PageRubrics } from "@/components/article-view/page-rubrics";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { getPageView } from "@/lib/layout/get-page-view";

export const dynamic = "force-dynamic";

/** 版面预览: the articles of one page in order, printed with the reader site's components. */
export default async function PageViewPage({
  params,
}: {
  params: Promise<{ issueId: string; number: string }>;
}) {
  const { issueId, number } = await params;
  await requireOnIssue("issue.view", issueId);
  const n = /^\d{1,3}$/.test(number) ? Number(number) : NaN;
  const [view, t] = await Promise.all([
    Number.isNaN(n) ? null : getPageView(db(), issueId, n),
    getTranslations("layout"),
  ]);
  if (!view) notFound();
  const pageHref = (page: number) => `/desk/issues/${issueId}/pages/${page}`;
  return (
    <>
      <p>
        <Link href={`/desk/issues/${issueId}/board`}>
          ← {t("pageView.back")}
        </Link>
      </p>
      <h1>
        {view.issue.publicationName} ·{" "}
        {t("pageView.title", {
          date: view.issue.date,
          number: view.page.number,
        })}
        {view.page.name ? ` · ${view.page.name}` : ""}
      </h1>
      <nav aria-label={t("pageView.pages")} className="progress">
        {view.pages.map((p) =>
          p.number === view.page.number ? (
            <strong key={p.number}>{t("page", { number: p.number })}</strong>
          ) : (
            <Link key={p.number} href={pageHref(p.number)}>
              {t("page", { number: p.number })}
            </Link>
          ),
        )}
      </nav>
      <section className={styles.page} data-testid="page-view">
        {view.page.furniture.length > 0 && (
          <p className="muted">{view.page.furniture.join(" / ")}</p>
        )}
        <PageRubrics rubrics={view.page.rubrics} />
        {view.parts.length === 0 ? (
          <p className="muted">{t("pageView.empty")}</p>
        ) : (
          view.parts.map((part) => (
            <ArticlePart
              key={part.placementId}
              part={part}
              hrefFor={(link) =>
                `${pageHref(link.page)}#part-${link.placementId}`
              }
            />
          ))
        )}
      </section>
    </>
  );
}
