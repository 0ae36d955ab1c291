// Applies prisma/migrations in-process, on PGlite and PostgreSQL alike.
// Bookkeeping uses Prisma's own _prisma_migrations table and checksums, so
// `prisma migrate status` agrees with what ran here.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { Database, SqlSession } from "./client";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): Migration[] {
  if (!fs.existsSync(dir)) throw new Error(`No migrations directory at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        fs.existsSync(path.join(dir, d.name, "migration.sql")),
    )
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(
        path.join(dir, name, "migration.sql"),
        "utf8",
      );
      return {
        name,
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serialises concurrent start-ups against one PostgreSQL server.
const LOCK_KEY = 72707369; // "FOLI" in ASCII, arbitrary but fixed

/** Applies pending migrations; returns the names applied. */
export function applyMigrations(
  database: Database,
  migrations: Migration[] = readMigrations(
    path.resolve("prisma", "migrations"),
  ),
): Promise<string[]> {
  return database.withSqlSession(async (session) => {
    if (database.kind === "postgres")
      await session.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(session, migrations);
    } finally {
      if (database.kind === "postgres")
        await session.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

async function applyPending(
  session: SqlSession,
  migrations: Migration[],
): Promise<string[]> {
  await session.exec(CREATE_TABLE);
  const rows = await session.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
  }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((r) => [r.migration_name, r]));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = rows
    .filter((r) => !known.has(r.migration_name))
    .map((r) => r.migration_name);
  if (unknown.length) {
    throw new Error(
      `The database has migrations this version of Folio does not know (${unknown.join(", ")}): it was used by a newer version.`,
    );
  }
  const done: string[] = [];
  for (const m of migrations) {
    const row = applied.get(m.name);
    if (row) {
      if (!row.finished_at)
        throw new Error(
          `Migration ${m.name} failed earlier; repair the database before starting.`,
        );
      if (row.checksum !== m.checksum)
        throw new Error(`Migration ${m.name} was edited after it was applied.`);
      continue;
    }
    // One transaction per migration: a failing migration leaves no trace.
    const record =
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) ` +
      `VALUES ('${randomUUID()}', '${m.checksum}', now(), '${m.name.replace(/'/g, "''")}', 1);`;
    try {
      await session.exec(`BEGIN;\n${m.sql}\n;${record}\nCOMMIT;`);
    } catch (e) {
      await session.exec("ROLLBACK").catch(() => undefined);
      throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
    }
    done.push(m.name);
  }
  return done;
}
