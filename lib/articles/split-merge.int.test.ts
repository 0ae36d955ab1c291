// Splitting and merging articles on both databases, and undoing each:
// text, placements, bylines, repairs and jumps come back as they were.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, ValidationError } from "@/lib/errors";
import { importDocument } from "@/lib/import/import-document";
import { getIssueOverview } from "@/lib/issues/get-issue-overview";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";
import { ocrDocument } from "@/lib/testing/ocr-document";
import { ocrArticle, ocrPage } from "@/lib/testing/ocr-factories";

import { mergeArticles } from "./merge-articles";
import { locateRepair } from "./repairs/review-repair";
import { restoreRevision } from "./restore-revision";
import { saveArticle } from "./save-article";
import { splitArticle } from "./split-article";
import { undoSplit } from "./undo-split";
import { unmergeArticle } from "./unmerge-article";

const FOREIGN_CAPITAL = "不断擦亮高质量外资“金名片”";
const JUMPING = "勇挑大梁担使命 提质进位走前列";

describe(`split and merge (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  const prisma = () => database.prisma;
  const headlinesOnPage = async (number: number) => {
    const overview = (await getIssueOverview(prisma(), seed.issueId))!;
    return overview.pages
      .find((p) => p.number === number)!
      .placements.map((p) => [p.article.headline, p.part]);
  };
  const repairsLocated = async (articleId: string) => {
    const { snapshot } = await storedArticle(prisma(), articleId);
    const repairs = await prisma().repair.findMany({
      where: { articleId },
      orderBy: { id: "asc" },
    });
    return repairs
      .filter((r) => locateRepair(snapshot, r) === null)
      .map((r) => r.id);
  };

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(prisma());
  });

  it("splits at a paragraph into an article placed right after, taking a short first line as its headline, and undoes it", async () => {
    const articleId = seed.byHeadline.get(FOREIGN_CAPITAL)!;
    const before = await storedArticle(prisma(), articleId);
    const repairCount = await prisma().repair.count({ where: { articleId } });
    // A 简讯-style run: a short title line inside the body.
    const prepared = await saveArticle(prisma(), {
      articleId,
      baseVersion: 1,
      snapshot: withBlockText(before.snapshot, 3, "涉外服务再升级"),
      userId: seed.users.editor,
      sessionId: "t",
      reason: "save",
    });
    if (prepared.status === "conflict") throw new Error("conflict");
    // Those in the replaced paragraph are gone with it.
    const lost = await repairsLocated(articleId);
    const blocks = prepared.snapshot.body.content;
    await expect(
      splitArticle(prisma(), {
        articleId,
        atBlock: 3,
        baseVersion: 1,
        userId: null,
      }),
    ).rejects.toThrow(ConflictError);
    await expect(
      splitArticle(prisma(), {
        articleId,
        atBlock: blocks.length,
        baseVersion: 2,
        userId: null,
      }),
    ).rejects.toThrow(ValidationError);

    const { original, created } = await splitArticle(prisma(), {
      articleId,
      atBlock: 3,
      baseVersion: 2,
      userId: seed.users.editor,
    });
    expect(original.snapshot.body.content).toEqual(blocks.slice(0, 3));
    expect(created.snapshot).toMatchObject({
      headline: "涉外服务再升级",
      bylines: [],
      kicker: null,
    });
    expect(created.snapshot.body.content).toEqual(blocks.slice(4));
    expect(await headlinesOnPage(1)).toEqual([
      [FOREIGN_CAPITAL, 1],
      ["涉外服务再升级", 1],
      ["嘉兴市政协主席陈利众来平走访政协委员", 1],
      ["平湖数字乡村获省级“优秀”", 1],
      ["实干担当立潮头", 1],
      [JUMPING, 1],
    ]);
    const newRevisions = await prisma().revision.findMany({
      where: { articleId: created.id },
    });
    expect(newRevisions.map((r) => [r.version, r.reason])).toEqual([
      [1, "split"],
    ]);
    expect(
      (
        await prisma().revision.findUniqueOrThrow({
          where: { articleId_version: { articleId, version: 3 } },
        })
      ).reason,
    ).toBe("split");
    // Repairs followed their text, and all can still be found.
    const moved = await prisma().repair.count({
      where: { articleId: created.id },
    });
    expect(
      moved + (await prisma().repair.count({ where: { articleId } })),
    ).toBe(repairCount);
    expect(await repairsLocated(created.id)).toEqual([]);
    const editor = await prisma().article.findUniqueOrThrow({
      where: { id: created.id },
    });
    expect(editor).toMatchObject({
      splitFromId: articleId,
      version: 1,
      issueId: seed.issueId,
    });

    // Restoring a revision from before the split would duplicate the split-off text: undo the split first.
    await expect(
      restoreRevision(prisma(), {
        articleId,
        version: 2,
        userId: seed.users.editor,
      }),
    ).rejects.toThrow("undo the split");

    const undone = await undoSplit(prisma(), {
      articleId: created.id,
      userId: seed.users.editor,
    });
    expect(undone.article.snapshot).toEqual(prepared.snapshot);
    expect((await storedArticle(prisma(), articleId)).snapshot).toEqual(
      prepared.snapshot,
    );
    expect(await prisma().repair.count({ where: { articleId } })).toBe(
      repairCount,
    );
    expect(await repairsLocated(articleId)).toEqual(lost);
    expect((await headlinesOnPage(1)).map(([h]) => h)).not.toContain(
      "涉外服务再升级",
    );
    expect((await listReasons(articleId)).slice(-2)).toEqual([
      "split",
      "split.undo",
    ]);
  });

  async function listReasons(articleId: string) {
    return (
      await prisma().revision.findMany({
        where: { articleId },
        orderBy: { version: "asc" },
      })
    ).map((r) => r.reason);
  }

  it("merges a continuation from another page as a later part, linking the open jump, and undoes it exactly", async () => {
    // Page 2 arrives with the continuation as an article of its own (no marker).
    await importDocument(
      prisma(),
      ocrDocument([
        ocrPage(2, [
          ocrArticle({
            headline: "何苗的想法",
            bylines: [
              { role: "reporter", label: "记者", names: ["李雨婷", "新记者"] },
            ],
            blocks: [{ type: "paragraph", text: "就是让村里人都过上好日子。" }],
            originalText: "就是让村里人都过上好日子。",
          }),
        ]),
      ]),
      {
        publicationId: seed.publicationId,
        date: "2024-01-03",
        importedById: null,
      },
    );
    const first = seed.byHeadline.get(JUMPING)!;
    const second = (
      await prisma().article.findFirstOrThrow({
        where: { headline: "何苗的想法" },
      })
    ).id;
    const firstBefore = await storedArticle(prisma(), first);
    const secondBefore = await storedArticle(prisma(), second);
    const secondPlacement = await prisma().placement.findFirstOrThrow({
      where: { articleId: second },
    });

    const { article } = await mergeArticles(prisma(), {
      firstId: first,
      secondId: second,
      baseVersion: 1,
      userId: seed.users.editor,
    });
    expect(article.snapshot.body.content).toEqual([
      ...firstBefore.snapshot.body.content,
      ...secondBefore.snapshot.body.content,
    ]);
    expect(article.snapshot.bylines.map((b) => `${b.label} ${b.name}`)).toEqual(
      [
        ...firstBefore.snapshot.bylines.map((b) => `${b.label} ${b.name}`),
        "记者 新记者",
      ],
    );
    const moved = await prisma().placement.findUniqueOrThrow({
      where: { id: secondPlacement.id },
      include: { jumpIn: true },
    });
    expect(moved).toMatchObject({ articleId: first, part: 2 });
    expect(moved.jumpIn).toMatchObject({ toPageNumber: 2 });
    expect(await headlinesOnPage(2)).toEqual([[JUMPING, 2]]);
    expect(
      (await prisma().article.findUniqueOrThrow({ where: { id: second } }))
        .mergedIntoId,
    ).toBe(first);
    await expect(
      saveArticle(prisma(), {
        articleId: second,
        baseVersion: 2,
        snapshot: secondBefore.snapshot,
        userId: null,
        sessionId: "t",
      }),
    ).rejects.toThrow(ConflictError);

    // An edit elsewhere in the first article after the merge survives the undo.
    const edited = await saveArticle(prisma(), {
      articleId: first,
      baseVersion: article.version,
      snapshot: { ...article.snapshot, deck: "合并后改的副题" },
      userId: seed.users.other,
      sessionId: "t2",
    });
    expect(edited.status).toBe("saved");
    await unmergeArticle(prisma(), {
      articleId: second,
      userId: seed.users.editor,
    });
    expect((await storedArticle(prisma(), first)).snapshot).toEqual({
      ...firstBefore.snapshot,
      deck: "合并后改的副题",
    });
    expect((await storedArticle(prisma(), second)).snapshot).toEqual(
      secondBefore.snapshot,
    );
    const back = await prisma().placement.findUniqueOrThrow({
      where: { id: secondPlacement.id },
      include: { jumpIn: true },
    });
    expect(back).toMatchObject({ articleId: second, part: 1, jumpIn: null });
    expect(
      await prisma().jump.count({
        where: { toPlacementId: null, toPageNumber: 2 },
      }),
    ).toBe(1);
    expect(await headlinesOnPage(2)).toEqual([["何苗的想法", 1]]);
    expect((await listReasons(first)).slice(-3)).toEqual([
      "merge",
      "autosave",
      "merge.undo",
    ]);
    expect(await listReasons(second)).toEqual([
      "import",
      "merge",
      "merge.undo",
    ]);
    await expect(
      unmergeArticle(prisma(), { articleId: second, userId: null }),
    ).rejects.toThrow(ValidationError);
  });

  it("merges two articles of one page: the second's place stays hidden with it; refuses what cannot be merged", async () => {
    const first = seed.byHeadline.get("平湖数字乡村获省级“优秀”")!;
    const second = seed.byHeadline.get("实干担当立潮头")!;
    const repairs = await prisma().repair.count({
      where: { articleId: second },
    });
    await mergeArticles(prisma(), {
      firstId: first,
      secondId: second,
      userId: null,
    });
    expect((await headlinesOnPage(1)).map(([h]) => h)).not.toContain(
      "实干担当立潮头",
    );
    expect(
      await prisma().placement.count({ where: { articleId: second } }),
    ).toBe(1);
    expect(await repairsLocated(first)).toEqual([]);
    expect(
      await prisma().repair.count({ where: { articleId: first } }),
    ).toBeGreaterThanOrEqual(repairs);
    await expect(
      mergeArticles(prisma(), {
        firstId: first,
        secondId: first,
        userId: null,
      }),
    ).rejects.toThrow(ValidationError);
    await expect(
      mergeArticles(prisma(), {
        firstId: first,
        secondId: second,
        userId: null,
      }),
    ).rejects.toThrow(ConflictError);
    await unmergeArticle(prisma(), { articleId: second, userId: null });
    expect((await headlinesOnPage(1)).map(([h]) => h)).toContain(
      "实干担当立潮头",
    );
    expect(await prisma().repair.count({ where: { articleId: second } })).toBe(
      repairs,
    );
  });
});
