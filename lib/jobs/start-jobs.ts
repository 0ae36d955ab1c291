// The process's runner of scheduled publishes (定时发布), started with the
// server and stopped on shutdown, and the queue the desk's actions hand
// their schedules to. Kept on globalThis: Next.js loads instrumentation and
// server actions as separate module graphs, and they must share one runner.
import "server-only";

import type { Database } from "@/lib/db/client";
import { database } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { ScheduleQueue } from "@/lib/publishing/schedule-queue";

import { graphileQueue } from "./graphile-queue";
import { startGraphileRunner } from "./graphile-runner";
import { startInProcessRunner } from "./in-process-runner";
import type { JobRunner } from "./job-runner";

const state = globalThis as unknown as { folioJobRunner?: JobRunner };

/**
 * Starts the runner for this process's database: graphile-worker on
 * PostgreSQL (`databaseUrl`), the in-process runner on the embedded one.
 * Does nothing during `next build` or when one is running already; stops it
 * on SIGINT/SIGTERM. Throws when graphile-worker cannot reach the database.
 */
export async function startJobs(
  db: Database = database(),
  databaseUrl: string | undefined = env().databaseUrl,
  log: (line: string) => void = console.log,
): Promise<void> {
  if (env().isBuildPhase || state.folioJobRunner) return;
  if (db.kind === "postgres") {
    if (!databaseUrl)
      throw new Error(
        "graphile-worker needs the PostgreSQL connection string.",
      );
    state.folioJobRunner = await startGraphileRunner({
      connectionString: databaseUrl,
      prisma: db.prisma,
      log,
    });
    log("Folio: scheduled publishing runs on graphile-worker.");
  } else {
    const runner = startInProcessRunner(db.prisma, { log });
    state.folioJobRunner = runner;
    await runner.ready;
    log("Folio: scheduled publishing runs in this process.");
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stopJobs());
}

/** Stops the runner, letting a publish in flight finish. */
export async function stopJobs(): Promise<void> {
  const runner = state.folioJobRunner;
  state.folioJobRunner = undefined;
  await runner?.stop();
}

/** The queue a schedule or cancel goes into, for the process's database. */
export function scheduleQueue(): ScheduleQueue {
  if (database().kind === "postgres") return graphileQueue;
  return {
    add: async () => undefined,
    remove: async () => undefined,
    changed: () => state.folioJobRunner?.rearm(),
  };
}
