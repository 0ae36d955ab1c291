// Find & replace across an issue on both databases: every match with its
// context, only the ticked ones replaced in one transaction, one undo.
import { beforeEach, describe, expect, it } from "vitest";

import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { findInIssue } from "./find-in-issue";
import { getIssueOverview } from "./get-issue-overview";
import { replaceInIssue } from "./replace-in-issue";
import { undoReplaceBatch } from "./undo-replace-batch";

describe(`find and replace in an issue (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
  });

  it("finds every match with context, replaces the ticked ones as revisions of one batch, and undoes the batch", async () => {
    const prisma = database.prisma;
    const found = await findInIssue(prisma, seed.issueId, { query: "平湖" });
    const bodies = await Promise.all(
      seed.articleIds.map((id) => storedArticle(prisma, id)),
    );
    const expected = bodies.reduce(
      (n, a) =>
        n +
        [a.kicker, a.headline, a.deck, a.bodyText].join("\u0000").split("平湖")
          .length -
        1,
      0,
    );
    expect(found.matches).toHaveLength(expected);
    expect(found.matches[0]).toMatchObject({
      field: "deck",
      text: "平湖",
      articleId: seed.articleIds[0],
      pageNumber: 1,
      offset: 0,
    });
    const inBody = found.matches.find((m) => m.field === "body")!;
    expect(inBody.before.length + inBody.after.length).toBeGreaterThan(0);
    expect(found.articleCount).toBeGreaterThan(2);

    // Untick the matches of the first article.
    const ticked = found.matches.filter(
      (m) => m.articleId !== found.matches[0]!.articleId,
    );
    const untouched = found.matches[0]!.articleId;
    const result = await replaceInIssue(
      prisma,
      seed.issueId,
      {
        query: "平湖",
        replacement: "平湖市",
        matchIds: ticked.map((m) => m.id),
      },
      seed.users.editor,
    );
    expect(result.replaced).toBe(ticked.length);
    expect(result.skipped).toEqual([]);
    expect(
      (await findInIssue(prisma, seed.issueId, { query: "平湖市" })).matches,
    ).toHaveLength(ticked.length);
    expect((await storedArticle(prisma, untouched)).version).toBe(1);
    const revisions = await prisma.revision.findMany({
      where: { batchId: result.batchId },
    });
    expect(revisions).toHaveLength(result.articles.length);
    expect(
      revisions.every(
        (r) =>
          r.reason === "find-replace" && r.detail?.startsWith("平湖 → 平湖市"),
      ),
    ).toBe(true);

    // One article is edited after the run: the undo leaves it and says so.
    const [changed, ...others] = result.articles;
    const current = await storedArticle(prisma, changed!.articleId);
    await saveArticle(prisma, {
      articleId: changed!.articleId,
      baseVersion: current.version,
      snapshot: { ...current.snapshot, deck: "之后改的" },
      userId: seed.users.other,
      sessionId: "t",
    });
    const undo = await undoReplaceBatch(
      prisma,
      seed.issueId,
      result.batchId,
      seed.users.editor,
    );
    expect(undo.changedSince).toEqual([
      { articleId: changed!.articleId, headline: current.headline },
    ]);
    expect(undo.restored.map((r) => r.articleId).sort()).toEqual(
      others.map((a) => a.articleId).sort(),
    );
    for (const a of others) {
      const before = bodies[seed.articleIds.indexOf(a.articleId)]!;
      expect((await storedArticle(prisma, a.articleId)).snapshot).toEqual(
        before.snapshot,
      );
    }
    await expect(
      undoReplaceBatch(prisma, seed.issueId, result.batchId, null),
    ).rejects.toThrow(ValidationError);
    await expect(
      undoReplaceBatch(prisma, seed.issueId, "no-such-batch", null),
    ).rejects.toThrow(NotFoundError);
  });

  it("skips matches in an article changed since the search, and refuses matches of another issue", async () => {
    const prisma = database.prisma;
    const found = await findInIssue(prisma, seed.issueId, { query: "平湖" });
    const target = found.matches.find((m) => m.field === "body")!;
    const current = await storedArticle(prisma, target.articleId);
    await saveArticle(prisma, {
      articleId: target.articleId,
      baseVersion: 1,
      snapshot: withBlockText(
        current.snapshot,
        current.snapshot.body.content.length - 1,
        "末段改了。",
      ),
      userId: null,
      sessionId: "t",
    });
    const result = await replaceInIssue(
      prisma,
      seed.issueId,
      { query: "平湖", replacement: "嘉兴", matchIds: [target.id] },
      null,
    );
    expect(result).toMatchObject({
      replaced: 0,
      skipped: [{ matchId: target.id, articleId: target.articleId }],
    });
    await expect(
      replaceInIssue(
        prisma,
        seed.issueId,
        {
          query: "平湖",
          replacement: "x",
          matchIds: ["someone-else:1:body:0:0"],
        },
        null,
      ),
    ).rejects.toThrow(ValidationError);
    await expect(
      findInIssue(prisma, "nope", { query: "平湖" }),
    ).rejects.toThrow(NotFoundError);
  });

  it("finds a byline name issue-wide, replaces it in the byline as a revision, and undoes it", async () => {
    const prisma = database.prisma;
    const found = await findInIssue(prisma, seed.issueId, { query: "林旭东" });
    const inByline = found.matches.filter((m) => m.field === "bylines");
    expect(inByline).toHaveLength(1);
    expect(inByline[0]).toMatchObject({ text: "林旭东", block: 0, offset: 0 });
    const articleId = inByline[0]!.articleId;
    const before = await storedArticle(prisma, articleId);
    expect(before.snapshot.bylines[0]).toMatchObject({
      label: "记者",
      name: "林旭东",
    });

    const result = await replaceInIssue(
      prisma,
      seed.issueId,
      { query: "林旭东", replacement: "林旭冬", matchIds: [inByline[0]!.id] },
      seed.users.editor,
    );
    expect(result).toMatchObject({ replaced: 1, skipped: [] });
    const after = await storedArticle(prisma, articleId);
    expect(after.snapshot.bylines.map((b) => b.name)).toEqual(
      before.snapshot.bylines.map((b, i) => (i === 0 ? "林旭冬" : b.name)),
    );
    expect(after.bylines[0]!.contributor?.name).toBe("林旭冬");
    expect(after.snapshot.body).toEqual(before.snapshot.body);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { batchId: result.batchId },
    });
    expect(revision).toMatchObject({ reason: "find-replace", articleId });
    expect(
      (
        await findInIssue(prisma, seed.issueId, { query: "林旭冬" })
      ).matches.map((m) => m.field),
    ).toEqual(["bylines"]);

    await undoReplaceBatch(
      prisma,
      seed.issueId,
      result.batchId,
      seed.users.editor,
    );
    expect((await storedArticle(prisma, articleId)).snapshot.bylines).toEqual(
      before.snapshot.bylines,
    );

    // A name longer than a byline may hold is refused, nothing stored.
    const again = await findInIssue(prisma, seed.issueId, { query: "林旭东" });
    const id = again.matches.find((m) => m.field === "bylines")!.id;
    await expect(
      replaceInIssue(
        prisma,
        seed.issueId,
        { query: "林旭东", replacement: "长".repeat(41), matchIds: [id] },
        null,
      ),
    ).rejects.toThrow(ValidationError);
  });

  it("shows per page how many articles are 待校/校对中/已校对 and how many suggestions are open", async () => {
    const prisma = database.prisma;
    await prisma.article.update({
      where: { id: seed.articleIds[0] },
      data: { status: "EDITING", suggestionCount: 2 },
    });
    await prisma.article.update({
      where: { id: seed.articleIds[1] },
      data: { status: "PROOFREAD", suggestionCount: 1 },
    });
    const overview = (await getIssueOverview(prisma, seed.issueId))!;
    expect(overview.pages[0]!.progress).toMatchObject({
      IMPORTED: 3,
      EDITING: 1,
      PROOFREAD: 1,
      APPROVED: 0,
    });
    const open = await prisma.article.aggregate({
      where: { issueId: seed.issueId },
      _sum: { suggestionCount: true },
    });
    expect(overview.pages[0]!.progress.suggestions).toBe(
      open._sum.suggestionCount,
    );
    expect(overview.pages[0]!.placements[0]!.article).toMatchObject({
      status: "EDITING",
      suggestionCount: 2,
    });
  });
});
