// 定时发布 and 取消排期: each one transaction on the locked issue. A schedule
// passes the same checks as a publish (status, open findings), freezes the
// issue as SCHEDULED with the time, and enqueues the job in the same
// transaction where the queue allows it, so a rollback leaves no job behind.
import "server-only";

import { issueNotFound } from "@/lib/articles/not-found-error";
import { runArticleTransaction } from "@/lib/articles/run-article-transaction";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { notifyEvent } from "@/lib/events/notify-event";
import { parseLocalDateTime } from "@/lib/i18n/local-time";
import { lockLayout } from "@/lib/layout/lock-layout";
import { assertFullySigned } from "@/lib/review/sign-page";

import { SCHEDULE_ACTION } from "./claim-schedule";
import {
  assertNoOpenFindings,
  assertPublishable,
  STATUS_AFTER_UNSCHEDULE,
} from "./publish-issue";
import type { ScheduleQueue } from "./schedule-queue";

/** The earliest a schedule may be: this long from now (ms). */
export const MIN_LEAD_MS = 60_000;
/** The latest: this long from now (ms), 30 days. */
export const MAX_LEAD_MS = 30 * 24 * 60 * 60_000;

export interface ScheduleOptions {
  queue: ScheduleQueue;
  /** The clock the bounds are checked against (tests); default the current time. */
  now?: Date;
  /** Runs last inside the transaction (tests inject a failure there). */
  beforeCommit?: () => void | Promise<void>;
}

/**
 * Schedules the issue to be published at `at`. The issue must be in
 * PUBLISHABLE_FROM with no open validation finding (ValidationError,
 * ReviewBlockedError), `at` between 1 minute and 30 days from now
 * (ValidationError); NotFoundError for an unknown issue. Sets SCHEDULED and
 * scheduledAt, records `issue.schedule` with `{ at }` and adds the job.
 */
export async function schedulePublish(
  prisma: Db,
  input: { issueId: string; userId: string | null; at: Date },
  options: ScheduleOptions,
): Promise<{ status: "SCHEDULED"; scheduledAt: Date }> {
  const at = input.at;
  const now = (options.now ?? new Date()).getTime();
  if (Number.isNaN(at.getTime()))
    throw new ValidationError(
      "Give a valid date and time.",
      "请填写有效的日期和时间。",
    );
  if (at.getTime() < now + MIN_LEAD_MS)
    throw new ValidationError(
      "Choose a time at least one minute from now.",
      "定时发布的时间至少要在一分钟之后。",
    );
  if (at.getTime() > now + MAX_LEAD_MS)
    throw new ValidationError(
      "Choose a time within the next 30 days.",
      "定时发布的时间不能晚于 30 天之后。",
    );
  const result = await runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, input.issueId);
    assertPublishable(issue.status);
    await assertNoOpenFindings(tx, input.issueId);
    await assertFullySigned(tx, input.issueId, issue.publicationId);
    await tx.issue.update({
      where: { id: input.issueId },
      data: { status: "SCHEDULED", scheduledAt: at },
    });
    await notifyEvent(tx, {
      type: "issue.status",
      issueId: input.issueId,
      status: "SCHEDULED",
    });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: issue.publicationId,
      event: {
        action: SCHEDULE_ACTION,
        entityType: "Issue",
        entityId: input.issueId,
        data: { from: issue.status, at: at.toISOString() },
      },
    });
    await options.queue.add(tx, {
      issueId: input.issueId,
      at: at.toISOString(),
    });
    await options.beforeCommit?.();
    return { status: "SCHEDULED" as const, scheduledAt: at };
  });
  options.queue.changed();
  return result;
}

/**
 * schedulePublish at `local`, a datetime-local value ("2026-12-09T06:30")
 * read in the issue's publication's time zone (Publication.timezone).
 * ValidationError for a value that is no date and time, NotFoundError for
 * an unknown issue; otherwise as schedulePublish.
 */
export async function schedulePublishAtLocalTime(
  prisma: Db,
  input: { issueId: string; userId: string | null; local: string },
  options: ScheduleOptions,
): Promise<{ status: "SCHEDULED"; scheduledAt: Date }> {
  const issue = await prisma.issue.findUnique({
    where: { id: input.issueId },
    select: { publication: { select: { timezone: true } } },
  });
  if (!issue) throw issueNotFound();
  const at = parseLocalDateTime(input.local, issue.publication.timezone);
  return schedulePublish(
    prisma,
    { ...input, at: at ?? new Date(Number.NaN) },
    options,
  );
}

/**
 * Cancels the issue's schedule: back to STATUS_AFTER_UNSCHEDULE, scheduledAt
 * cleared, `issue.unschedule` recorded with the time it had, the job
 * removed. ValidationError when the issue is not scheduled; NotFoundError
 * for an unknown issue.
 */
export async function cancelSchedule(
  prisma: Db,
  input: { issueId: string; userId: string | null },
  options: { queue: ScheduleQueue },
): Promise<{ status: typeof STATUS_AFTER_UNSCHEDULE }> {
  const result = await runArticleTransaction(prisma, async (tx) => {
    const issue = await lockLayout(tx, input.issueId);
    if (issue.status !== "SCHEDULED")
      throw new ValidationError(
        "This issue is not scheduled.",
        "本期没有排期。",
      );
    const { scheduledAt } = await tx.issue.findUniqueOrThrow({
      where: { id: input.issueId },
      select: { scheduledAt: true },
    });
    await tx.issue.update({
      where: { id: input.issueId },
      data: { status: STATUS_AFTER_UNSCHEDULE, scheduledAt: null },
    });
    await notifyEvent(tx, {
      type: "issue.status",
      issueId: input.issueId,
      status: STATUS_AFTER_UNSCHEDULE,
    });
    await recordAudit(tx, {
      actorId: input.userId,
      publicationId: issue.publicationId,
      event: {
        action: "issue.unschedule",
        entityType: "Issue",
        entityId: input.issueId,
        data: {
          to: STATUS_AFTER_UNSCHEDULE,
          at: scheduledAt?.toISOString() ?? null,
        },
      },
    });
    await options.queue.remove(tx, input.issueId);
    return { status: STATUS_AFTER_UNSCHEDULE };
  });
  options.queue.changed();
  return result;
}
