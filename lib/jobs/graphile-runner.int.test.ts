// Scheduled publishing on PostgreSQL with real graphile-worker runners: two
// app servers' runners on one database publish a scheduled issue exactly
// once, also when the job is delivered twice; and a schedule made before a
// restart is published by the runner started after its time.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { schedulePublish } from "@/lib/publishing/schedule-publish";
import type { DeskSeed } from "@/lib/testing/desk-test-seed";
import { seedPublishReady } from "@/lib/testing/publish-ready-seed";
import {
  clearQueuedJobs,
  queuedPublishJobs,
} from "@/lib/testing/queued-publish-jobs";
import { waitUntil } from "@/lib/testing/wait-until";

import { graphileQueue } from "./graphile-queue";
import { migrateJobQueue, startGraphileRunner } from "./graphile-runner";
import type { JobRunner } from "./job-runner";

const url = process.env.FOLIO_TEST_DATABASE_URL ?? "";

describe.runIf(testDatabaseKind === "postgres")(
  "graphile-worker runners (postgres)",
  () => {
    const database = useTestDatabase();
    let seed: DeskSeed;
    let lines: string[];
    const runners: JobRunner[] = [];

    beforeAll(async () => {
      await migrateJobQueue(url, () => undefined);
    });
    beforeEach(async () => {
      await truncateAll(database);
      await clearQueuedJobs(database.prisma);
      seed = await seedPublishReady(database.prisma);
      lines = [];
      return async () => {
        await Promise.all(runners.splice(0).map((r) => r.stop()));
      };
    });

    const startRunner = async (name: string) => {
      const runner = await startGraphileRunner({
        connectionString: url,
        prisma: database.prisma,
        log: (line) => lines.push(`${name}: ${line}`),
        pollInterval: 200,
      });
      runners.push(runner);
      return runner;
    };
    /** Schedules the seed issue `ms` from now (the 1-minute minimum checked against a clock set back). */
    const scheduleIn = async (ms: number) => {
      const at = new Date(Date.now() + ms);
      await schedulePublish(
        database.prisma,
        { issueId: seed.issueId, userId: seed.users.editor, at },
        { queue: graphileQueue, now: new Date(at.getTime() - 61_000) },
      );
      return at;
    };
    const status = async () =>
      (
        await database.prisma.issue.findUniqueOrThrow({
          where: { id: seed.issueId },
        })
      ).status;
    const published = async () => ({
      versions: await database.prisma.publishedIssue.findMany({
        select: { version: true, publishedById: true },
      }),
      events: await database.prisma.auditEvent.count({
        where: { action: "issue.publish", entityId: seed.issueId },
      }),
    });
    const queueEmpty = async () =>
      (await queuedPublishJobs(database.prisma)).length === 0;

    it("two runners on one database publish an issue scheduled 2 s ahead exactly once, a duplicate delivery included", async () => {
      await startRunner("A");
      await startRunner("B");
      const at = await scheduleIn(2_000);
      // The queue is at-least-once: deliver the same job a second time.
      await database.prisma.$executeRaw`SELECT graphile_worker.add_job(
        'publish-scheduled-issue'::text,
        ${JSON.stringify({ issueId: seed.issueId, at: at.toISOString() })}::json,
        run_at => ${at.toISOString()}::timestamptz)`;
      expect(await queuedPublishJobs(database.prisma)).toHaveLength(2);

      await waitUntil("the issue to be published", async () =>
        (await status()) === "PUBLISHED" ? true : undefined,
      );
      expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
      await waitUntil("both jobs to be done", queueEmpty);
      expect(await published()).toEqual({
        versions: [{ version: 1, publishedById: seed.users.editor }],
        events: 1,
      });
      expect(lines.filter((l) => /published issue/.test(l))).toHaveLength(1);
      expect(
        lines.filter((l) =>
          /nothing published .*PUBLISHED, not SCHEDULED/.test(l),
        ),
      ).toHaveLength(1);
    });

    it("publishes once after a restart: scheduled, runner stopped before the time, a new runner started after it", async () => {
      const before = await startRunner("before");
      const at = await scheduleIn(1_500);
      await before.stop();
      runners.splice(runners.indexOf(before), 1);
      expect(Date.now()).toBeLessThan(at.getTime());

      await waitUntil("the scheduled time to pass", () =>
        Date.now() > at.getTime() + 500 ? true : undefined,
      );
      expect(await status()).toBe("SCHEDULED");
      expect(await queuedPublishJobs(database.prisma)).toHaveLength(1);

      await startRunner("after");
      await waitUntil("the issue to be published", async () =>
        (await status()) === "PUBLISHED" ? true : undefined,
      );
      await waitUntil("the job to be done", queueEmpty);
      expect(await published()).toEqual({
        versions: [{ version: 1, publishedById: seed.users.editor }],
        events: 1,
      });
      expect(lines).toEqual([
        expect.stringMatching(/^after: \[jobs\] published issue/),
      ]);
    });
  },
);
