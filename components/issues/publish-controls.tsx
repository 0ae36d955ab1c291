"use client";

// 发布 / 定时发布 / 取消排期 / 重新打开 / 撤下 on the issue page, for those who
// may publish. The page re-renders from the server once an action answered;
// a refusal (a draft, open findings, a too-short reason, a time in the past)
// is shown beside the form.
import type { IssueStatus } from "@prisma/client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import {
  cancelScheduleAction,
  publishIssueAction,
  type PublishState,
  reopenIssueAction,
  scheduleIssueAction,
  unpublishIssueAction,
} from "@/app/desk/issues/[issueId]/publish-actions";
import { useHydrated } from "@/components/hydration/use-hydrated";

type Action = (state: PublishState, form: FormData) => Promise<PublishState>;

interface Field {
  name: "note" | "reason" | "at";
  label: string;
  required: boolean;
  /** "datetime-local" for 定时发布: the paper's wall clock, read by the server in its time zone. */
  type?: "text" | "datetime-local";
}

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
  field: Field | null;
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
          {field.type === "datetime-local" ? (
            <input
              type="datetime-local"
              name={field.name}
              required={field.required}
            />
          ) : (
            <input
              name={field.name}
              maxLength={300}
              required={field.required}
              minLength={field.required ? 4 : undefined}
            />
          )}
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
  publishable,
  scheduledAt,
  timeZone,
}: {
  issueId: string;
  status: IssueStatus;
  /** The status is one an issue may be published or scheduled from (PUBLISHABLE_FROM). */
  publishable: boolean;
  /** The scheduled time as the paper's wall clock ("2026-12-09 06:30"), when SCHEDULED. */
  scheduledAt: string | null;
  /** The paper's time zone (Publication.timezone), in which times are typed and shown. */
  timeZone: string;
}) {
  const t = useTranslations("publish");
  return (
    <section aria-label={t("title")}>
      {status === "IN_REVIEW" && (
        <p className="muted small" data-testid="sign-first">
          {t("signFirst")}
        </p>
      )}
      {publishable && (
        <>
          <ActionForm
            issueId={issueId}
            action={publishIssueAction}
            label={t("publish")}
            field={{ name: "note", label: t("note"), required: false }}
            testId="publish-form"
          />
          <ActionForm
            issueId={issueId}
            action={scheduleIssueAction}
            label={t("schedule")}
            field={{
              name: "at",
              label: t("scheduleAt", { timeZone }),
              required: true,
              type: "datetime-local",
            }}
            testId="schedule-form"
          />
        </>
      )}
      {status === "SCHEDULED" && (
        <>
          <p className="desk-bar" data-testid="scheduled-at">
            {scheduledAt
              ? t("scheduledLine", { at: scheduledAt, timeZone })
              : t("scheduled")}
          </p>
          <ActionForm
            issueId={issueId}
            action={cancelScheduleAction}
            label={t("unschedule")}
            field={null}
            testId="unschedule-form"
          />
        </>
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
