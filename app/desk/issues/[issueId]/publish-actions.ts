"use server";

import { revalidatePath } from "next/cache";

import { formAction } from "@/lib/auth/form-action";
import { issueResource } from "@/lib/auth/locate-resource";
import { db } from "@/lib/db/client";
import { scheduleQueue } from "@/lib/jobs/start-jobs";
import { publishIssue } from "@/lib/publishing/publish-issue";
import {
  cancelSchedule,
  schedulePublishAtLocalTime,
} from "@/lib/publishing/schedule-publish";
import { reopenIssue, unpublishIssue } from "@/lib/publishing/unpublish-issue";

export interface PublishState {
  error: string | null;
  /** What the server did, once it answered: e.g. the version published. */
  done:
    | { kind: "published"; version: number }
    | { kind: "reopened" | "unpublished" | "scheduled" | "unscheduled" }
    | null;
}

const failed = (error: string): PublishState => ({ error, done: null });

/** The issue the form names, authorized for issue.publish (chief editors, duty chief editors, administrators). */
async function issueOf(
  form: FormData,
  authorize: (r: Awaited<ReturnType<typeof issueResource>>) => void,
) {
  const issueId = String(form.get("issueId") ?? "");
  authorize(await issueResource(db(), issueId));
  return issueId;
}

/** 发布: the issue's next published version, with an optional 更正 note. */
export const publishIssueAction = formAction<PublishState>({
  access: { action: "issue.publish", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = await issueOf(form, authorize);
    const note = String(form.get("note") ?? "").trim();
    const { version } = await publishIssue(db(), {
      issueId,
      userId: user.id,
      note: note || undefined,
    });
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: { kind: "published", version } };
  },
});

/** 重新打开 (撤签): back to review for a correction; readers keep the published version. */
export const reopenIssueAction = formAction<PublishState>({
  access: { action: "issue.publish", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = await issueOf(form, authorize);
    await reopenIssue(db(), {
      issueId,
      userId: user.id,
      reason: String(form.get("reason") ?? ""),
    });
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: { kind: "reopened" } };
  },
});

/** 撤下: off the reader site, with a reason. */
export const unpublishIssueAction = formAction<PublishState>({
  access: { action: "issue.publish", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = await issueOf(form, authorize);
    await unpublishIssue(db(), {
      issueId,
      userId: user.id,
      reason: String(form.get("reason") ?? ""),
    });
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: { kind: "unpublished" } };
  },
});

/** 定时发布: published by the server at the time given, read in the paper's time zone. */
export const scheduleIssueAction = formAction<PublishState>({
  access: { action: "issue.publish", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = await issueOf(form, authorize);
    await schedulePublishAtLocalTime(
      db(),
      { issueId, userId: user.id, local: String(form.get("at") ?? "") },
      { queue: scheduleQueue() },
    );
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: { kind: "scheduled" } };
  },
});

/** 取消排期: back to review, the scheduled job dropped. */
export const cancelScheduleAction = formAction<PublishState>({
  access: { action: "issue.publish", on: "publication" },
  failed,
  async run({ user, authorize }, form) {
    const issueId = await issueOf(form, authorize);
    await cancelSchedule(
      db(),
      { issueId, userId: user.id },
      { queue: scheduleQueue() },
    );
    revalidatePath(`/desk/issues/${issueId}`);
    return { error: null, done: { kind: "unscheduled" } };
  },
});
