// Opens a migrated database for integration tests: in-memory PGlite, or a
// fresh PostgreSQL database when FOLIO_TEST_DATABASE_URL names a server
// database created for this run (by scripts/test-all.ts).
import { afterAll, beforeAll } from "vitest";

import { type Database, openDatabase } from "./client";
import { applyMigrations } from "./migrate";

export const testDatabaseKind = process.env.FOLIO_TEST_DATABASE_URL
  ? "postgres"
  : "pglite";

export async function openTestDatabase(): Promise<Database> {
  const url = process.env.FOLIO_TEST_DATABASE_URL;
  const database = openDatabase(url ? { databaseUrl: url } : { memory: true });
  await applyMigrations(database);
  return database;
}

/** Empties every Folio table, keeping the schema (between test files). */
export async function truncateAll(database: Database): Promise<void> {
  await database.withSqlSession(async (s) => {
    const tables = await s.query<{ tablename: string }>(
      `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (tables.length > 0) {
      await s.exec(
        `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`,
      );
    }
  });
}

/**
 * For an integration test file: opens a migrated, emptied database before
 * its tests and closes it after. The returned handle reads the open one.
 */
export function useTestDatabase(): Database {
  let current: Database | undefined;
  beforeAll(async () => {
    current = await openTestDatabase();
    await truncateAll(current);
  });
  afterAll(async () => {
    await current?.close();
  });
  const open = () => {
    if (!current) throw new Error("The test database is opened in beforeAll.");
    return current;
  };
  return {
    get prisma() {
      return open().prisma;
    },
    get kind() {
      return open().kind;
    },
    get description() {
      return open().description;
    },
    get listenTarget() {
      return open().listenTarget;
    },
    withSqlSession: (fn) => open().withSqlSession(fn),
    close: () => open().close(),
  };
}
