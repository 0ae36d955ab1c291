// What makes a scheduled publish happen once (定时发布): the job re-reads the
// issue under its row lock and goes on only while it is still SCHEDULED for
// the very time the job was made for. A second delivery of the job (the
// queue is at-least-once), a job of a cancelled or moved schedule, or one
// whose issue was published already finds something else and stops here.
import "server-only";

import type { IssueStatus, Prisma } from "@prisma/client";

/** A scheduled job that no longer matches its issue: nothing to publish. */
export class StaleScheduleError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "StaleScheduleError";
  }
}

/** The audit action a schedule writes; its data carries `at` (ISO 8601). */
export const SCHEDULE_ACTION = "issue.schedule";

/**
 * In the caller's transaction, after lockLayout: checks the issue is still
 * SCHEDULED with scheduledAt equal to `at` (to the millisecond), else throws
 * StaleScheduleError saying what it found. Returns the id of the user who
 * scheduled it (from the schedule's audit event, written in the same
 * transaction as scheduledAt), or null when that account is gone.
 */
export async function claimSchedule(
  tx: Prisma.TransactionClient,
  issue: { id: string; status: IssueStatus },
  at: Date,
): Promise<string | null> {
  if (issue.status !== "SCHEDULED")
    throw new StaleScheduleError(`the issue is ${issue.status}, not SCHEDULED`);
  const { scheduledAt } = await tx.issue.findUniqueOrThrow({
    where: { id: issue.id },
    select: { scheduledAt: true },
  });
  if (scheduledAt?.getTime() !== at.getTime())
    throw new StaleScheduleError(
      `the issue is scheduled for ${scheduledAt?.toISOString() ?? "no time"}, not ${at.toISOString()}`,
    );
  const event = await tx.auditEvent.findFirst({
    where: {
      entityType: "Issue",
      entityId: issue.id,
      action: SCHEDULE_ACTION,
      data: { path: ["at"], equals: at.toISOString() },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true },
  });
  return event?.actorId ?? null;
}
