// The schedule queue on PostgreSQL: graphile-worker's own SQL functions,
// called inside Folio's transaction, so a rollback takes the job with it and
// a committed schedule always has its job.
import "server-only";

import type { Prisma } from "@prisma/client";

import {
  PUBLISH_SCHEDULED_TASK,
  scheduleJobKey,
  type ScheduleQueue,
} from "@/lib/publishing/schedule-queue";

/** The ScheduleQueue on PostgreSQL: add and remove run in the caller's transaction. */
export const graphileQueue: ScheduleQueue = {
  async add(tx: Prisma.TransactionClient, payload) {
    // job_key_mode 'replace': a newer schedule of the issue replaces its job.
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${PUBLISH_SCHEDULED_TASK}::text,
      ${JSON.stringify(payload)}::json,
      run_at => ${payload.at}::timestamptz,
      job_key => ${scheduleJobKey(payload.issueId)}::text,
      job_key_mode => 'replace')`;
  },
  async remove(tx: Prisma.TransactionClient, issueId) {
    // A job already running is left to finish; it finds the schedule gone.
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${scheduleJobKey(issueId)}::text)`;
  },
  changed() {
    // Runners on every server watch the jobs table themselves.
  },
};
