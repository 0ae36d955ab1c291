import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { RetirePairButton } from "@/components/learned/retire-pair-button";
import {
  type LearnedListQuery,
  learnedListQuerySchema,
  listLearnedPairs,
} from "@/lib/articles/learned/list-learned-pairs";
import { authorizePage, requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { findPublication } from "@/lib/issues/find-publication";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) =>
  Array.isArray(v) ? v[0] : v;

function hrefFor(query: LearnedListQuery, publicationId: string, page: number) {
  const params = new URLSearchParams({
    publication: publicationId,
    page: String(page),
  });
  if (query.q) params.set("q", query.q);
  if (query.show !== "all") params.set("show", query.show);
  return `/desk/learned?${params}`;
}

/** 学到的更正: a paper's learned pairs, filtered and paged in the URL; editors retire or reinstate them. */
export default async function LearnedPairsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const parsed = learnedListQuerySchema.safeParse({
    q: first(params.q),
    show: first(params.show) || undefined,
    page: first(params.page) || undefined,
  });
  const query = parsed.success ? parsed.data : learnedListQuerySchema.parse({});
  const publication = await findPublication(
    db(),
    first(params.publication) ?? null,
  );
  const [list, t] = await Promise.all([
    listLearnedPairs(db(), publication.id, query),
    getTranslations("desk"),
  ]);
  const paper = { kind: "publication", publicationId: publication.id } as const;
  authorizePage(user, "issue.view", paper);
  const mayManage = can(user, "learned.manage", paper);
  const filtered = query.q !== "" || query.show !== "all";
  return (
    <>
      <p>
        <Link href="/desk">← {t("title")}</Link>
      </p>
      <h1>
        {publication.name} · {t("learned.title")}
      </h1>
      <p className="muted">{t("learned.intro")}</p>
      <form method="get" className="desk-bar" data-testid="learned-filter">
        <input type="hidden" name="publication" value={publication.id} />
        <label className="inline-choice">
          {t("learned.searchLabel")}{" "}
          <input type="search" name="q" maxLength={50} defaultValue={query.q} />
        </label>
        <label className="inline-choice">
          {t("learned.show")}{" "}
          <select name="show" defaultValue={query.show}>
            <option value="all">{t("learned.showAll")}</option>
            <option value="active">{t("learned.showActive")}</option>
            <option value="retired">{t("learned.showRetired")}</option>
          </select>
        </label>
        <button type="submit" className="small secondary">
          {t("learned.filter")}
        </button>
        <span className="spacer" />
        <span className="muted small" data-testid="learned-total">
          {t("learned.total", { total: list.total })}
        </span>
      </form>
      {list.rows.length === 0 ? (
        <p className="muted">
          {filtered ? t("learned.noMatch") : t("learned.empty")}
        </p>
      ) : (
        <table data-testid="learned-pairs">
          <thead>
            <tr>
              <th>{t("learned.misread")}</th>
              <th>{t("learned.correction")}</th>
              <th>{t("learned.accepted")}</th>
              <th>{t("learned.rejected")}</th>
              <th>{t("learned.state")}</th>
              <th>{t("learned.source")}</th>
              {mayManage && <th>{t("learned.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr
                key={row.id}
                data-testid="learned-pair"
                data-offered={row.offered}
              >
                <td className="quote">{row.misread}</td>
                <td className="quote">{row.correction}</td>
                <td data-testid="learned-accepted">{row.acceptedCount}</td>
                <td data-testid="learned-rejected">{row.rejectedCount}</td>
                <td data-testid="learned-state">
                  {row.retiredAt
                    ? t("learned.retired", { name: row.retiredBy ?? "—" })
                    : row.offered
                      ? t("learned.offered")
                      : t("learned.notOffered")}
                </td>
                <td>
                  {row.firstSource ? (
                    <Link href={`/desk/articles/${row.firstSource.articleId}`}>
                      {row.firstSource.issueDate} 《{row.firstSource.headline}》
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                {mayManage && (
                  <td>
                    <RetirePairButton
                      pairId={row.id}
                      retired={row.retiredAt !== null}
                      misread={row.misread}
                      correction={row.correction}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 && (
        <nav
          className="desk-bar"
          aria-label={t("learned.pageOf", {
            page: list.page,
            count: list.pageCount,
          })}
        >
          {list.page > 1 && (
            <Link href={hrefFor(query, publication.id, list.page - 1)}>
              {t("learned.previous")}
            </Link>
          )}
          <span className="muted small">
            {t("learned.pageOf", { page: list.page, count: list.pageCount })}
          </span>
          {list.page < list.pageCount && (
            <Link href={hrefFor(query, publication.id, list.page + 1)}>
              {t("learned.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
