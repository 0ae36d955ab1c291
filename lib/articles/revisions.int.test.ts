// History on both databases: the list, one revision, restoring (revision 1
// gives exactly the import), the correction status.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  blockText,
  storedArticle,
  withBlockText,
} from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { getRevision } from "./get-revision";
import { listRevisions } from "./list-revisions";
import { rejectRepair } from "./repairs/review-repair";
import { restoreRevision } from "./restore-revision";
import { saveArticle } from "./save-article";
import { setArticleStatus } from "./set-article-status";

describe(`revisions (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("restores revision 1 to exactly the imported text, with every repair pending again", async () => {
    const prisma = database.prisma;
    const repair = await prisma.repair.findFirstOrThrow({
      where: { kind: "PUNCTUATION", article: { issueId: seed.issueId } },
    });
    const articleId = repair.articleId;
    const imported = await storedArticle(prisma, articleId);
    const save = (
      snapshot: typeof imported.snapshot,
      baseVersion: number,
      extra = {},
    ) =>
      saveArticle(prisma, {
        articleId,
        baseVersion,
        snapshot,
        userId: seed.users.editor,
        sessionId: "t",
        reason: "save",
        ...extra,
      });

    const first = await save(rejectRepair(imported.snapshot, repair)!, 1, {
      reason: "repair.reject",
      repairDecisions: [{ repairId: repair.id, status: "REJECTED" }],
    });
    if (first.status === "conflict") throw new Error("conflict");
    const second = await save(
      {
        ...withBlockText(first.snapshot, 0, "全部改掉。"),
        headline: "新标题",
        bylines: [],
      },
      first.version,
    );
    if (second.status === "conflict") throw new Error("conflict");
    expect((await storedArticle(prisma, articleId)).headline).toBe("新标题");

    const restored = await restoreRevision(prisma, {
      articleId,
      version: 1,
      baseVersion: second.version,
      userId: seed.users.other,
    });
    const now = await storedArticle(prisma, articleId);
    expect(now.snapshot).toEqual(imported.snapshot);
    expect(now.bodyText).toBe(imported.bodyText);
    expect(now.wordCount).toBe(imported.wordCount);
    expect(restored.version).toBe(second.version + 1);
    expect(restored.repairs.every((r) => r.status === "PENDING")).toBe(true);
    expect(await prisma.byline.count({ where: { articleId } })).toBe(
      imported.bylines.length,
    );

    const history = await listRevisions(prisma, articleId);
    expect(history.map((r) => [r.version, r.reason])).toEqual([
      [4, "restore"],
      [3, "save"],
      [2, "repair.reject"],
      [1, "import"],
    ]);
    expect(history[0]).toMatchObject({
      detail: "revision 1",
      author: { name: "other" },
    });
    const one = await getRevision(prisma, articleId, 1);
    expect(one.snapshot).toEqual(imported.snapshot);
    expect(
      blockText((await getRevision(prisma, articleId, 3)).snapshot, 0),
    ).toBe("全部改掉。");
  });

  it("restoring a later revision keeps the verdicts given up to it and takes back those after", async () => {
    const prisma = database.prisma;
    const repair = await prisma.repair.findFirstOrThrow({
      where: { kind: "PUNCTUATION", article: { issueId: seed.issueId } },
    });
    const articleId = repair.articleId;
    const other = await prisma.repair.findFirstOrThrow({
      where: { articleId, id: { not: repair.id } },
    });
    const imported = await storedArticle(prisma, articleId);
    const rejected = await saveArticle(prisma, {
      articleId,
      baseVersion: 1,
      snapshot: rejectRepair(imported.snapshot, repair)!,
      userId: null,
      sessionId: "t",
      reason: "repair.reject",
      repairDecisions: [{ repairId: repair.id, status: "REJECTED" }],
    });
    if (rejected.status === "conflict") throw new Error("conflict");
    // Verdicts are ordered by millisecond timestamps: let the clock move past the revision.
    await new Promise((r) => setTimeout(r, 5));
    const later = await saveArticle(prisma, {
      articleId,
      baseVersion: rejected.version,
      snapshot: { ...rejected.snapshot, deck: "后来改的" },
      userId: null,
      sessionId: "t",
      reason: "repair.accept",
      repairDecisions: [{ repairId: other.id, status: "ACCEPTED" }],
    });
    if (later.status === "conflict") throw new Error("conflict");
    const restored = await restoreRevision(prisma, {
      articleId,
      version: rejected.version,
      userId: null,
    });
    expect(restored.snapshot).toEqual(rejected.snapshot);
    expect(restored.repairs.find((r) => r.id === repair.id)?.status).toBe(
      "REJECTED",
    );
    expect(restored.repairs.find((r) => r.id === other.id)?.status).toBe(
      "PENDING",
    );
  });

  it("refuses to restore over a newer version, and unknown revisions", async () => {
    const articleId = seed.articleIds[0]!;
    const { snapshot } = await storedArticle(database.prisma, articleId);
    await saveArticle(database.prisma, {
      articleId,
      baseVersion: 1,
      snapshot: withBlockText(snapshot, 0, "改"),
      userId: null,
      sessionId: "t",
    });
    await expect(
      restoreRevision(database.prisma, {
        articleId,
        version: 1,
        baseVersion: 1,
        userId: null,
      }),
    ).rejects.toThrow(ConflictError);
    await expect(
      restoreRevision(database.prisma, { articleId, version: 7, userId: null }),
    ).rejects.toThrow(NotFoundError);
    await expect(getRevision(database.prisma, articleId, 7)).rejects.toThrow(
      NotFoundError,
    );
    expect((await storedArticle(database.prisma, articleId)).version).toBe(2);
  });

  it("sets the correction status with an audit event, without a revision", async () => {
    const articleId = seed.articleIds[0]!;
    expect(
      await setArticleStatus(database.prisma, {
        articleId,
        status: "EDITING",
        userId: seed.users.proofreader,
      }),
    ).toEqual({
      status: "EDITING",
      previous: "IMPORTED",
    });
    await setArticleStatus(database.prisma, {
      articleId,
      status: "PROOFREAD",
      userId: seed.users.proofreader,
    });
    const article = await database.prisma.article.findUniqueOrThrow({
      where: { id: articleId },
    });
    expect(article).toMatchObject({ status: "PROOFREAD", version: 1 });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityId: articleId, action: "article.status" },
      }),
    ).toBe(2);
    await expect(
      setArticleStatus(database.prisma, {
        articleId,
        status: "APPROVED",
        userId: null,
      }),
    ).rejects.toThrow(ValidationError);
    await expect(
      setArticleStatus(database.prisma, {
        articleId: "nope",
        status: "EDITING",
        userId: null,
      }),
    ).rejects.toThrow(NotFoundError);
  });
});
