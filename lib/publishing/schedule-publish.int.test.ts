// 定时发布 on both databases: the refusals, a cancel, and the job's check
// under the issue's lock (a stale or repeated delivery publishes nothing);
// on PostgreSQL the job sits in graphile-worker's table, in the same
// transaction as the schedule.
import type { Prisma } from "@prisma/client";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { IssueFrozenError } from "@/lib/articles/issue-freeze";
import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { toLocalInputValue } from "@/lib/i18n/local-time";
import { graphileQueue } from "@/lib/jobs/graphile-queue";
import { migrateJobQueue } from "@/lib/jobs/graphile-runner";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import type { DeskSeed } from "@/lib/testing/desk-test-seed";
import { seedPublishReady } from "@/lib/testing/publish-ready-seed";
import {
  clearQueuedJobs,
  queuedPublishJobs,
} from "@/lib/testing/queued-publish-jobs";

import { publishScheduledIssue } from "./publish-scheduled-issue";
import {
  cancelSchedule,
  schedulePublish,
  schedulePublishAtLocalTime,
} from "./schedule-publish";
import type { ScheduledPublishPayload, ScheduleQueue } from "./schedule-queue";

const MINUTE = 60_000;

/** A queue that records what it was given, as the in-process runner's does nothing more. */
function recordingQueue() {
  const calls: string[] = [];
  const queue: ScheduleQueue = {
    add: async (_tx: Prisma.TransactionClient, p: ScheduledPublishPayload) =>
      void calls.push(`add ${p.issueId} ${p.at}`),
    remove: async (_tx, issueId) => void calls.push(`remove ${issueId}`),
    changed: () => void calls.push("changed"),
  };
  return { calls, queue };
}

