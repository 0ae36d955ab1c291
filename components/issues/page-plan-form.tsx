"use client";

// The admin's default page plan: one row per page (版次, 版名, 容量), rows
// added and removed here, everything posted as the form shows it.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";

import {
  type PagePlanState,
  updatePagePlanAction,
} from "@/app/desk/issues/plan/update-page-plan-action";
import { useHydrated } from "@/components/hydration/use-hydrated";
import type { PagePlanEntry } from "@/lib/issues/page-plan";

export function PagePlanForm({
  publicationId,
  plan,
}: {
  publicationId: string;
  plan: PagePlanEntry[];
}) {
  const t = useTranslations("desk.plan");
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() =>
    plan.map((p, i) => ({ key: i, ...p })),
  );
  const [state, action, pending] = useActionState<PagePlanState, FormData>(
    updatePagePlanAction,
    { error: null, saved: false },
  );
  const next = () => Math.max(0, ...rows.map((r) => r.number)) + 1;
  return (
    <form action={action} className="card" data-testid="page-plan">
      <input type="hidden" name="publicationId" value={publicationId} />
      <table>
        <thead>
          <tr>
            <th>{t("number")}</th>
            <th>{t("name")}</th>
            <th>{t("capacity")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <input
                  name="number"
                  type="number"
                  min={1}
                  max={999}
                  required
                  defaultValue={row.number}
                  aria-label={t("number")}
                />
              </td>
              <td>
                <input
                  name="name"
                  maxLength={20}
                  defaultValue={row.name ?? ""}
                  aria-label={t("name")}
                />
              </td>
              <td>
                <input
                  name="capacity"
                  type="number"
                  min={1}
                  defaultValue={row.capacity ?? ""}
                  aria-label={t("capacity")}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="small secondary"
                  disabled={!hydrated || rows.length === 1}
                  onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                >
                  {t("remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="desk-bar">
        <button
          type="button"
          className="secondary"
          disabled={!hydrated}
          onClick={() =>
            setRows([
              ...rows,
              { key: Date.now(), number: next(), name: null, capacity: null },
            ])
          }
        >
          {t("add")}
        </button>
        <button type="submit" disabled={!hydrated || pending}>
          {pending ? t("saving") : t("save")}
        </button>
        {state.saved && <span className="notice">{t("saved")}</span>}
      </p>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </form>
  );
}
