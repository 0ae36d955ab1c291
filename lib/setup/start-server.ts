import "server-only";

import { eventBus } from "@/lib/events/process-bus";
import { startJobs } from "@/lib/jobs/start-jobs";

import { prepareDatabase } from "./prepare-database";

/**
 * Prepares the database for the server, then starts the runner of
 * scheduled publishes (lib/jobs) and listens for live events (lib/events:
 * the first browser's stream then misses nothing). A database Folio cannot
 * use ends the process with one line, not a stack trace.
 */
export async function startServer(): Promise<void> {
  try {
    await prepareDatabase();
    await startJobs();
    await eventBus().ready;
  } catch (error) {
    const known = ["DatabaseUnavailableError", "DataDirLockedError"].includes(
      (error as Error).name,
    );
    console.error(known ? `Folio: ${(error as Error).message}` : error);
    process.exit(1);
  }
}