describe(`scheduled publishing (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let recorded: ReturnType<typeof recordingQueue>;
  const silent = () => undefined;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedPublishReady(database.prisma);
    recorded = recordingQueue();
  });

  const issue = () =>
    database.prisma.issue.findUniqueOrThrow({ where: { id: seed.issueId } });
  const schedule = (at: Date, userId = seed.users.editor) =>
    schedulePublish(
      database.prisma,
      { issueId: seed.issueId, userId, at },
      { queue: recorded.queue },
    );
  const audit = (action: string) =>
    database.prisma.auditEvent.findMany({
      where: { entityId: seed.issueId, action },
      orderBy: { createdAt: "asc" },
    });

  it("schedules: SCHEDULED with the time, frozen, audited, the job queued", async () => {
    const at = new Date(Date.now() + 10 * MINUTE);
    expect(await schedule(at)).toEqual({
      status: "SCHEDULED",
      scheduledAt: at,
    });
    expect(await issue()).toMatchObject({
      status: "SCHEDULED",
      scheduledAt: at,
      liveVersion: null,
    });
    expect(recorded.calls).toEqual([
      `add ${seed.issueId} ${at.toISOString()}`,
      "changed",
    ]);
    const [event] = await audit("issue.schedule");
    expect(event).toMatchObject({
      actorId: seed.users.editor,
      data: { from: "SIGNED_OFF", at: at.toISOString() },
    });
    // Frozen like a published issue: the text stays as scheduled.
    const articleId = seed.articleIds[1]!;
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    await expect(
      saveArticle(database.prisma, {
        articleId,
        userId: seed.users.editor,
        baseVersion: version,
        snapshot: withBlockText(snapshot, 0, "排期后的改动"),
        sessionId: "tab-schedule",
      }),
    ).rejects.toBeInstanceOf(IssueFrozenError);
  });

  it("reads the form's time as the paper's wall clock (Asia/Shanghai)", async () => {
    const at = new Date(
      Math.ceil((Date.now() + 10 * MINUTE) / MINUTE) * MINUTE,
    );
    const local = toLocalInputValue(at, "Asia/Shanghai");
    // 8 hours ahead of UTC: what the desk types is not the server's UTC clock.
    expect(local).not.toBe(at.toISOString().slice(0, 16));
    const byForm = (value: string) =>
      schedulePublishAtLocalTime(
        database.prisma,
        { issueId: seed.issueId, userId: seed.users.editor, local: value },
        { queue: recorded.queue },
      );
    await expect(byForm("明天早上")).rejects.toThrow(/valid date/);
    expect(await byForm(local)).toEqual({
      status: "SCHEDULED",
      scheduledAt: at,
    });
    expect((await issue()).scheduledAt).toEqual(at);
  });

  it("refuses a time in the past, under a minute ahead or beyond 30 days, and changes nothing", async () => {
    const now = Date.now();
    for (const [at, message] of [
      [new Date(now - MINUTE), /一分钟之后/],
      [new Date(now + 30_000), /一分钟之后/],
      [new Date(now + 31 * 24 * 60 * MINUTE), /30 天/],
      [new Date(Number.NaN), /有效的日期/],
    ] as const) {
      const refusal = await schedule(at).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ name: "ValidationError" });
      expect((refusal as { messageZh: string }).messageZh).toMatch(message);
    }
    expect(await issue()).toMatchObject({
      status: "SIGNED_OFF",
      scheduledAt: null,
    });
    expect(recorded.calls).toEqual([]);
    expect(await audit("issue.schedule")).toEqual([]);
  });

  it("refuses a draft, a published and an already scheduled issue", async () => {
    const at = new Date(Date.now() + 10 * MINUTE);
    for (const status of ["DRAFT", "PUBLISHED"] as const) {
      await database.prisma.issue.update({
        where: { id: seed.issueId },
        data: { status },
      });
      await expect(schedule(at)).rejects.toMatchObject({
        name: "ValidationError",
      });
    }
    await database.prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "UNPUBLISHED" },
    });
    await schedule(at);
    await expect(schedule(new Date(at.getTime() + MINUTE))).rejects.toThrow(
      /cancel the schedule/,
    );
    expect((await issue()).scheduledAt).toEqual(at);
  });

  it("refuses while a validation finding is open", async () => {
    const waivers = await database.prisma.validationWaiver.findMany({
      where: { issueId: seed.issueId },
    });
    expect(waivers.length).toBeGreaterThan(0);
    await database.prisma.validationWaiver.delete({
      where: { id: waivers[0]!.id },
    });
    await expect(
      schedule(new Date(Date.now() + 10 * MINUTE)),
    ).rejects.toMatchObject({ name: "ReviewBlockedError" });
    expect((await issue()).status).toBe("SIGNED_OFF");
    expect(recorded.calls).toEqual([]);
  });

  it("cancels: back to signed off, time cleared, audited, the job removed", async () => {
    const at = new Date(Date.now() + 10 * MINUTE);
    await schedule(at);
    expect(
      await cancelSchedule(
        database.prisma,
        { issueId: seed.issueId, userId: seed.users.other },
        { queue: recorded.queue },
      ),
    ).toEqual({ status: "SIGNED_OFF" });
    expect(await issue()).toMatchObject({
      status: "SIGNED_OFF",
      scheduledAt: null,
    });
    expect(recorded.calls.slice(2)).toEqual([
      `remove ${seed.issueId}`,
      "changed",
    ]);
    expect(await audit("issue.unschedule")).toMatchObject([
      {
        actorId: seed.users.other,
        data: { to: "SIGNED_OFF", at: at.toISOString() },
      },
    ]);
    await expect(
      cancelSchedule(
        database.prisma,
        { issueId: seed.issueId, userId: null },
        { queue: recorded.queue },
      ),
    ).rejects.toThrow(/not scheduled/);
  });

  it("publishes once as the scheduler; a stale, moved or repeated job publishes nothing", async () => {
    const first = new Date(Date.now() + 10 * MINUTE);
    await schedule(first);
    const job = (at: Date) => ({
      issueId: seed.issueId,
      at: at.toISOString(),
    });
    // Cancelled: the job that was queued finds the issue in review.
    await cancelSchedule(
      database.prisma,
      { issueId: seed.issueId, userId: null },
      { queue: recorded.queue },
    );
    expect(
      await publishScheduledIssue(database.prisma, job(first), silent),
    ).toEqual({
      outcome: "skipped",
      reason: "the issue is SIGNED_OFF, not SCHEDULED",
    });
    // Scheduled again for another time, by another editor: the old job is stale.
    const second = new Date(first.getTime() + 5 * MINUTE);
    await schedule(second, seed.users.other);
    expect(
      await publishScheduledIssue(database.prisma, job(first), silent),
    ).toMatchObject({
      outcome: "skipped",
      reason: expect.stringContaining(
        `scheduled for ${second.toISOString()}`,
      ) as string,
    });
    expect(await database.prisma.publishedIssue.count()).toBe(0);

    const lines: string[] = [];
    expect(
      await publishScheduledIssue(database.prisma, job(second), (l) =>
        lines.push(l),
      ),
    ).toEqual({ outcome: "published", version: 1 });
    expect(lines[0]).toMatch(/published issue .* as version 1/);
    // Delivered again (the queue is at-least-once): nothing more.
    expect(
      await publishScheduledIssue(database.prisma, job(second), silent),
    ).toMatchObject({ outcome: "skipped" });

    const published = await database.prisma.publishedIssue.findMany();
    expect(published).toMatchObject([
      { version: 1, publishedById: seed.users.other },
    ]);
    expect(await issue()).toMatchObject({
      status: "PUBLISHED",
      liveVersion: 1,
    });
    expect(await audit("issue.publish")).toMatchObject([
      {
        actorId: seed.users.other,
        data: { version: 1, scheduledAt: second.toISOString() },
      },
    ]);
  });

  it("skips, without publishing, a due schedule whose findings were reopened", async () => {
    const at = new Date(Date.now() + 10 * MINUTE);
    await schedule(at);
    await database.prisma.validationWaiver.deleteMany({
      where: { issueId: seed.issueId },
    });
    expect(
      await publishScheduledIssue(
        database.prisma,
        { issueId: seed.issueId, at: at.toISOString() },
        silent,
      ),
    ).toMatchObject({ outcome: "skipped", reason: /finding/ });
    expect(await database.prisma.publishedIssue.count()).toBe(0);
    expect((await issue()).status).toBe("SCHEDULED");
  });

  describe.runIf(testDatabaseKind === "postgres")(
    "graphile-worker's queue",
    () => {
      const jobs = () => queuedPublishJobs(database.prisma);

      beforeAll(async () => {
        await migrateJobQueue(process.env.FOLIO_TEST_DATABASE_URL!, silent);
      });
      beforeEach(async () => {
        await clearQueuedJobs(database.prisma);
      });

      it("adds the job in the schedule's transaction, replaces it on a new schedule and removes it on cancel", async () => {
        const at = new Date(Date.now() + 10 * MINUTE);
        const options = { queue: graphileQueue };
        const input = { issueId: seed.issueId, userId: seed.users.editor };
        await schedulePublish(database.prisma, { ...input, at }, options);
        expect(await jobs()).toEqual([
          {
            key: `publish-scheduled-issue:${seed.issueId}`,
            payload: { issueId: seed.issueId, at: at.toISOString() },
            run_at: at,
          },
        ]);
        await cancelSchedule(database.prisma, input, options);
        expect(await jobs()).toEqual([]);
        const later = new Date(at.getTime() + MINUTE);
        await schedulePublish(database.prisma, { ...input, at }, options);
        await cancelSchedule(database.prisma, input, options);
        await schedulePublish(
          database.prisma,
          { ...input, at: later },
          options,
        );
        expect(await jobs()).toMatchObject([
          { payload: { at: later.toISOString() }, run_at: later },
        ]);
      });

      it("leaves no job when the schedule rolls back", async () => {
        await expect(
          schedulePublish(
            database.prisma,
            {
              issueId: seed.issueId,
              userId: null,
              at: new Date(Date.now() + 10 * MINUTE),
            },
            {
              queue: graphileQueue,
              beforeCommit: () => {
                throw new Error("injected failure");
              },
            },
          ),
        ).rejects.toThrow("injected failure");
        expect(await jobs()).toEqual([]);
        expect(await issue()).toMatchObject({
          status: "SIGNED_OFF",
          scheduledAt: null,
        });
        expect(await audit("issue.schedule")).toEqual([]);
      });
    },
  );
});
