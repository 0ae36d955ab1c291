import "server-only";

import { startJobs } from "@/lib/jobs/start-jobs";

import { prepareDatabase } from "./prepare-database";

/**
 * Prepares the database for the server, then starts the runner of
 * scheduled publishes (lib/jobs). A database Folio cannot use ends the
 * process with one line, not a stack trace.
 */
export async function startServer(): Promise<void> {
  try {
    await prepareDatabase();
    await startJobs();
  } catch (error) {
    const known = ["DatabaseUnavailableError", "DataDirLockedError"].includes(
      (error as Error).name,
    );
    console.error(known ? `Folio: ${(error as Error).message}` : error);
    process.exit(1);
  }
}
