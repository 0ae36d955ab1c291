// The correction status of a merged-away article (issue 14, item 5): refused
// with a conflict that names the merge, nothing changed, on both databases.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError } from "@/lib/errors";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { mergeArticles } from "./merge-articles";
import { setArticleStatus } from "./set-article-status";

describe(`set article status (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("refuses to set the status of an article merged into another, and changes nothing", async () => {
    const [first, second] = seed.articleIds as [string, string];
    await mergeArticles(database.prisma, {
      firstId: first,
      secondId: second,
      userId: null,
    });
    const before = await database.prisma.article.findUniqueOrThrow({
      where: { id: second },
      select: { status: true, mergedIntoId: true },
    });
    expect(before.mergedIntoId).toBe(first);
    const refused = setArticleStatus(database.prisma, {
      articleId: second,
      status: "PROOFREAD",
      userId: seed.users.proofreader,
    });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toMatchObject({
      messageZh: expect.stringContaining("已合并") as unknown,
    });
    expect(
      await database.prisma.article.findUniqueOrThrow({
        where: { id: second },
        select: { status: true },
      }),
    ).toEqual({ status: before.status });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityId: second, action: "article.status" },
      }),
    ).toBe(0);
  });
});
