// The server's wiring of scheduled publishing, on either database: startJobs
// picks the runner for the database, the queue the desk's actions get from
// scheduleQueue() reaches it, and stopJobs stops it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { schedulePublish } from "@/lib/publishing/schedule-publish";
import { seedPublishReady } from "@/lib/testing/publish-ready-seed";
import { clearQueuedJobs } from "@/lib/testing/queued-publish-jobs";
import { waitUntil } from "@/lib/testing/wait-until";

import { migrateJobQueue } from "./graphile-runner";
import { scheduleQueue, startJobs, stopJobs } from "./start-jobs";

describe(`scheduled publishing at start-up (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  const url = process.env.FOLIO_TEST_DATABASE_URL;
  const lines: string[] = [];

  beforeAll(async () => {
    setDatabase(database);
    await truncateAll(database);
    if (url) {
      await migrateJobQueue(url, () => undefined);
      await clearQueuedJobs(database.prisma);
    }
  });
  afterAll(async () => {
    await stopJobs();
    setDatabase(undefined);
  });

  it("runs the database's runner, which publishes what the desk's queue was given", async () => {
    await startJobs(database, url, (line) => lines.push(line));
    expect(lines).toEqual([
      url
        ? "Folio: scheduled publishing runs on graphile-worker."
        : "Folio: scheduled publishing runs in this process.",
    ]);
    const seed = await seedPublishReady(database.prisma);
    const at = new Date(Date.now() + 1_500);
    await schedulePublish(
      database.prisma,
      { issueId: seed.issueId, userId: seed.users.editor, at },
      { queue: scheduleQueue(), now: new Date(at.getTime() - 61_000) },
    );
    await waitUntil("the scheduled issue to be published", async () => {
      const issue = await database.prisma.issue.findUniqueOrThrow({
        where: { id: seed.issueId },
      });
      return issue.status === "PUBLISHED" ? issue : undefined;
    });
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(lines.at(-1)).toMatch(/\[jobs\] published issue .* as version 1/);
    await stopJobs();
  });
});
