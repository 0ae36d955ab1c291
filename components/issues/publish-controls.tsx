"use client";

// 发布 / 重新打开 / 撤下 on the issue page, for those who may publish. The
// page re-renders from the server once an action answered; a refusal (a
// draft, open findings, a too-short reason) is shown beside the form.
import type { IssueStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  publishIssueAction,
  type PublishState,
  reopenIssueAction,
  unpublishIssueAction,
} from "@/app/desk/issues/[issueId]/publish-actions";
import { useHydrated } from "@/components/hydration/use-hydrated";

type Action = (state: PublishState, form: FormData) => Promise<PublishState>;

function ActionForm({
  issueId,
  action,
  label,
  field,
  testId,
}: {
  issueId: string;
  action: Action;
  label: string;
  field: { name: "note" | "reason"; label: string; required: boolean } | null;
  testId: string;
}) {
  const t = useTranslations("publish");
  const hydrated = useHydrated();
  const [state, run, pending] = useActionState<PublishState, FormData>(action, {
    error: null,
    done: null,
  });
  return (
    <form action={run} className="desk-bar" data-testid={testId}>
      <input type="hidden" name="issueId" value={issueId} />
      {field && (
        <label className="inline-choice">
          {field.label}{" "}
          <input
            name={field.name}
            maxLength={300}
            required={field.required}
            minLength={field.required ? 4 : undefined}
          />
        </label>
      )}
      <button type="submit" disabled={!hydrated || pending}>
        {label}
      </button>
      <span role="status" className="small">
        {state.done?.kind === "published"
          ? t("published", { version: state.done.version })
          : state.done
            ? t(state.done.kind)
            : null}
      </span>
      {state.error && (
        <span role="alert" className="small error">
          {state.error}
        </span>
      )}
    </form>
  );
}

export function PublishControls({
  issueId,
  status,
}: {
  issueId: string;
  status: IssueStatus;
}) {
  const t = useTranslations("publish");
  return (
    <section aria-label={t("title")}>
      {status === "IN_REVIEW" && (
        <p className="muted small" data-testid="sign-first">
          {t("signFirst")}
        </p>
      )}
      {(status === "SIGNED_OFF" || status === "UNPUBLISHED") && (
        <ActionForm
          issueId={issueId}
          action={publishIssueAction}
          label={t("publish")}
          field={{ name: "note", label: t("note"), required: false }}
          testId="publish-form"
        />
      )}
      {(status === "PUBLISHED" ||
        status === "SCHEDULED" ||
        status === "SIGNED_OFF") && (
        <ActionForm
          issueId={issueId}
          action={reopenIssueAction}
          label={t("reopen")}
          field={{ name: "reason", label: t("reason"), required: true }}
          testId="reopen-form"
        />
      )}
      {status === "PUBLISHED" && (
        <ActionForm
          issueId={issueId}
          action={unpublishIssueAction}
          label={t("unpublish")}
          field={{ name: "reason", label: t("reason"), required: true }}
          testId="unpublish-form"
        />
      )}
    </section>
  );
}
