// The two databases a bench measures on: an embedded PGlite in a fresh data
// directory on disk (as `npm start` runs), and a fresh database on the local
// PostgreSQL server (FOLIO_TEST_PG_ADMIN_URL). Each is removed afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { type Database, openDatabase } from "@/lib/db/client";

const ADMIN_URL =
  process.env.FOLIO_TEST_PG_ADMIN_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs `work` on a fresh embedded database in a temporary data directory `folio-bench-NAME-…`. */
export async function onEmbedded<T>(
  name: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `folio-bench-${name}-`),
  );
  const database = openDatabase({ dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `work` on a fresh database `folio_bench_NAME_PID` on the local
 * PostgreSQL server, dropped afterwards. Throws when no server answers at
 * FOLIO_TEST_PG_ADMIN_URL.
 */
export async function onPostgres<T>(
  name: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = `folio_bench_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    const server = openDatabase({ databaseUrl: url.toString() });
    try {
      return await work(server);
    } finally {
      await server.close();
    }
  } finally {
    await admin
      .query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      .catch(() => undefined);
    await admin.end();
  }
}
