// Jump continuations and pages on both databases: split an article at a
// paragraph onto another page, markers generated from the link and kept
// right through moves and renumbering, joined back, linked by hand; pages
// added, renamed and removed; the validation report gating review.
import fs from "node:fs";

import { beforeEach, describe, expect, it } from "vitest";

import { mergeArticles } from "@/lib/articles/merge-articles";
import { unmergeArticle } from "@/lib/articles/unmerge-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, ValidationError } from "@/lib/errors";
import { importDocument } from "@/lib/import/import-document";
import { submitForReview } from "@/lib/issues/submit-for-review";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { addPage } from "./add-page";
import { editPage } from "./edit-page";
import { getArticleParts } from "./get-article-parts";
import { getBoard } from "./get-board";
import { getPageView } from "./get-page-view";
import { joinContinuation } from "./join-continuation";
import { linkJump } from "./link-jump";
import { movePart } from "./move-part";
import { regenerateJumpMarkers } from "./regenerate-jump-markers";
import { removePage } from "./remove-page";
import { renumberPage } from "./renumber-page";
import { splitContinuation } from "./split-continuation";
import { unlinkJump } from "./unlink-jump";
import { getValidationReport } from "./validation/get-validation-report";
import { waiveFinding } from "./validation/waive-finding";

const INTERVIEW = "勇挑大梁担使命 提质进位走前列";

