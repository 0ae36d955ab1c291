// The reader site's three views (issue → its first page, page, article),
// shared by /e (the live published version, for anyone) and /preview/e
// (the issue as it would be published now, for staff of its paper, with a
// banner). Both render the same snapshot shape with the same components.
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import {
  articleParts,
  ReaderArticle,
} from "@/components/reader/reader-article";
import { readerHrefs } from "@/components/reader/reader-hrefs";
import { ReaderPage } from "@/components/reader/reader-page";
import { requireOnIssue } from "@/lib/auth/page-access";
import { db } from "@/lib/db/client";
import { buildIssueSnapshot } from "@/lib/publishing/build-issue-snapshot";
import type { IssueSnapshot } from "@/lib/publishing/issue-snapshot";
import { readLiveIssue } from "@/lib/publishing/read-published";

export type ReaderMode = "live" | "preview";
export interface IssueParams {
  paper: string;
  date: string;
}

async function loadSnapshot(
  mode: ReaderMode,
  { paper, date }: IssueParams,
): Promise<IssueSnapshot> {
  if (mode === "live") {
    const live = await readLiveIssue(db(), decodeURIComponent(paper), date);
    if (!live) notFound();
    return live.snapshot;
  }
  const issue = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? await db().issue.findFirst({
        where: {
          publication: { slug: decodeURIComponent(paper) },
          date: new Date(`${date}T00:00:00Z`),
        },
        select: { id: true },
      })
    : null;
  if (!issue) notFound();
  // Staff of the paper only; signed out goes to the sign-in page.
  await requireOnIssue("issue.view", issue.id);
  return buildIssueSnapshot(db(), issue.id);
}

async function Frame({
  mode,
  snapshot,
  children,
}: {
  mode: ReaderMode;
  snapshot: IssueSnapshot;
  children: React.ReactNode;
}) {
  const t = await getTranslations("reader");
  return (
    <main className="reader">
      {mode === "preview" && (
        <p className="notice" role="status" data-testid="preview-banner">
          {t("previewBanner")}
        </p>
      )}
      <h1>
        {snapshot.publication.name} ·{" "}
        {t("issueTitle", { date: snapshot.issue.date })}
        {snapshot.issue.number !== null
          ? ` · ${t("issueNumber", { number: snapshot.issue.number })}`
          : ""}
      </h1>
      {children}
    </main>
  );
}

/** /e/<paper>/<date>: the issue's first page. */
export async function ReaderIssueView({
  mode,
  params,
}: {
  mode: ReaderMode;
  params: IssueParams;
}) {
  const snapshot = await loadSnapshot(mode, params);
  const first = snapshot.pages[0];
  if (!first) notFound();
  redirect(readerHrefs(mode, params.paper, params.date).page(first.number));
  return null;
}

/** /e/<paper>/<date>/<page>. */
export async function ReaderPageView({
  mode,
  params,
}: {
  mode: ReaderMode;
  params: IssueParams & { page: string };
}) {
  const snapshot = await loadSnapshot(mode, params);
  const page = snapshot.pages.find((p) => String(p.number) === params.page);
  if (!page) notFound();
  const t = await getTranslations("reader");
  return (
    <Frame mode={mode} snapshot={snapshot}>
      <ReaderPage
        snapshot={snapshot}
        page={page}
        hrefs={readerHrefs(mode, params.paper, params.date)}
        words={{
          page: (n) => t("page", { number: n }),
          pages: t("pages"),
          empty: t("emptyPage"),
          readArticle: t("readArticle"),
        }}
      />
    </Frame>
  );
}

/** /e/<paper>/<date>/<page>/<article>. */
export async function ReaderArticleView({
  mode,
  params,
}: {
  mode: ReaderMode;
  params: IssueParams & { page: string; article: string };
}) {
  const snapshot = await loadSnapshot(mode, params);
  const articleId = decodeURIComponent(params.article);
  if (!articleParts(snapshot, articleId)) notFound();
  return (
    <Frame mode={mode} snapshot={snapshot}>
      <ReaderArticle
        snapshot={snapshot}
        articleId={articleId}
        hrefs={readerHrefs(mode, params.paper, params.date)}
      />
    </Frame>
  );
}
