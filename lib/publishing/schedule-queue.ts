// The job a schedule (定时发布) leaves for a runner, and the queue it goes
// into. The queue is chosen by the caller (lib/jobs): graphile-worker's jobs
// table on PostgreSQL, written in the schedule's own transaction; on the
// embedded database the SCHEDULED issues are the queue, and the in-process
// runner only needs telling that they changed.
import type { Prisma } from "@prisma/client";
import { z } from "zod";

/** The task name a runner knows the job by. */
export const PUBLISH_SCHEDULED_TASK = "publish-scheduled-issue";

/** `{ issueId, at }`, `at` the scheduled time as ISO 8601 (UTC, milliseconds). */
export const scheduledPublishPayloadSchema = z
  .object({ issueId: z.string().min(1), at: z.iso.datetime() })
  .strict();

export type ScheduledPublishPayload = z.infer<
  typeof scheduledPublishPayloadSchema
>;

/** One job per issue: a new schedule replaces the old job, a cancel removes it. */
export function scheduleJobKey(issueId: string): string {
  return `${PUBLISH_SCHEDULED_TASK}:${issueId}`;
}

export interface ScheduleQueue {
  /** Inside the schedule's transaction: adds the job (run at `at`), replacing the issue's job. */
  add(
    tx: Prisma.TransactionClient,
    payload: ScheduledPublishPayload,
  ): Promise<void>;
  /** Inside the cancel's transaction: removes the issue's job, if any. */
  remove(tx: Prisma.TransactionClient, issueId: string): Promise<void>;
  /** After a schedule or cancel committed (the in-process runner re-arms its timer). */
  changed(): void;
}
