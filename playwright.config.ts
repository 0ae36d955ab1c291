// End-to-end tests in Debian's Chromium against a production build served
// by `next start` on a fresh database: embedded (default) or the PostgreSQL
// database named by FOLIO_E2E_DATABASE_URL (local servers only).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { defineConfig } from "@playwright/test";

import { E2E_ADMIN_PASSWORD } from "./e2e/support/credentials";

const port = Number(process.env.FOLIO_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.FOLIO_E2E_DATABASE_URL;
if (
  databaseUrl &&
  !["localhost", "127.0.0.1", "::1"].includes(new URL(databaseUrl).hostname)
) {
  throw new Error(
    "End-to-end tests refuse to run against a non-local database.",
  );
}
// Workers load this file too; only the main process makes the data directory.
const isWorker = process.env.TEST_WORKER_INDEX !== undefined;
const dataDir =
  process.env.FOLIO_E2E_DATA_DIR ??
  (isWorker ? "" : fs.mkdtempSync(path.join(os.tmpdir(), "folio-e2e-")));
process.env.FOLIO_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [["list"], ["json"]]
    : [["list"]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(process.env as Record<string, string>),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      FOLIO_DATA_DIR: dataDir,
      FOLIO_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
