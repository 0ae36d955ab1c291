// The editor screen's server side on both databases: its data in one call,
// presence and take-over, reviewing repairs by kind, contributor search.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError } from "@/lib/errors";
import { storedArticle } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { getArticleForEditor } from "./get-article-for-editor";
import { heartbeat, takeOverArticle } from "./presence";
import { sortRepairsInTextOrder } from "./repairs/review-repair";
import { reviewRepairs } from "./review-repairs";
import { searchContributors } from "./search-contributors";

describe(`editor data, presence and repairs (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("gives the editor everything in one call", async () => {
    const id = seed.articleIds[2]!;
    await heartbeat(database.prisma, {
      articleId: id,
      userId: seed.users.other,
      sessionId: "other-tab",
    });
    const editor = await getArticleForEditor(database.prisma, id);
    const stored = await storedArticle(database.prisma, id);
    const row = await database.prisma.article.findUniqueOrThrow({
      where: { id },
    });
    expect(editor).toMatchObject({
      id,
      version: 1,
      status: "IMPORTED",
      wordCount: row.wordCount,
      mergedIntoId: null,
    });
    expect(editor.snapshot).toEqual(stored.snapshot);
    expect(editor.issue).toMatchObject({
      id: seed.issueId,
      date: "2024-01-03",
      publicationName: "平湖日报",
    });
    expect(editor.placements).toMatchObject([
      { part: 1, page: { number: 1 }, jumpOut: null, jumpIn: null },
    ]);
    expect(editor.original.text).toBe(row.ocrText);
    expect(editor.original.source).toMatchObject({
      fileName: "pinghu-2024-01-p1.md",
      format: "MARKDOWN",
      encoding: "UTF-8",
    });
    expect(editor.previousId).toBe(seed.articleIds[1]);
    expect(editor.nextId).toBe(seed.articleIds[3]);
    expect(editor.revisions).toMatchObject([{ version: 1, reason: "import" }]);
    expect(editor.present).toMatchObject([{ name: "other", holding: true }]);
    const rows = await database.prisma.repair.findMany({
      where: { articleId: id },
    });
    expect(editor.repairs.map((r) => r.id)).toEqual(
      sortRepairsInTextOrder(stored.snapshot, rows).map((r) => r.id),
    );
    expect(
      editor.repairs.every((r) => r.status === "PENDING" && r.place !== null),
    ).toBe(true);

    // The import counted the open suggestions; 初劲 is flagged with 干劲 offered.
    const commentary = await getArticleForEditor(
      database.prisma,
      seed.byHeadline.get("实干担当立潮头")!,
    );
    expect(
      commentary.suggestions.find((s) => s.text === "初劲")?.replacements,
    ).toContain("干劲");
    const counted = await database.prisma.article.findUniqueOrThrow({
      where: { id: commentary.id },
    });
    expect(counted.suggestionCount).toBe(commentary.suggestions.length);

    const first = await getArticleForEditor(
      database.prisma,
      seed.articleIds[0]!,
    );
    expect(first.previousId).toBeNull();
    const last = await getArticleForEditor(
      database.prisma,
      seed.articleIds[4]!,
    );
    expect(last.nextId).toBeNull();
    expect(last.placements[0]!.jumpOut).toMatchObject({
      toPageNumber: 2,
      marker: "(下转2版)",
    });
  });

  it("tracks who is present, who holds the article, and who took it over", async () => {
    const prisma = database.prisma;
    const articleId = seed.articleIds[0]!;
    const a = { articleId, userId: seed.users.editor, sessionId: "tab-a" };
    const b = { articleId, userId: seed.users.other, sessionId: "tab-b" };
    expect(await heartbeat(prisma, a)).toMatchObject({
      holding: true,
      takenOverBy: null,
      others: [],
    });
    const seenByB = await heartbeat(prisma, b);
    expect(seenByB).toMatchObject({
      holding: false,
      holder: { name: "editor" },
      others: [{ name: "editor", holding: true }],
    });

    expect(await takeOverArticle(prisma, b)).toMatchObject({
      holding: true,
      holder: { name: "other" },
    });
    const told = await heartbeat(prisma, a);
    expect(told).toMatchObject({
      holding: false,
      takenOverBy: { name: "other" },
      holder: { name: "other" },
    });
    expect(await heartbeat(prisma, a)).toMatchObject({
      holding: false,
      takenOverBy: { name: "other" },
    });

    // The holder goes silent: the next tab to beat holds the article.
    await prisma.articlePresence.update({
      where: { articleId_sessionId: { articleId, sessionId: "tab-b" } },
      data: { lastSeenAt: new Date(Date.now() - 60_000) },
    });
    expect(await heartbeat(prisma, a)).toMatchObject({
      holding: true,
      takenOverBy: null,
      others: [],
    });
    expect(await heartbeat(prisma, { ...a, leave: true })).toMatchObject({
      holding: false,
      others: [],
    });
    expect(
      await prisma.articlePresence.count({ where: { sessionId: "tab-a" } }),
    ).toBe(0);
  });

  it("never lets a reader hold the article, nor one user pose as another's tab", async () => {
    const prisma = database.prisma;
    const articleId = seed.articleIds[1]!;
    const reader = {
      articleId,
      userId: seed.users.other,
      sessionId: "reader-tab",
      canHold: false,
    };
    expect(await heartbeat(prisma, reader)).toMatchObject({
      holding: false,
      holder: null,
    });
    const editor = {
      articleId,
      userId: seed.users.editor,
      sessionId: "editor-tab",
    };
    const seen = await heartbeat(prisma, editor);
    expect(seen).toMatchObject({ holding: true, holder: { name: "editor" } });
    expect(JSON.stringify(seen)).not.toContain("reader-tab");
    await expect(
      heartbeat(prisma, { ...editor, userId: seed.users.other }),
    ).rejects.toThrow("belongs to another user");
    await heartbeat(prisma, {
      ...editor,
      userId: seed.users.other,
      leave: true,
    });
    expect(await heartbeat(prisma, editor)).toMatchObject({ holding: true });
  });

  it("rejects all repairs of a kind on the stored text, and accepts others without a revision", async () => {
    const prisma = database.prisma;
    const repair = await prisma.repair.findFirstOrThrow({
      where: { kind: "PUNCTUATION", article: { issueId: seed.issueId } },
    });
    const articleId = repair.articleId;
    const before = await storedArticle(prisma, articleId);
    const count = await prisma.repair.count({
      where: { articleId, kind: "PUNCTUATION" },
    });
    await expect(
      reviewRepairs(prisma, {
        articleId,
        status: "REJECTED",
        kind: "PUNCTUATION",
        baseVersion: 2,
        userId: null,
      }),
    ).rejects.toThrow(ConflictError);
    const rejected = await reviewRepairs(prisma, {
      articleId,
      status: "REJECTED",
      kind: "PUNCTUATION",
      baseVersion: 1,
      userId: seed.users.proofreader,
    });
    expect(rejected.notFound).toEqual([]);
    expect(rejected.version).toBe(2);
    const after = await storedArticle(prisma, articleId);
    expect(after.bodyText).not.toBe(before.bodyText);
    expect(after.bodyText).toContain(repair.original);
    expect(
      await prisma.repair.count({
        where: { articleId, kind: "PUNCTUATION", status: "REJECTED" },
      }),
    ).toBe(count);
    expect(
      (
        await prisma.revision.findFirstOrThrow({
          where: { articleId, version: 2 },
        })
      ).reason,
    ).toBe("repair.reject");

    const accepted = await reviewRepairs(prisma, {
      articleId,
      status: "ACCEPTED",
      kind: "COLUMN_BREAK",
      baseVersion: 2,
      userId: null,
    });
    expect(accepted.version).toBe(2);
    expect(
      accepted.repairs
        .filter((r) => r.kind === "COLUMN_BREAK")
        .every((r) => r.status === "ACCEPTED"),
    ).toBe(true);
    // A rejected repair is not accepted by a later verdict on its kind.
    await reviewRepairs(prisma, {
      articleId,
      status: "ACCEPTED",
      kind: "PUNCTUATION",
      baseVersion: 2,
      userId: null,
    });
    expect(
      await prisma.repair.count({
        where: { articleId, kind: "PUNCTUATION", status: "REJECTED" },
      }),
    ).toBe(count);
  });

  it("suggests the publication's contributors by what was typed", async () => {
    const articleId = seed.articleIds[0]!;
    const all = await searchContributors(database.prisma, articleId, "");
    expect(all.length).toBeGreaterThan(3);
    const some = await searchContributors(database.prisma, articleId, "雨");
    expect(some.map((c) => c.name).sort()).toEqual(["李雨婷", "黄雨欣"].sort());
    expect(some[0]!.credits).toBe(1);
    const other = await database.prisma.publication.create({
      data: { name: "别的报", slug: "other" },
    });
    await database.prisma.contributor.create({
      data: { publicationId: other.id, name: "李雨" },
    });
    expect(
      (await searchContributors(database.prisma, articleId, "李雨")).map(
        (c) => c.name,
      ),
    ).toEqual(["李雨婷"]);
  });
});
