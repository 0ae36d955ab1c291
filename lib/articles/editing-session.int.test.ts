// One editing tab holds an article (issue 13 item 2), on both databases: a
// take-over refuses every later save and restore of the old tab; a user's
// new tab supersedes that user's own holder at once (a crashed tab never
// says goodbye) without tabs taking it from each other on every heartbeat;
// presence rows are bounded per user and expired ones purged (issue 14).
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import {
  blockText,
  storedArticle,
  withBlockText,
} from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { TakenOverError } from "./editing-session";
import {
  heartbeat,
  MAX_SESSIONS_PER_USER,
  PRESENCE_TTL_MS,
  takeOverArticle,
} from "./presence";
import { restoreRevision } from "./restore-revision";
import { saveArticle } from "./save-article";

describe(`editing sessions (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let articleId: string;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    articleId = seed.articleIds[2]!;
  });

  const save = async (userId: string, sessionId: string, text: string) => {
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    return saveArticle(database.prisma, {
      articleId,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, text),
      userId,
      sessionId,
    });
  };

  it("refuses the old holder's saves and restores after a take-over, with who took over", async () => {
    const prisma = database.prisma;
    const old = { articleId, userId: seed.users.editor, sessionId: "old-tab" };
    const next = { articleId, userId: seed.users.other, sessionId: "new-tab" };
    expect(await heartbeat(prisma, old)).toMatchObject({ holding: true });
    expect(await heartbeat(prisma, next)).toMatchObject({
      holding: false,
      holder: { name: "editor" },
    });
    // Before the take-over the reader tab may not write either.
    await expect(
      save(seed.users.other, "new-tab", "读者的改动"),
    ).rejects.toThrow(TakenOverError);
    expect(
      (await save(seed.users.editor, "old-tab", "旧标签页的改动")).status,
    ).toBe("saved");

    expect(await takeOverArticle(prisma, next)).toMatchObject({
      holding: true,
      holder: { name: "other" },
    });
    const refused = save(
      seed.users.editor,
      "old-tab",
      "接管之后旧标签页的改动",
    );
    await expect(refused).rejects.toThrow(TakenOverError);
    await expect(refused).rejects.toMatchObject({
      messageZh: expect.stringContaining("已被 other 接管编辑") as string,
    });
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining(
        "other has taken over editing",
      ) as string,
    });
    await expect(
      restoreRevision(prisma, {
        articleId,
        version: 1,
        sessionId: "old-tab",
        userId: seed.users.editor,
      }),
    ).rejects.toThrow(TakenOverError);
    expect(
      (await save(seed.users.other, "new-tab", "新标签页的改动")).status,
    ).toBe("saved");
    const stored = await storedArticle(prisma, articleId);
    expect(blockText(stored.snapshot, 0)).toBe("新标签页的改动");
    expect(stored.version).toBe(3);

    // The old tab's heartbeat says so, with the version to show; it stays a reader.
    const told = await heartbeat(prisma, old);
    expect(told).toMatchObject({
      holding: false,
      version: 3,
      takenOverBy: { name: "other", sameUser: false },
    });
    expect(await heartbeat(prisma, old)).toMatchObject({ holding: false });
  });

  it("gives a user's new tab the article at once when that user's holding tab crashed", async () => {
    const prisma = database.prisma;
    const crashed = {
      articleId,
      userId: seed.users.editor,
      sessionId: "crashed-tab",
    };
    const fresh = {
      articleId,
      userId: seed.users.editor,
      sessionId: "fresh-tab",
    };
    expect(await heartbeat(prisma, crashed)).toMatchObject({ holding: true });
    // No leave, no TTL wait: the same user's next tab holds it straight away.
    const opened = await heartbeat(prisma, fresh);
    expect(opened).toMatchObject({
      holding: true,
      holder: { name: "editor" },
      takenOverBy: null,
    });
    expect(
      (await save(seed.users.editor, "fresh-tab", "新开标签页的改动")).status,
    ).toBe("saved");
    await expect(
      save(seed.users.editor, "crashed-tab", "崩溃标签页的迟到保存"),
    ).rejects.toThrow(TakenOverError);
  });

  it("makes a user's older live tab a reader that does not take the article back by itself", async () => {
    const prisma = database.prisma;
    const first = {
      articleId,
      userId: seed.users.editor,
      sessionId: "first-tab",
    };
    const second = {
      articleId,
      userId: seed.users.editor,
      sessionId: "second-tab",
    };
    await heartbeat(prisma, first);
    await heartbeat(prisma, second);
    // Heartbeats of both go on: the holder stays the newer tab.
    expect(await heartbeat(prisma, first)).toMatchObject({
      holding: false,
      takenOverBy: { name: "editor", sameUser: true },
    });
    expect(await heartbeat(prisma, second)).toMatchObject({ holding: true });
    expect(await heartbeat(prisma, first)).toMatchObject({ holding: false });
    // Reloading the older tab (leave, then the same tab id again) keeps it a reader.
    await heartbeat(prisma, { ...first, leave: true });
    expect(await heartbeat(prisma, first)).toMatchObject({
      holding: false,
      takenOverBy: { sameUser: true },
    });
    // Taking it back is explicit, and then the newer tab is refused.
    expect(await takeOverArticle(prisma, first)).toMatchObject({
      holding: true,
    });
    expect(await heartbeat(prisma, second)).toMatchObject({
      holding: false,
      takenOverBy: { sameUser: true },
    });
    await expect(
      save(seed.users.editor, "second-tab", "不该保存"),
    ).rejects.toThrow(TakenOverError);
    // Another user's new tab never supersedes: it waits or takes over.
    expect(
      await heartbeat(prisma, {
        articleId,
        userId: seed.users.other,
        sessionId: "other-tab",
      }),
    ).toMatchObject({ holding: false });
  });

  it("lets a silent holder's article go after the TTL, and saves without any holder", async () => {
    const prisma = database.prisma;
    expect(
      (await save(seed.users.editor, "no-presence", "无人占用时的保存")).status,
    ).toBe("saved");
    await heartbeat(prisma, {
      articleId,
      userId: seed.users.other,
      sessionId: "gone-tab",
    });
    await prisma.articlePresence.updateMany({
      where: { sessionId: "gone-tab" },
      data: { lastSeenAt: new Date(Date.now() - PRESENCE_TTL_MS - 1_000) },
    });
    expect(
      (await save(seed.users.editor, "no-presence", "占用者离开后的保存"))
        .status,
    ).toBe("saved");
  });

  it("keeps at most one row per tab and MAX_SESSIONS_PER_USER per user, and purges expired rows", async () => {
    const prisma = database.prisma;
    for (let i = 0; i < 3; i++)
      await heartbeat(prisma, {
        articleId,
        userId: seed.users.editor,
        sessionId: "same-tab",
      });
    expect(
      await prisma.articlePresence.count({ where: { sessionId: "same-tab" } }),
    ).toBe(1);
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 15; i++) {
      const on = seed.articleIds[i % seed.articleIds.length]!;
      await heartbeat(prisma, {
        articleId: on,
        userId: seed.users.other,
        sessionId: `flood-${i}`,
      });
    }
    expect(
      await prisma.articlePresence.count({
        where: { userId: seed.users.other },
      }),
    ).toBe(MAX_SESSIONS_PER_USER);
    // The most recent tabs are the ones kept.
    expect(
      await prisma.articlePresence.count({
        where: { sessionId: `flood-${MAX_SESSIONS_PER_USER + 14}` },
      }),
    ).toBe(1);
    expect(
      await prisma.articlePresence.count({ where: { sessionId: "flood-0" } }),
    ).toBe(0);
    // The other user's tab is untouched by the cap, and goes once it expires.
    expect(
      await prisma.articlePresence.count({ where: { sessionId: "same-tab" } }),
    ).toBe(1);
    await prisma.articlePresence.updateMany({
      where: { sessionId: "same-tab" },
      data: { lastSeenAt: new Date(Date.now() - PRESENCE_TTL_MS - 1_000) },
    });
    await heartbeat(prisma, {
      articleId: seed.articleIds[0]!,
      userId: seed.users.proofreader,
      sessionId: "someone-else",
    });
    expect(
      await prisma.articlePresence.count({ where: { sessionId: "same-tab" } }),
    ).toBe(0);
  });
});
