"use client";

// The new-issue form: date, 期号 and the pages of the default plan (all
// ticked, as the plan says). Uncontrolled fields posted to a server action,
// so what is sent is what the form shows; the button waits for hydration.
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  createIssueAction,
  type CreateIssueState,
} from "@/app/desk/issues/new/create-issue-action";
import { useHydrated } from "@/components/hydration/use-hydrated";
import type { PagePlanEntry } from "@/lib/issues/page-plan";

export function CreateIssueForm({
  publicationId,
  plan,
}: {
  publicationId: string;
  plan: PagePlanEntry[];
}) {
  const t = useTranslations("desk.create");
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<CreateIssueState, FormData>(
    createIssueAction,
    { error: null },
  );
  return (
    <form action={action} className="card narrow" data-testid="create-issue">
      <input type="hidden" name="publicationId" value={publicationId} />
      <label htmlFor="issue-date">{t("date")}</label>
      <input id="issue-date" name="date" type="date" required />
      <label htmlFor="issue-number">{t("number")}</label>
      <input
        id="issue-number"
        name="number"
        type="number"
        min={1}
        inputMode="numeric"
      />
      <fieldset>
        <legend>{t("pages")}</legend>
        {plan.map((p) => (
          <label
            key={p.number}
            className="inline-choice"
            style={{ display: "flex" }}
          >
            <input
              type="checkbox"
              name="pages"
              value={p.number}
              defaultChecked
            />
            {t("page", { number: p.number, name: p.name ?? "" })}
            {p.capacity !== null && (
              <span className="muted small">
                （{t("capacity", { capacity: p.capacity })}）
              </span>
            )}
          </label>
        ))}
      </fieldset>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      <p>
        <button type="submit" disabled={!hydrated || pending}>
          {pending ? t("creating") : t("submit")}
        </button>
      </p>
    </form>
  );
}
