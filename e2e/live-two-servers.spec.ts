// Two app servers on one PostgreSQL database, as a newsroom runs them: the
// suite's server and a second `next start` this spec starts on
// FOLIO_E2E_SECOND_PORT (3144). A card moved on a board served by the
// first appears at once on a board served by the second — the event went
// through PostgreSQL's NOTIFY to the second server's own LISTEN. Needs
// FOLIO_E2E_DATABASE_URL (skipped on the embedded database, which belongs
// to one process).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { E2E_ADMIN_PASSWORD, STORAGE_STATE } from "./support/credentials";
import { createIssueWithFrontPage } from "./support/issue";
import {
  headlines,
  moveFirstCardToPageTwo,
  openLiveBoard,
  stillTheSamePage,
} from "./support/live-board";

const databaseUrl = process.env.FOLIO_E2E_DATABASE_URL;
const port = Number(process.env.FOLIO_E2E_SECOND_PORT ?? 3144);
const second = `http://127.0.0.1:${port}`;

test.skip(!databaseUrl, "two app servers need FOLIO_E2E_DATABASE_URL");
test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

let server: ChildProcess | undefined;
let dataDir = "";
let output = "";

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-e2e-second-"));
  server = spawn(
    "node_modules/.bin/next",
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        FOLIO_DATA_DIR: dataDir,
        FOLIO_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
        NEXTAUTH_URL: second,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout!.on("data", (b: Buffer) => (output += b.toString()));
  server.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  await expect
    .poll(
      async () =>
        (await fetch(`${second}/api/health`).catch(() => null))?.status ?? 0,
      { timeout: 90_000, message: `the second server: ${output}` },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("a move on a board of one app server appears at once on a board of the other", async ({
  page,
  browser,
}) => {
  const { board } = await createIssueWithFrontPage(page, {
    date: "2024-01-28",
    number: "9028",
    pages: 2,
  });
  const mover = await openLiveBoard(browser, board);
  const watcher = await openLiveBoard(browser, `${second}${board}`, {
    pollCutOff: true,
  });
  await expect(headlines(watcher, 1)).toHaveCount(5);

  const headline = await moveFirstCardToPageTwo(mover);
  await expect(headlines(watcher, 2)).toHaveText([headline]);
  await stillTheSamePage(watcher);
  // And back the other way: a move through the second server reaches the first.
  const back = await moveFirstCardToPageTwo(watcher);
  await expect(headlines(mover, 2).filter({ hasText: back })).toHaveCount(1);
  await stillTheSamePage(mover);
  await mover.context().close();
  await watcher.context().close();
});
