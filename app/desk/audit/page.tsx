import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { actionMessageKey } from "@/lib/audit/action-message-key";
import { auditActions } from "@/lib/audit/audit-event";
import { auditFilterOptions } from "@/lib/audit/audit-filter-options";
import {
  type AuditQuery,
  auditQueryFrom,
  auditQueryParams,
  wallClock,
} from "@/lib/audit/audit-query";
import {
  describeAuditEntities,
  entityKey,
} from "@/lib/audit/describe-audit-entities";
import { type AuditRow, listAuditEvents } from "@/lib/audit/list-audit-events";
import { authorizePage, requireUser } from "@/lib/auth/current-user";
import { publicationsWhere } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const PREFIXES = [
  "issue",
  "page",
  "layout",
  "article",
  "learnedPair",
  "publication",
  "user",
  "auth",
] as const;

function hrefFor(query: AuditQuery, page: Record<string, string> = {}) {
  const params = auditQueryParams(query);
  for (const [k, v] of Object.entries(page)) params.set(k, v);
  const s = params.toString();
  return s ? `/desk/audit?${s}` : "/desk/audit";
}

/** Where a row's entity is shown on the desk, when it has a page. */
function entityHref(row: AuditRow): string | null {
  if (row.entityType === "Issue") return `/desk/issues/${row.entityId}`;
  if (row.entityType === "Article") return `/desk/articles/${row.entityId}`;
  if (row.entityType === "User") return `/desk/users/${row.entityId}`;
  return null;
}

/** 审计日志: who did what and when, filtered in the URL, newest first, 50 a page, exported as CSV with the same filters. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser("audit.view");
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    if (typeof v === "string") params.set(k, v);
  const query = auditQueryFrom(params);
  if (query.paper)
    authorizePage(user, "audit.view", {
      kind: "publication",
      publicationId: query.paper,
    });
  const scope = publicationsWhere(user, "audit.view");
  const [list, options, t] = await Promise.all([
    listAuditEvents(db(), scope, query, {
      older: params.get("older"),
      newer: params.get("newer"),
    }),
    auditFilterOptions(db(), scope),
    getTranslations("audit"),
  ]);
  const label = (action: string) => {
    const key = `actions.${actionMessageKey(action)}`;
    return t.has(key) ? t(key) : action;
  };
  const names = await describeAuditEntities(db(), list.rows);
  const exportParams = auditQueryParams(query).toString();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form method="get" className="desk-bar" data-testid="audit-filter">
        <label className="inline-choice">
          {t("paper")}{" "}
          <select name="paper" defaultValue={query.paper ?? ""}>
            <option value="">{t("anyPaper")}</option>
            {options.papers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-choice">
          {t("from")}{" "}
          <input type="date" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label className="inline-choice">
          {t("to")}{" "}
          <input type="date" name="to" defaultValue={query.to ?? ""} />
        </label>
        <label className="inline-choice">
          {t("actor")}{" "}
          <select name="actor" defaultValue={query.actor ?? ""}>
            <option value="">{t("anyActor")}</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label className="inline-choice">
          {t("action")}{" "}
          <select name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("anyAction")}</option>
            <optgroup label={t("byArea")}>
              {PREFIXES.map((p) => (
                <option key={p} value={`${p}.`}>
                  {t("prefix", { prefix: t(`prefixes.${p}`) })} {p}.*
                </option>
              ))}
            </optgroup>
            <optgroup label={t("action")}>
              {auditActions.map((a) => (
                <option key={a} value={a}>
                  {label(a)} {a}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="inline-choice">
          {t("entityType")}{" "}
          <input
            name="entityType"
            size={10}
            maxLength={50}
            defaultValue={query.entityType ?? ""}
          />
        </label>
        <label className="inline-choice">
          {t("entityId")}{" "}
          <input
            name="entityId"
            size={16}
            maxLength={200}
            defaultValue={query.entityId ?? ""}
          />
        </label>
        <button type="submit" className="small secondary">
          {t("filter")}
        </button>
        <Link href="/desk/audit">{t("clear")}</Link>
        <span className="spacer" />
        <a
          href={`/api/audit/export${exportParams ? `?${exportParams}` : ""}`}
          download
          data-testid="audit-export"
        >
          {t("export")}
        </a>
      </form>
      {list.rows.length === 0 ? (
        <p className="muted" data-testid="audit-empty">
          {t("none")}
        </p>
      ) : (
        <table data-testid="audit-events">
          <thead>
            <tr>
              <th>{t("time", { zone: list.timeZone })}</th>
              <th>{t("who")}</th>
              <th>{t("action")}</th>
              <th>{t("what")}</th>
              <th>{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => {
              const href = entityHref(row);
              const name = names.get(entityKey(row.entityType, row.entityId));
              return (
                <tr
                  key={row.id}
                  data-testid="audit-event"
                  data-action={row.action}
                >
                  <td className="small nowrap">
                    {wallClock(row.createdAt, list.timeZone)}
                  </td>
                  <td className="nowrap">{row.actor?.name ?? t("system")}</td>
                  <td>
                    {label(row.action)}{" "}
                    <code className="muted small">{row.action}</code>
                  </td>
                  <td className="small">
                    {row.publication?.name ?? t("installation")} ·{" "}
                    {row.entityType}{" "}
                    {href ? (
                      <Link href={href}>{name ?? row.entityId}</Link>
                    ) : (
                      (name ?? row.entityId)
                    )}
                  </td>
                  <td>
                    <code className="small">
                      {row.data === null ? "" : JSON.stringify(row.data)}
                    </code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="desk-bar">
        {list.newer && (
          <Link href={hrefFor(query, { newer: list.newer })} rel="prev">
            ← {t("newer")}
          </Link>
        )}
        {list.older && (
          <Link href={hrefFor(query, { older: list.older })} rel="next">
            {t("older")} →
          </Link>
        )}
      </p>
    </>
  );
}
