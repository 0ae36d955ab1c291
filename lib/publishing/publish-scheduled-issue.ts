// The job of a schedule (定时发布), whichever runner delivers it: publish the
// issue through the normal path, in the mode that checks, under the issue's
// lock, that the schedule is still the one the job was made for.
import "server-only";

import type { Db } from "@/lib/db/client";
import { isUserFacing } from "@/lib/errors";

import { StaleScheduleError } from "./claim-schedule";
import { publishIssue } from "./publish-issue";
import { scheduledPublishPayloadSchema } from "./schedule-queue";

export type ScheduledPublishOutcome =
  | { outcome: "published"; version: number }
  /** Nothing published, and nothing to retry: a stale job, or a publish refused (open findings). */
  | { outcome: "skipped"; reason: string };

/**
 * Runs one delivery of a `publish-scheduled-issue` job with `payload`
 * (`{ issueId, at }`; a malformed one throws a ZodError). Publishes when the
 * issue is still SCHEDULED for `at`; a stale job, an unknown issue or a
 * refusal the newsroom must fix is skipped with its reason (and logged).
 * Any other error (the database down) is thrown, for the runner to retry.
 */
export async function publishScheduledIssue(
  prisma: Db,
  payload: unknown,
  log: (line: string) => void = console.log,
): Promise<ScheduledPublishOutcome> {
  const { issueId, at } = scheduledPublishPayloadSchema.parse(payload);
  try {
    const { version } = await publishIssue(
      prisma,
      { issueId, userId: null },
      { scheduled: { at: new Date(at) } },
    );
    log(
      `[jobs] published issue ${issueId} as version ${version} (scheduled for ${at}).`,
    );
    return { outcome: "published", version };
  } catch (error) {
    if (!(error instanceof StaleScheduleError) && !isUserFacing(error))
      throw error;
    const reason = error.message;
    log(
      `[jobs] nothing published for issue ${issueId} scheduled for ${at}: ${reason}`,
    );
    return { outcome: "skipped", reason };
  }
}
