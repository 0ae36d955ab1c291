// Importing into the database, on both databases (see lib/db/test-database.ts).
import fs from "node:fs";

import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError } from "@/lib/errors";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { ocrDocument } from "@/lib/testing/ocr-document";
import {
  jumpFrom,
  jumpTo,
  ocrArticle,
  ocrPage,
} from "@/lib/testing/ocr-factories";

import { importDocument } from "./import-document";

const SEED = "fixtures/pages/pinghu-2024-01-p1.md";

describe(`importDocument (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let publicationId: string;
  const seedDocument = () =>
    readOcrFiles(
      [
        {
          name: "pinghu-2024-01-p1.md",
          bytes: new Uint8Array(fs.readFileSync(SEED)),
        },
      ],
      { page: 1, repair: true },
    );

  beforeEach(async () => {
    await truncateAll(database);
    publicationId = (
      await database.prisma.publication.create({
        data: { name: "平湖日报", slug: "pinghu" },
      })
    ).id;
  });
  const importInto = (
    doc: Parameters<typeof importDocument>[1],
    extra: { replaceUncorrected?: boolean } = {},
  ) =>
    importDocument(database.prisma, doc, {
      publicationId,
      date: "2024-01-03",
      importedById: null,
      ...extra,
    });

  it("stores the seed front page: original bytes, five articles in order, bylines, jump, repairs, revisions", async () => {
    const summary = await importInto(seedDocument());
    expect(summary).toMatchObject({
      articleCount: 5,
      jumpCount: 1,
      duplicates: [],
    });
    const prisma = database.prisma;

    const source = await prisma.ocrSource.findFirstOrThrow();
    expect(Buffer.from(source.content).equals(fs.readFileSync(SEED))).toBe(
      true,
    );
    expect(source).toMatchObject({
      format: "MARKDOWN",
      encoding: "UTF-8",
      fileName: "pinghu-2024-01-p1.md",
    });

    const page = await prisma.page.findFirstOrThrow({
      include: {
        placements: {
          orderBy: { order: "asc" },
          include: { article: true, jumpOut: true },
        },
      },
    });
    expect(page.number).toBe(1);
    expect(page.furniture).toEqual(["平湖发布", "今平湖客户端"]);
    expect(page.rubrics).toEqual([
      "贯彻落实全会精神 创新攻坚2024",
      "一把手访谈",
    ]);
    expect(page.placements.map((p) => p.article.headline)).toEqual([
      "不断擦亮高质量外资“金名片”",
      "嘉兴市政协主席陈利众来平走访政协委员",
      "平湖数字乡村获省级“优秀”",
      "实干担当立潮头",
      "勇挑大梁担使命 提质进位走前列",
    ]);
    const last = page.placements[4]!;
    expect(last.jumpOut).toMatchObject({
      toPageNumber: 2,
      toPlacementId: null,
      markerOut: "(下转2版)",
    });
    expect(last.article.bodyText).toMatch(/何苗的想法很简单，$/);
    expect(last.article.bodyText).not.toContain("下转");
    expect(last.article.genre).toBe("INTERVIEW");
    expect(page.placements[3]!.article.genre).toBe("COMMENTARY");

    const bylines = await prisma.byline.findMany({
      where: { articleId: last.articleId },
      orderBy: { order: "asc" },
      include: { contributor: true },
    });
    expect(
      bylines.map((b) => [b.role, b.label, b.contributor?.name ?? null]),
    ).toEqual([
      ["REPORTER", "记者", "李雨婷"],
      ["REPORTER", "记者", "黄雨欣"],
      ["CORRESPONDENT", "通讯员", "曹金凤"],
      ["ILLUSTRATOR", "漫画", "李泽峰"],
    ]);
    const commentator = await prisma.byline.findFirstOrThrow({
      where: { articleId: page.placements[3]!.articleId },
    });
    expect(commentator).toMatchObject({
      role: "COMMENTATOR",
      label: "本报评论员",
      contributorId: null,
    });

    expect(await prisma.repair.count({ where: { kind: "COLUMN_BREAK" } })).toBe(
      9,
    );
    expect(
      await prisma.revision.count({ where: { version: 1, reason: "import" } }),
    ).toBe(5);
    expect(
      await prisma.auditEvent.count({ where: { action: "issue.import" } }),
    ).toBe(1);
  });

  it("recognises a file imported before by its checksum and stores nothing", async () => {
    await importInto(seedDocument());
    const before = await database.prisma.article.count();
    await expect(importInto(seedDocument())).rejects.toThrow(ConflictError);
    await expect(importInto(seedDocument())).rejects.toThrow(
      /already imported/,
    );
    expect(await database.prisma.article.count()).toBe(before);
    expect(await database.prisma.ocrSource.count()).toBe(1);
  });

  it("refuses to import over a page an editor has corrected, even when asked to replace", async () => {
    await importInto(
      ocrDocument([ocrPage(1, [ocrArticle({ headline: "旧稿" })])]),
    );
    await database.prisma.article.updateMany({
      data: { version: 2, status: "EDITING" },
    });
    const again = ocrDocument(
      [ocrPage(1, [ocrArticle({ headline: "新稿" })])],
      { seed: "v2" },
    );
    await expect(
      importInto(again, { replaceUncorrected: true }),
    ).rejects.toThrow(/corrected by editors/);
    expect((await database.prisma.article.findFirstOrThrow()).headline).toBe(
      "旧稿",
    );
  });

  it("replaces an uncorrected page only when asked", async () => {
    await importInto(
      ocrDocument([ocrPage(1, [ocrArticle({ headline: "旧稿" })])]),
    );
    const again = ocrDocument(
      [ocrPage(1, [ocrArticle({ headline: "新稿" })])],
      { seed: "v2" },
    );
    await expect(importInto(again)).rejects.toThrow(
      /already holds 1 imported article/,
    );
    const summary = await importInto(again, { replaceUncorrected: true });
    expect(summary.pages).toEqual([{ number: 1, articles: 1, replaced: true }]);
    expect(
      (await database.prisma.article.findMany()).map((a) => a.headline),
    ).toEqual(["新稿"]);
    expect(await database.prisma.ocrSource.count()).toBe(2); // the first original stays on record
  });

  it("stores nothing when any part of the import fails", async () => {
    const bad = ocrDocument([
      ocrPage(1, [ocrArticle({ headline: "好稿" })]),
      ocrPage(1, [ocrArticle({ headline: "同版重复" })], { file: "again.md" }),
    ]);
    await expect(importInto(bad)).rejects.toThrow(/Page 1 appears twice/);
    expect(await database.prisma.issue.count()).toBe(0);
    expect(await database.prisma.article.count()).toBe(0);
    expect(await database.prisma.ocrSource.count()).toBe(0);
  });

  it("keeps paragraphs apart when the jump falls between sentences", async () => {
    const doc = ocrDocument([
      ocrPage(1, [
        ocrArticle({
          jumps: [jumpTo(2)],
          blocks: [{ type: "paragraph", text: "甲。" }],
        }),
      ]),
      ocrPage(2, [
        ocrArticle({
          jumps: [jumpFrom(1)],
          blocks: [{ type: "paragraph", text: "乙。" }],
        }),
      ]),
    ]);
    await importInto(doc);
    expect((await database.prisma.article.findFirstOrThrow()).bodyText).toBe(
      "甲。\n\n乙。",
    );
    expect(await database.prisma.repair.count()).toBe(0);
  });

  it("joins an article that jumps to page 2 with its continuation in one import", async () => {
    const doc = ocrDocument([
      ocrPage(1, [
        ocrArticle({
          headline: "勇挑大梁担使命",
          jumps: [jumpTo(2)],
          blocks: [{ type: "paragraph", text: "甲，" }],
        }),
      ]),
      ocrPage(2, [
        ocrArticle({
          headline: "勇挑大梁担使命",
          jumps: [jumpFrom(1)],
          blocks: [{ type: "paragraph", text: "乙。" }],
        }),
      ]),
    ]);
    const summary = await importInto(doc);
    expect(summary.articleCount).toBe(1);
    const article = await database.prisma.article.findFirstOrThrow({
      include: {
        placements: {
          orderBy: { part: "asc" },
          include: { page: true, jumpOut: true },
        },
      },
    });
    // The jump cut the sentence: the two halves are one paragraph again, as an undoable repair.
    expect(article.bodyText).toBe("甲，乙。");
    expect(
      await database.prisma.repair.findMany({
        select: {
          kind: true,
          blockIndex: true,
          original: true,
          replacement: true,
        },
      }),
    ).toEqual([
      {
        kind: "COLUMN_BREAK",
        blockIndex: 0,
        original: "甲，\n\n乙。",
        replacement: "甲，乙。",
      },
    ]);
    expect(article.placements.map((p) => [p.page.number, p.part])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(article.placements[0]!.jumpOut).toMatchObject({
      toPlacementId: article.placements[1]!.id,
      toPageNumber: 2,
      markerOut: "（下转2版）",
      markerIn: "（上接1版）",
    });
  });

  it("links a continuation imported later to the open jump, leaving both articles as they are", async () => {
    await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: "跨版稿", jumps: [jumpTo(2)] })]),
      ]),
    );
    const summary = await importInto(
      ocrDocument(
        [
          ocrPage(2, [
            ocrArticle({ headline: "跨版稿", jumps: [jumpFrom(1)] }),
          ]),
        ],
        { seed: "p2" },
      ),
    );
    expect(summary.warnings).toEqual([]);
    const jump = await database.prisma.jump.findFirstOrThrow({
      include: { toPlacement: { include: { page: true } } },
    });
    expect(jump.toPlacement?.page.number).toBe(2);
    expect(jump.markerIn).toBe("（上接1版）");
  });

  it("warns about a continuation whose start cannot be found", async () => {
    const summary = await importInto(
      ocrDocument([
        ocrPage(3, [ocrArticle({ headline: "孤稿", jumps: [jumpFrom(1)] })]),
      ]),
    );
    expect(summary.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("continues from page 1"),
    ]);
    expect(summary.articleCount).toBe(1);
  });

  it("links a jump imported after its continuation (front page closed last)", async () => {
    await importInto(
      ocrDocument([
        ocrPage(2, [ocrArticle({ headline: "跨版稿", jumps: [jumpFrom(1)] })]),
      ]),
    );
    const summary = await importInto(
      ocrDocument(
        [ocrPage(1, [ocrArticle({ headline: "跨版稿", jumps: [jumpTo(2)] })])],
        { seed: "p1" },
      ),
    );
    expect(summary.warnings).toEqual([]);
    const jump = await database.prisma.jump.findFirstOrThrow({
      include: { toPlacement: { include: { page: true } } },
    });
    expect(jump).toMatchObject({
      toPageNumber: 2,
      markerOut: "（下转2版）",
      markerIn: "（上接1版）",
    });
    expect(jump.toPlacement?.page.number).toBe(2);
  });

  it("refuses to replace one page of an article that runs on to a page outside the import", async () => {
    const pages = (seed: string, headline: string) =>
      ocrDocument(
        [
          ocrPage(1, [ocrArticle({ headline, jumps: [jumpTo(2)] })]),
          ocrPage(2, [ocrArticle({ headline, jumps: [jumpFrom(1)] })]),
        ],
        { seed },
      );
    await importInto(pages("a", "跨版稿"));
    const onlyPage2 = ocrDocument(
      [ocrPage(2, [ocrArticle({ headline: "新稿" })])],
      { seed: "b" },
    );
    await expect(
      importInto(onlyPage2, { replaceUncorrected: true }),
    ).rejects.toThrow(/continues on page 1; import both pages together/);
    expect((await database.prisma.placement.findMany()).length).toBe(2);

    const summary = await importInto(pages("c", "改过的跨版稿"), {
      replaceUncorrected: true,
    });
    expect(summary.pages.map((p) => p.replaced)).toEqual([true, true]);
    expect(
      (await database.prisma.article.findMany()).map((a) => a.headline),
    ).toEqual(["改过的跨版稿"]);
  });

  it("imports different pages of one new issue at the same time into one issue", async () => {
    const results = await Promise.all([
      importInto(
        ocrDocument([ocrPage(1, [ocrArticle({ headline: "一版稿" })])], {
          seed: "x",
        }),
      ),
      importInto(
        ocrDocument([ocrPage(3, [ocrArticle({ headline: "三版稿" })])], {
          seed: "y",
        }),
      ),
    ]);
    expect(results[0].issueId).toBe(results[1].issueId);
    expect(await database.prisma.issue.count()).toBe(1);
    expect(
      (await database.prisma.page.findMany({ orderBy: { number: "asc" } })).map(
        (p) => p.number,
      ),
    ).toEqual([1, 3]);
  });

  it("refuses the same file uploaded twice under two names", async () => {
    const doc = ocrDocument([
      ocrPage(1, [ocrArticle()]),
      ocrPage(2, [ocrArticle()]),
    ]);
    doc.files[1] = { ...doc.files[0]!, name: "copy.md" };
    await expect(importInto(doc)).rejects.toThrow(
      /p1.md and copy.md are the same file/,
    );
    expect(await database.prisma.ocrSource.count()).toBe(0);
  });

  it("lets a replaced file come back, reusing its stored original", async () => {
    const first = ocrDocument(
      [ocrPage(1, [ocrArticle({ headline: "甲稿" })])],
      { seed: "A" },
    );
    const second = ocrDocument(
      [ocrPage(1, [ocrArticle({ headline: "乙稿" })])],
      { seed: "B" },
    );
    await importInto(first);
    await importInto(second, { replaceUncorrected: true });
    await importInto(first, { replaceUncorrected: true });
    expect(
      (await database.prisma.article.findMany()).map((a) => a.headline),
    ).toEqual(["甲稿"]);
    expect(await database.prisma.ocrSource.count()).toBe(2);
  });

  it("stores header repairs with their field, and none from a continuation's repeated headline", async () => {
    const doc = ocrDocument([
      ocrPage(1, [
        ocrArticle({ headline: "勇挑大梁：续", jumps: [jumpTo(2)] }),
      ]),
      ocrPage(2, [
        ocrArticle({ headline: "勇挑大梁：续", jumps: [jumpFrom(1)] }),
      ]),
    ]);
    const headlineRepair = {
      kind: "punctuation" as const,
      article: 1,
      block: -1,
      field: "headline" as const,
      original: "梁:续",
      replacement: "梁：续",
    };
    doc.repairs = [
      { ...headlineRepair, page: 1 },
      { ...headlineRepair, page: 2 },
      {
        kind: "punctuation",
        page: 2,
        article: 1,
        block: 0,
        original: "正文,",
        replacement: "正文，",
      },
    ];
    await importInto(doc);
    const repairs = await database.prisma.repair.findMany({
      orderBy: { blockIndex: "asc" },
    });
    expect(repairs.map((r) => [r.field, r.blockIndex])).toEqual([
      ["HEADLINE", -1],
      [null, 1],
    ]);
  });

  it("quotes whole characters around a rejoined jump, rare characters included", async () => {
    const doc = ocrDocument([
      ocrPage(1, [
        ocrArticle({
          jumps: [jumpTo(2)],
          blocks: [{ type: "paragraph", text: "记者采访了村民，" }],
        }),
      ]),
      ocrPage(2, [
        ocrArticle({
          jumps: [jumpFrom(1)],
          blocks: [{ type: "paragraph", text: "一二三四五六七𠮷八说。" }],
        }),
      ]),
    ]);
    await importInto(doc);
    const repair = await database.prisma.repair.findFirstOrThrow();
    expect(repair.original).toBe("记者采访了村民，\n\n一二三四五六七𠮷");
  });

  it("links an article over three pages imported together", async () => {
    const summary = await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: "长稿", jumps: [jumpTo(2)] })]),
        ocrPage(2, [
          ocrArticle({ headline: null, jumps: [jumpFrom(1), jumpTo(3)] }),
        ]),
        ocrPage(3, [ocrArticle({ headline: null, jumps: [jumpFrom(2)] })]),
      ]),
    );
    expect(summary).toMatchObject({
      articleCount: 1,
      jumpCount: 2,
      warnings: [],
    });
    const jumps = await database.prisma.jump.findMany({
      include: { toPlacement: { include: { page: true } } },
      orderBy: { toPageNumber: "asc" },
    });
    expect(jumps.map((j) => j.toPlacement?.page.number)).toEqual([2, 3]);
  });
});
