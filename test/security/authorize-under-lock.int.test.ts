// A save is authorized again for the article as read under its row lock
// (issue 15 item 1): a reporter may correct their own article while the
// issue is a draft; if the issue goes to review while their save waits for
// the lock, the save is refused, not written on a permission read before.
import { beforeEach, describe, expect, it } from "vitest";

import { saveValidArticle } from "@/lib/articles/save-article";
import { type Actor, can } from "@/lib/auth/policy";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { PermissionError } from "@/lib/errors";
import { createStaff } from "@/lib/testing/create-staff";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

describe(`authorization under the article's lock (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let reporter: Actor;
  let articleId: string;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    const prisma = database.prisma;
    articleId = seed.articleIds[0]!;
    const id = await createStaff(prisma, {
      email: "reporter@folio.test",
      role: "REPORTER",
      publicationIds: [seed.publicationId],
    });
    reporter = {
      id,
      isAdmin: false,
      memberships: [{ publicationId: seed.publicationId, role: "REPORTER" }],
    };
    const contributor = await prisma.contributor.create({
      data: { publicationId: seed.publicationId, name: "钱记者", userId: id },
    });
    await prisma.byline.create({
      data: {
        articleId,
        contributorId: contributor.id,
        role: "REPORTER",
        label: "记者",
        order: 99,
      },
    });
  });

  const save = async (text: string) => {
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    return saveValidArticle(database.prisma, {
      articleId,
      userId: reporter.id,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, text),
      sessionId: "tab-reporter",
      reason: "autosave",
      authorize: (article) => {
        if (!can(reporter, "article.edit", { kind: "article", ...article }))
          throw new PermissionError("article.edit");
      },
    });
  };

  it("saves the reporter's own draft article", async () => {
    expect(await save("记者自己的更正")).toMatchObject({ status: "saved" });
  });

  it("refuses the save when the issue went to review while it waited for the lock", async () => {
    const before = await storedArticle(database.prisma, articleId);
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // 送审 as it happens on the board: holding the article, the issue changes status.
    const review = database.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
        await tx.issue.update({
          where: { id: seed.issueId },
          data: { status: "IN_REVIEW" },
        });
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await lockHeld;
    // The route's own check passed: the issue was a draft when the request came in.
    expect(
      can(reporter, "article.edit", {
        kind: "article",
        publicationId: seed.publicationId,
        issueStatus: "DRAFT",
        authorIds: [reporter.id],
      }),
    ).toBe(true);
    const saving = save("送审之后才到的改动").catch((e: unknown) => e);
    release();
    await review;
    expect(await saving).toBeInstanceOf(PermissionError);
    expect((await storedArticle(database.prisma, articleId)).version).toBe(
      before.version,
    );
  });
});
