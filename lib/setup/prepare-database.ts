// Start-up: apply pending migrations, then bootstrap a new installation.
// Called by the server (instrumentation.ts) and the CLI before any query.
import "server-only";

import { database } from "@/lib/db/client";
import { DataDirLockedError } from "@/lib/db/data-dir-lock";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";

import { bootstrap } from "./bootstrap";
import {
  DatabaseUnavailableError,
  describeConnectionFailure,
} from "./database-unavailable";

let prepared: Promise<void> | undefined;

export function prepareDatabase(
  log: (line: string) => void = console.log,
): Promise<void> {
  prepared ??= run(log);
  return prepared;
}

async function run(log: (line: string) => void): Promise<void> {
  const e = env();
  let where = e.databaseUrl
    ? "the PostgreSQL server"
    : `the embedded database in ${e.dataDir}`;
  try {
    const db = database();
    where = db.description;
    const applied = await applyMigrations(db);
    if (applied.length)
      log(
        `Folio: applied ${applied.length} migration(s) to ${db.description}.`,
      );
    const result = await bootstrap(db.prisma, {
      adminEmail: e.adminEmail,
      adminPassword: e.adminPassword,
      loadDemo: e.loadDemo,
    });
    if (result.createdAdmin) {
      log(
        result.generatedPassword
          ? `Folio: created the admin account ${result.createdAdmin} with password ${result.generatedPassword} (shown once; set FOLIO_ADMIN_PASSWORD to choose it).`
          : `Folio: created the admin account ${result.createdAdmin} with the password from FOLIO_ADMIN_PASSWORD.`,
      );
    }
    if (result.demoIssueId)
      log("Folio: loaded the demo issue (平湖日报 2024-01-03, page 1).");
  } catch (error) {
    prepared = undefined;
    if (error instanceof DataDirLockedError) throw error;
    throw describeConnectionFailure(error, where) ?? error;
  }
}

export { DatabaseUnavailableError };
