// The embedded database's runner of scheduled publishes: at start-up it
// publishes what fell due while the server was down; then its timer
// publishes the next schedule when its time comes, re-armed by a schedule
// made while it runs; a cancelled schedule is left alone.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import {
  cancelSchedule,
  schedulePublish,
} from "@/lib/publishing/schedule-publish";
import type { ScheduleQueue } from "@/lib/publishing/schedule-queue";
import { unpublishIssue } from "@/lib/publishing/unpublish-issue";
import type { DeskSeed } from "@/lib/testing/desk-test-seed";
import { seedPublishReady } from "@/lib/testing/publish-ready-seed";
import { waitUntil } from "@/lib/testing/wait-until";

import {
  type InProcessRunner,
  startInProcessRunner,
} from "./in-process-runner";

describe(`the in-process runner (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let lines: string[];
  let runner: InProcessRunner | undefined;
  /** What the desk's actions get on the embedded database (lib/jobs/start-jobs.ts). */
  const queue: ScheduleQueue = {
    add: async () => undefined,
    remove: async () => undefined,
    changed: () => runner?.rearm(),
  };

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedPublishReady(database.prisma);
    lines = [];
    return async () => {
      await runner?.stop();
      runner = undefined;
    };
  });

  const start = () => {
    runner = startInProcessRunner(database.prisma, {
      log: (line) => lines.push(line),
    });
    return runner;
  };
  /** Schedules the seed issue for `at`, the 1-minute minimum checked against a clock set back. */
  const scheduleAt = (at: Date) =>
    schedulePublish(
      database.prisma,
      { issueId: seed.issueId, userId: seed.users.editor, at },
      { queue, now: new Date(at.getTime() - 61_000) },
    );
  const issue = () =>
    database.prisma.issue.findUniqueOrThrow({ where: { id: seed.issueId } });
  const versions = async () =>
    (
      await database.prisma.publishedIssue.findMany({
        orderBy: { version: "asc" },
        select: { version: true, publishedById: true },
      })
    ).map((v) => `${v.version} by ${v.publishedById}`);

  it("publishes at start-up an issue that fell due while it was stopped, then one whose timer fires", async () => {
    // Due 5 s ago, scheduled while no runner ran.
    await scheduleAt(new Date(Date.now() - 5_000));
    await start().ready;
    expect(await issue()).toMatchObject({
      status: "PUBLISHED",
      liveVersion: 1,
    });
    expect(await versions()).toEqual([`1 by ${seed.users.editor}`]);

    // Back out, and scheduled 1.5 s ahead while the runner runs: its timer publishes it.
    await unpublishIssue(database.prisma, {
      issueId: seed.issueId,
      userId: null,
      reason: "改期重新发布",
    });
    const at = new Date(Date.now() + 1_500);
    await scheduleAt(at);
    expect((await issue()).status).toBe("SCHEDULED");
    await waitUntil("the timer to publish the issue", async () =>
      (await issue()).status === "PUBLISHED" ? true : undefined,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(await versions()).toEqual([
      `1 by ${seed.users.editor}`,
      `2 by ${seed.users.editor}`,
    ]);
    expect(await issue()).toMatchObject({ liveVersion: 2 });
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "issue.publish" },
      }),
    ).toBe(2);
  });

  it("leaves a cancelled schedule alone when its old time comes", async () => {
    await start().ready;
    const at = new Date(Date.now() + 1_000);
    await scheduleAt(at);
    await cancelSchedule(
      database.prisma,
      { issueId: seed.issueId, userId: null },
      { queue },
    );
    // The cancel disarmed the timer; scheduled again further out, it is armed for the new time only.
    const later = new Date(Date.now() + 2_500);
    await scheduleAt(later);
    await waitUntil("the later schedule to be published", async () =>
      (await issue()).status === "PUBLISHED" ? true : undefined,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(later.getTime());
    expect(await versions()).toEqual([`1 by ${seed.users.editor}`]);
    expect(lines).toEqual([
      expect.stringContaining(`scheduled for ${later.toISOString()}`),
    ]);
  });
});
