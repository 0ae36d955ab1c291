// The one database client. Without DATABASE_URL it is an embedded PGlite
// database in the data directory (locked to this process); with it, a
// PostgreSQL server through node-postgres. Both run the same Prisma schema.
import "server-only";

import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { env } from "@/lib/env";

import { lockDataDir, releaseDataDir } from "./data-dir-lock";
import { createNameAsTextPool } from "./name-as-text-pool";
import { createPGliteAdapter } from "./pglite-adapter";

/** Prisma client with secrets left out of every result unless asked for. */
function createPrisma(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrisma>;

export interface Database {
  prisma: Db;
  kind: "pglite" | "postgres";
  /** Human description for messages: where the data lives. */
  description: string;
  /**
   * Runs fn on one dedicated SQL session outside Prisma (migrations need
   * multi-statement scripts and session-level locks on a single connection).
   */
  withSqlSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Where LISTEN runs (lib/events): a connection of its own to the server, or this process's PGlite. */
  listenTarget: ListenTarget;
  close(): Promise<void>;
}

export type ListenTarget =
  | { kind: "postgres"; connectionString: string }
  | { kind: "pglite"; pglite: PGlite };

export interface SqlSession {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
}

export type DatabaseTarget =
  { databaseUrl: string } | { dataDir: string } | { memory: true };

export function openDatabase(target: DatabaseTarget): Database {
  if ("databaseUrl" in target) {
    const url = new URL(target.databaseUrl);
    const pool = createNameAsTextPool({
      connectionString: target.databaseUrl,
      max: 10,
    });
    // Idle-client errors (server restarts) must not crash the process.
    pool.on("error", (e) =>
      console.error(`[db] idle client error: ${e.message}`),
    );
    return {
      prisma: createPrisma(new PrismaPg(pool)),
      kind: "postgres",
      description: `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`,
      listenTarget: { kind: "postgres", connectionString: target.databaseUrl },
      withSqlSession: async (fn) => {
        const client = await pool.connect();
        try {
          return await fn({
            query: async <T>(sql: string, params?: unknown[]) =>
              (await client.query(sql, params)).rows as T[],
            exec: async (sql) => void (await client.query(sql)),
          });
        } finally {
          client.release();
        }
      },
      close: async () => {
        await pool.end();
      },
    };
  }
  const dataDir = "dataDir" in target ? target.dataDir : undefined;
  if (dataDir) lockDataDir(dataDir);
  // PostgreSQL wants its own directory; the lock and secrets sit beside it.
  const pglite = new PGlite(dataDir ? path.join(dataDir, "pglite") : undefined);
  let prisma: Db;
  try {
    prisma = createPrisma(createPGliteAdapter(pglite));
  } catch (e) {
    if (dataDir) releaseDataDir(dataDir);
    throw e;
  }
  const close = async () => {
    await prisma.$disconnect();
    await pglite.close();
    if (dataDir) releaseDataDir(dataDir);
  };
  if (dataDir) closeOnShutdown(close);
  return {
    prisma,
    kind: "pglite",
    description: dataDir
      ? `embedded database in ${dataDir}`
      : "in-memory embedded database",
    listenTarget: { kind: "pglite", pglite },
    withSqlSession: (fn) =>
      fn({
        query: async <T>(sql: string, params?: unknown[]) =>
          (await pglite.query<T>(sql, params)).rows,
        exec: async (sql) => void (await pglite.exec(sql)),
      }),
    close,
  };
}

/**
 * On Ctrl-C or a service stop, let PostgreSQL shut down cleanly and free the
 * data directory before the process ends (a kill -9 leaves a stale lock,
 * which the next start takes over).
 */
function closeOnShutdown(close: () => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    const timer = setTimeout(() => process.exit(1), 5_000);
    timer.unref();
    close().then(
      () => process.exit(signal === "SIGINT" ? 130 : 0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

const globalForDb = globalThis as unknown as { folioDatabase?: Database };

/** The process-wide database, chosen from the environment on first use. */
export function database(): Database {
  if (!globalForDb.folioDatabase) {
    const e = env();
    if (e.isBuildPhase)
      throw new Error("The database is not available during `next build`.");
    globalForDb.folioDatabase = openDatabase(
      e.databaseUrl ? { databaseUrl: e.databaseUrl } : { dataDir: e.dataDir },
    );
  }
  return globalForDb.folioDatabase;
}

/** Shorthand for the process-wide Prisma client. */
export function db(): Db {
  return database().prisma;
}

/** Replaces the process-wide database (tests and CLI runs). */
export function setDatabase(next: Database | undefined): void {
  globalForDb.folioDatabase = next;
}
