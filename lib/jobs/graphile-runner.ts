// Runs scheduled publishes on PostgreSQL with graphile-worker: each app
// server runs one (concurrency 1) against the same jobs table; a job is
// locked by one runner at a time, and a job delivered twice publishes once
// (lib/publishing/claim-schedule.ts).
import "server-only";

import { Logger, run, runMigrations } from "graphile-worker";

import type { Db } from "@/lib/db/client";
import { publishScheduledIssue } from "@/lib/publishing/publish-scheduled-issue";
import { PUBLISH_SCHEDULED_TASK } from "@/lib/publishing/schedule-queue";

import type { JobRunner } from "./job-runner";

export interface GraphileRunnerOptions {
  /** The PostgreSQL database, Folio's DATABASE_URL. */
  connectionString: string;
  prisma: Db;
  log?: (line: string) => void;
  /** How often the runner looks for jobs that became due, ms (default 1000). */
  pollInterval?: number;
}

/** graphile-worker's log lines, errors and warnings only, through `log`. */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning")
      log(`[jobs] graphile-worker ${level}: ${message}`);
  });
}

/**
 * Creates or updates graphile-worker's schema (graphile_worker) in the
 * database; the runner does it too. Schedules need it to exist.
 */
export async function migrateJobQueue(
  connectionString: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger(log) });
}

/**
 * Starts a graphile-worker runner for the `publish-scheduled-issue` task
 * (migrating its schema first). It handles no signals itself: stop() it.
 * Throws when the database cannot be reached.
 */
export async function startGraphileRunner(
  options: GraphileRunnerOptions,
): Promise<JobRunner> {
  const log = options.log ?? console.log;
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: 1,
    maxPoolSize: 3,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    logger: quietLogger(log),
    taskList: {
      [PUBLISH_SCHEDULED_TASK]: async (payload) => {
        // A thrown error (database down) leaves the job to graphile-worker's retries.
        await publishScheduledIssue(options.prisma, payload, log);
      },
    },
  });
  return {
    kind: "graphile-worker",
    rearm: () => undefined,
    stop: () => runner.stop(),
  };
}
