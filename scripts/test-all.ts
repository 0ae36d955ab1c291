// `npm test`: the whole suite. Type check, lint, unit and integration tests
// on the embedded database, integration tests again on PostgreSQL, the
// production build, and end-to-end tests in Chromium on both databases.
// Ends with one line: "N passed, N failed".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { isAlive } from "../lib/db/data-dir-lock";
import { ensureBuild } from "./lib/ensure-build";
import { ensureChromium } from "./lib/ensure-chromium";
import { ensurePrismaClient } from "./lib/ensure-prisma-client";
import { bin, run } from "./lib/run";

const ADMIN_URL =
  process.env.FOLIO_TEST_PG_ADMIN_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
// Outside test-results/, which Playwright empties before each run.
const REPORTS = path.resolve(".test-reports");
const tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function record(name: string, passed: number, failed: number, skipped = 0) {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  lines.push(
    `${failed ? "FAIL" : "ok  "} ${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
}

async function step(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
) {
  console.log(`\n=== ${name}`);
  const code = await run(command, args, { env });
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function vitest(name: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n=== ${name}`);
  const out = path.join(REPORTS, `${name.replace(/\W+/g, "-")}.json`);
  const code = await run(
    bin("vitest"),
    [
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
      ...args,
    ],
    { env },
  );
  const report = fs.existsSync(out)
    ? (JSON.parse(fs.readFileSync(out, "utf8")) as Record<string, number>)
    : null;
  if (!report) return record(name, 0, 1);
  const failed =
    report.numFailedTests! +
    (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  record(
    name,
    report.numPassedTests!,
    failed,
    report.numPendingTests! + report.numTodoTests!,
  );
}

async function playwright(name: string, env: NodeJS.ProcessEnv) {
  console.log(`\n=== ${name}`);
  const out = path.join(REPORTS, `${name.replace(/\W+/g, "-")}.json`);
  const code = await run(bin("playwright"), ["test"], {
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  const stats = fs.existsSync(out)
    ? (
        JSON.parse(fs.readFileSync(out, "utf8")) as {
          stats: Record<string, number>;
        }
      ).stats
    : null;
  if (!stats) return record(name, 0, 1);
  const failed =
    stats.unexpected! + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
  record(name, stats.expected! + stats.flaky!, failed, stats.skipped!);
}

const TEST_DB_PREFIX = "folio_test_";

/**
 * A fresh database on the local server, or null when there is none. Also
 * drops test databases that interrupted runs left behind (only ours: the
 * prefix is Folio's and the owning process is gone).
 */
async function createDatabase(name: string): Promise<string | null> {
  const admin = new pg.Client({
    connectionString: ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch (e) {
    console.log(
      `PostgreSQL not reachable at ${ADMIN_URL}: ${(e as Error).message}`,
    );
    return null;
  }
  try {
    for (const stale of await staleTestDatabases(admin))
      await admin.query(`DROP DATABASE IF EXISTS "${stale}"`);
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (e) {
    console.log(`Could not create database ${name}: ${(e as Error).message}`);
    return null;
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const TEST_DB_NAME = /^folio_test_(?:int|e2e)_(\d+)_([a-z0-9]+)$/;
const STALE_AFTER_MS = 3 * 60 * 60 * 1000;

/**
 * Test databases that interrupted runs left behind: named by this script,
 * older than three hours, nobody connected, and their run's process gone.
 */
async function staleTestDatabases(admin: pg.Client): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string; sessions: number }>(
    `SELECT d.datname, (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS sessions
     FROM pg_database d WHERE d.datname LIKE 'folio\\_test\\_%'`,
  );
  return rows
    .filter((r) => {
      const m = TEST_DB_NAME.exec(r.datname);
      if (!m || r.sessions > 0) return false;
      const age = Date.now() - Number.parseInt(m[2]!, 36);
      return age > STALE_AFTER_MS && !isAlive(Number(m[1]));
    })
    .map((r) => r.datname);
}

async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  fs.rmSync(REPORTS, { recursive: true, force: true });
  fs.mkdirSync(REPORTS, { recursive: true });
  await ensurePrismaClient();
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete base.DATABASE_URL; // the suite chooses its databases itself

  await step("typecheck", bin("tsc"), ["--noEmit"]);
  await step("lint", bin("eslint"), ["--max-warnings", "0", "."]);
  await step("format (prettier)", bin("prettier"), ["--check", "."]);
  await vitest("vitest (embedded database)", [], base);

  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const intDb = `${TEST_DB_PREFIX}int_${suffix}`;
  const e2eDb = `${TEST_DB_PREFIX}e2e_${suffix}`;
  const intUrl = await createDatabase(intDb);
  if (intUrl) {
    try {
      await vitest("vitest integration (PostgreSQL)", ["int.test"], {
        ...base,
        FOLIO_TEST_DATABASE_URL: intUrl,
      });
    } finally {
      await dropDatabase(intDb);
    }
  } else if (process.env.CI) {
    record("vitest integration (PostgreSQL)", 0, 1);
  } else {
    lines.push(
      "skip vitest integration (PostgreSQL): no server at FOLIO_TEST_PG_ADMIN_URL",
    );
  }

  console.log("\n=== next build");
  const built = await ensureBuild({ force: true }).then(
    () => true,
    () => false,
  );
  record("next build", built ? 1 : 0, built ? 0 : 1);
  if (built) {
    await ensureChromium();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-e2e-"));
    await playwright("e2e (embedded database)", {
      ...base,
      FOLIO_E2E_DATA_DIR: dataDir,
      FOLIO_E2E_PORT: "3100",
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    const e2eUrl = await createDatabase(e2eDb);
    if (e2eUrl) {
      const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-e2e-pg-"));
      try {
        await playwright("e2e (PostgreSQL)", {
          ...base,
          FOLIO_E2E_DATABASE_URL: e2eUrl,
          FOLIO_E2E_DATA_DIR: pgDataDir,
          FOLIO_E2E_PORT: "3101",
        });
      } finally {
        await dropDatabase(e2eDb);
        fs.rmSync(pgDataDir, { recursive: true, force: true });
      }
    } else if (process.env.CI) {
      record("e2e (PostgreSQL)", 0, 1);
    }
  }

  console.log("\n=== summary");
  for (const line of lines) console.log(line);
  console.log(
    `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`,
  );
  process.exit(tally.failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  console.log(`${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exit(1);
});