describe(`jump continuations and pages (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let pages: Record<number, string>;
  let interview: string;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    const prisma = database.prisma;
    const first = await prisma.page.findFirstOrThrow({
      where: { issueId: seed.issueId },
      select: { id: true },
    });
    pages = { 1: first.id };
    for (const [number, name] of [
      [2, "综合"],
      [3, "评论"],
      [4, "副刊"],
    ] as const) {
      pages[number] = (
        await addPage(
          prisma,
          seed.issueId,
          { number, name, capacity: 6000 },
          seed.users.editor,
        )
      ).pageId;
    }
    interview = seed.byHeadline.get(INTERVIEW)!;
  });

  const board = async () => (await getBoard(database.prisma, seed.issueId))!;
  const cardsOf = async (articleId: string) =>
    (await board()).columns.flatMap((c) =>
      c.cards
        .filter((k) => k.articleId === articleId)
        .map((k) => ({ page: c.number, ...k })),
    );
  const lastSubhead = async () => {
    const parts = await getArticleParts(
      database.prisma,
      seed.issueId,
      interview,
    );
    return {
      index: parts.blocks.findLast((b) => b.type === "subhead")!.index,
      version: parts.version,
    };
  };
  const rules = async () =>
    (await getValidationReport(database.prisma, seed.issueId)).findings;

  it("splits article 5 at its last subhead onto 2版: one article, two parts, markers from the link, finding gone", async () => {
    const prisma = database.prisma;
    expect(await rules()).toContainEqual(
      expect.objectContaining({
        rule: "jump-without-continuation",
        params: { headline: INTERVIEW, page: 1, to: 2 },
      }),
    );
    const { index, version } = await lastSubhead();
    const words = (
      await prisma.article.findUniqueOrThrow({ where: { id: interview } })
    ).wordCount;
    const split = await splitContinuation(
      prisma,
      seed.issueId,
      {
        articleId: interview,
        atBlock: index,
        toPageId: pages[2]!,
        baseVersion: version,
      },
      seed.users.editor,
    );
    expect(split).toMatchObject({
      part: 2,
      markerOut: "（下转2版）",
      markerIn: "（上接1版）",
    });

    const cards = await cardsOf(interview);
    expect(
      cards.map((c) => [
        c.page,
        c.part,
        c.jumpOut?.marker ?? null,
        c.jumpIn?.marker ?? null,
      ]),
    ).toEqual([
      [1, 1, "（下转2版）", null],
      [2, 2, null, "（上接1版）"],
    ]);
    expect(cards[0]!.words + cards[1]!.words).toBe(words);
    expect(
      await prisma.jump.findFirstOrThrow({
        where: { fromPlacement: { articleId: interview } },
      }),
    ).toMatchObject({
      markerOut: "（下转2版）",
      markerIn: "（上接1版）",
      toPageNumber: 2,
    });
    expect(
      (await rules()).filter((f) => f.rule === "jump-without-continuation"),
    ).toEqual([]);
    // The article itself is unchanged: one body, same version.
    expect(
      (await prisma.article.findUniqueOrThrow({ where: { id: interview } }))
        .version,
    ).toBe(version);

    // The page view prints each part with its markers as links to the other part.
    const page2 = (await getPageView(prisma, seed.issueId, 2))!;
    expect(page2.parts[0]).toMatchObject({
      articleId: interview,
      part: 2,
      jumpIn: {
        marker: "（上接1版）",
        page: 1,
        placementId: cards[0]!.placementId,
      },
    });
    expect(page2.parts[0]!.bodyHtml).toMatch(/^<h3>立足共同富裕/);
    const page1 = (await getPageView(prisma, seed.issueId, 1))!;
    expect(page1.parts.at(-1)).toMatchObject({
      jumpOut: {
        marker: "（下转2版）",
        page: 2,
        placementId: split.placementId,
      },
    });
    expect(page1.parts.at(-1)!.bodyHtml).not.toContain("立足共同富裕");
    expect(
      await prisma.auditEvent.count({ where: { action: "layout.continue" } }),
    ).toBe(1);
  });

  it("keeps both markers right when pages are renumbered and parts move", async () => {
    const prisma = database.prisma;
    const { index, version } = await lastSubhead();
    await splitContinuation(
      prisma,
      seed.issueId,
      {
        articleId: interview,
        atBlock: index,
        toPageId: pages[2]!,
        baseVersion: version,
      },
      null,
    );
    const renumbered = await renumberPage(
      prisma,
      seed.issueId,
      pages[2]!,
      { number: 3 },
      null,
    );
    expect(renumbered.renumbered).toEqual([
      [2, 3],
      [3, 2],
    ]);
    let cards = await cardsOf(interview);
    expect(
      cards.map((c) => [c.page, c.jumpOut?.marker ?? c.jumpIn?.marker]),
    ).toEqual([
      [1, "（下转3版）"],
      [3, "（上接1版）"],
    ]);
    expect(
      await prisma.jump.findFirstOrThrow({
        where: { fromPlacement: { articleId: interview } },
      }),
    ).toMatchObject({
      markerOut: "（下转3版）",
      markerIn: "（上接1版）",
      toPageNumber: 3,
    });
    expect((await board()).columns.map((c) => `${c.number}${c.name}`)).toEqual([
      "1null",
      "2评论",
      "3综合",
      "4副刊",
    ]);

    // Moving the start to 4版: the continuation now says 上接4版.
    const b = await board();
    await movePart(
      prisma,
      seed.issueId,
      {
        baseVersion: b.issue.layoutVersion,
        placementId: cards[0]!.placementId!,
        fromPageId: pages[1]!,
        toPageId: pages[4]!,
        afterId: null,
      },
      null,
    );
    cards = await cardsOf(interview);
    expect(
      cards.map((c) => [c.page, c.jumpOut?.marker ?? c.jumpIn?.marker]),
    ).toEqual([
      [3, "（上接4版）"],
      [4, "（下转3版）"],
    ]);
    expect(
      await prisma.jump.findFirstOrThrow({
        where: { fromPlacement: { articleId: interview } },
      }),
    ).toMatchObject({ markerIn: "（上接4版）" });
    // Not on the page its other part is on.
    const now = await board();
    await expect(
      movePart(
        prisma,
        seed.issueId,
        {
          baseVersion: now.issue.layoutVersion,
          placementId: cards[1]!.placementId!,
          fromPageId: pages[4]!,
          toPageId: pages[2]!,
          afterId: null,
        },
        null,
      ),
    ).rejects.toThrow(ValidationError);
    // Nor off the pages while it runs over two.
    await expect(
      movePart(
        prisma,
        seed.issueId,
        {
          baseVersion: now.issue.layoutVersion,
          placementId: cards[1]!.placementId!,
          fromPageId: pages[4]!,
          toPageId: null,
          afterId: null,
        },
        null,
      ),
    ).rejects.toThrow(/join its parts/);
  });

  it("renumbers the open jump of a waiting 下转 and keeps a disagreeing printed marker flagged until fixed", async () => {
    const prisma = database.prisma;
    await renumberPage(prisma, seed.issueId, pages[2]!, { number: 5 }, null);
    const jump = await prisma.jump.findFirstOrThrow({
      where: { fromPlacement: { articleId: interview } },
    });
    expect(jump).toMatchObject({
      toPageNumber: 5,
      markerOut: "（下转5版）",
      toPlacementId: null,
    });

    // A continuation on 3版 linked by hand while the printed 下转 says 5版: flagged, then fixed.
    await prisma.jump.update({
      where: { id: jump.id },
      data: { markerOut: "(下转5版)" },
    });
    const target = (await board()).columns.find((c) => c.number === 3)!;
    const other = seed.byHeadline.get("平湖数字乡村获省级“优秀”")!;
    const b = await board();
    const placed = await movePart(
      prisma,
      seed.issueId,
      {
        baseVersion: b.issue.layoutVersion,
        placementId: (await cardsOf(other))[0]!.placementId!,
        fromPageId: pages[1]!,
        toPageId: target.pageId,
        afterId: null,
      },
      null,
    );
    await linkJump(
      prisma,
      seed.issueId,
      {
        fromPlacementId: (await cardsOf(interview))[0]!.placementId!,
        toPlacementId: placed.placementId!,
      },
      null,
    );
    // linkJump generates the markers; put the printed one back as the importer had it.
    await prisma.jump.update({
      where: { id: jump.id },
      data: { markerOut: "(下转5版)" },
    });
    const mismatch = (await rules()).find((f) => f.rule === "marker-mismatch");
    expect(mismatch).toMatchObject({
      params: { page: 1, to: 3, printed: "(下转5版) / （上接1版）" },
    });
    await regenerateJumpMarkers(
      prisma,
      seed.issueId,
      { jumpId: jump.id },
      null,
    );
    expect((await rules()).some((f) => f.rule === "marker-mismatch")).toBe(
      false,
    );
    expect(
      await prisma.jump.findUniqueOrThrow({ where: { id: jump.id } }),
    ).toMatchObject({ markerOut: "（下转3版）", toPageNumber: 3 });

    await unlinkJump(prisma, seed.issueId, { jumpId: jump.id }, null);
    const after = await rules();
    expect(
      after
        .filter(
          (f) =>
            f.rule === "jump-without-continuation" ||
            f.rule === "continuation-without-origin",
        )
        .map((f) => f.rule),
    ).toEqual(["jump-without-continuation", "continuation-without-origin"]);
    await expect(
      linkJump(
        prisma,
        seed.issueId,
        {
          fromPlacementId: (await cardsOf(interview))[0]!.placementId!,
          toPlacementId: (await cardsOf(interview))[0]!.placementId!,
        },
        null,
      ),
    ).rejects.toThrow(ValidationError);
  });

  it("joins a continuation back: one part again, the jump gone", async () => {
    const prisma = database.prisma;
    const { index, version } = await lastSubhead();
    const split = await splitContinuation(
      prisma,
      seed.issueId,
      {
        articleId: interview,
        atBlock: index,
        toPageId: pages[3]!,
        baseVersion: version,
      },
      null,
    );
    await expect(
      splitContinuation(
        prisma,
        seed.issueId,
        {
          articleId: interview,
          atBlock: index,
          toPageId: pages[4]!,
          baseVersion: version,
        },
        null,
      ),
    ).rejects.toThrow(/inside a part, after its first one/);
    await expect(
      splitContinuation(
        prisma,
        seed.issueId,
        {
          articleId: interview,
          atBlock: index + 1,
          toPageId: pages[4]!,
          baseVersion: version + 1,
        },
        null,
      ),
    ).rejects.toThrow(ConflictError);
    // A third part cut from the second, onto 4版: 1版 → 3版 → 4版.
    await splitContinuation(
      prisma,
      seed.issueId,
      {
        articleId: interview,
        atBlock: index + 1,
        toPageId: pages[4]!,
        baseVersion: version,
      },
      null,
    );
    expect(
      (await cardsOf(interview)).map((c) => [
        c.page,
        c.part,
        c.jumpIn?.marker ?? null,
        c.jumpOut?.marker ?? null,
      ]),
    ).toEqual([
      [1, 1, null, "（下转3版）"],
      [3, 2, "（上接1版）", "（下转4版）"],
      [4, 3, "（上接3版）", null],
    ]);
    await joinContinuation(
      prisma,
      seed.issueId,
      { placementId: split.placementId },
      null,
    );
    expect(
      (await cardsOf(interview)).map((c) => [
        c.page,
        c.part,
        c.jumpIn?.marker ?? null,
        c.jumpOut?.marker ?? null,
      ]),
    ).toEqual([
      [1, 1, null, "（下转4版）"],
      [4, 2, "（上接1版）", null],
    ]);
    const [start, last] = await cardsOf(interview);
    await joinContinuation(
      prisma,
      seed.issueId,
      { placementId: last!.placementId! },
      null,
    );
    expect(await cardsOf(interview)).toMatchObject([
      { page: 1, part: 1, partCount: 1, jumpOut: null },
    ]);
    await expect(
      joinContinuation(
        prisma,
        seed.issueId,
        { placementId: start!.placementId! },
        null,
      ),
    ).rejects.toThrow(/only a continuation/);
  });

  it("adds, renames, sizes and removes pages; a removed page's articles go to 未分配", async () => {
    const prisma = database.prisma;
    await expect(
      addPage(prisma, seed.issueId, { number: 2 }, null),
    ).rejects.toThrow(ConflictError);
    await editPage(
      prisma,
      seed.issueId,
      pages[1]!,
      { name: "要闻", capacity: 3000 },
      null,
    );
    let b = await board();
    expect(b.columns[0]).toMatchObject({
      number: 1,
      name: "要闻",
      capacity: 3000,
    });
    expect(b.columns[0]!.words).toBeGreaterThan(3000);
    expect(
      b.report.findings.filter((f) => f.rule === "over-capacity"),
    ).toHaveLength(1);

    const commentary = seed.byHeadline.get("实干担当立潮头")!;
    const card = (await cardsOf(commentary))[0]!;
    await movePart(
      prisma,
      seed.issueId,
      {
        baseVersion: b.issue.layoutVersion,
        placementId: card.placementId!,
        fromPageId: pages[1]!,
        toPageId: pages[3]!,
        afterId: null,
      },
      null,
    );
    await removePage(prisma, seed.issueId, pages[3]!, null);
    b = await board();
    expect(b.columns.map((c) => c.number)).toEqual([1, 2, 4]);
    expect(b.unassigned.map((c) => c.articleId)).toEqual([commentary]);
    expect(b.report.findings.map((f) => f.key)).toContain(
      `unassigned-article:${commentary}`,
    );

    const { index, version } = await lastSubhead();
    await splitContinuation(
      prisma,
      seed.issueId,
      {
        articleId: interview,
        atBlock: index,
        toPageId: pages[2]!,
        baseVersion: version,
      },
      null,
    );
    await expect(
      removePage(prisma, seed.issueId, pages[2]!, null),
    ).rejects.toThrow(/join or move that part first/);
  });

  it("goes to review only when every finding is fixed or waived with a reason", async () => {
    const prisma = database.prisma;
    const open = await getValidationReport(prisma, seed.issueId);
    expect(open.open).toBeGreaterThan(0);
    await expect(
      submitForReview(prisma, seed.issueId, seed.users.editor),
    ).rejects.toThrow(/finding\(s\) neither fixed nor waived/);
    await expect(
      waiveFinding(
        prisma,
        seed.issueId,
        { finding: "empty-page:nope", reason: "广告版" },
        null,
      ),
    ).rejects.toThrow(ValidationError);
    for (const f of open.findings)
      await waiveFinding(
        prisma,
        seed.issueId,
        { finding: f.key, reason: "本期按计划如此" },
        seed.users.editor,
      );
    const waived = await getValidationReport(prisma, seed.issueId);
    expect(waived).toMatchObject({ open: 0, waived: open.findings.length });
    expect(waived.findings[0]!.waiver).toMatchObject({
      reason: "本期按计划如此",
      waivedBy: "editor",
    });
    expect(
      await submitForReview(prisma, seed.issueId, seed.users.editor),
    ).toEqual({ status: "IN_REVIEW" });
    expect(
      (await prisma.issue.findUniqueOrThrow({ where: { id: seed.issueId } }))
        .status,
    ).toBe("IN_REVIEW");
    await expect(submitForReview(prisma, seed.issueId, null)).rejects.toThrow(
      /Only a draft/,
    );
  });

  it("keeps each page's part of a continuation merged on the correction desk, and puts it back on undo", async () => {
    const prisma = database.prisma;
    const file = "fixtures/pages/variants/continuation-p2.md";
    const doc = readOcrFiles(
      [
        {
          name: "continuation-p2.md",
          bytes: new Uint8Array(fs.readFileSync(file)),
        },
      ],
      { page: null, repair: true },
    );
    await prisma.page.delete({ where: { id: pages[2]! } });
    await importDocument(prisma, doc, {
      publicationId: seed.publicationId,
      date: "2024-01-03",
      importedById: null,
    });
    const continuation = (
      await prisma.placement.findFirstOrThrow({
        where: { jumpIn: { fromPlacement: { articleId: interview } } },
      })
    ).articleId;
    const before = await cardsOf(interview);
    const contWords = (await cardsOf(continuation))[0]!.words;
    await mergeArticles(prisma, {
      firstId: interview,
      secondId: continuation,
      userId: null,
    });
    const merged = await cardsOf(interview);
    expect(merged.map((c) => [c.page, c.part, c.words])).toEqual([
      [1, 1, before[0]!.words],
      [2, 2, contWords],
    ]);
    const page2 = (await getPageView(prisma, seed.issueId, 2))!;
    expect(page2.parts[0]).toMatchObject({
      articleId: interview,
      part: 2,
      jumpIn: { marker: "（上接1版）" },
    });
    expect(page2.parts[0]!.bodyHtml).toMatch(/^<p>就是让群众的日子越过越好/);
    await unmergeArticle(prisma, { articleId: continuation, userId: null });
    expect(
      (await cardsOf(continuation)).map((c) => [c.page, c.part, c.words]),
    ).toEqual([[2, 1, contWords]]);
  });
});
