// Corrections teach the desk, on both databases: a word fixed in one article
// is offered (学到的更正) wherever the same misread stands in any issue of
// that paper, counted as accepted or rejected, retired by an editor, and
// forgotten when the correction is undone.
import fs from "node:fs";

import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { importDocument } from "@/lib/import/import-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { storedArticle } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import type { ArticleSnapshot } from "../article-snapshot";
import { getArticleForEditor } from "../get-article-for-editor";
import { restoreRevision } from "../restore-revision";
import { saveArticle, type SaveResult } from "../save-article";
import { applySuggestion } from "../suggestions/apply-suggestion";
import { learnedListQuerySchema, listLearnedPairs } from "./list-learned-pairs";
import { readLearnedPairs } from "./load-learned-pairs";
import { retireLearnedPair } from "./retire-learned-pair";

const PAGE = "fixtures/pages/pinghu-2024-02-p3.md";
const MALL = "商业综合体开门迎客";
const NIGHT = "夜市经济点亮城市烟火气";
const HALL = "乡村文化礼堂开展迎春活动";

function landed(result: SaveResult) {
  if (result.status === "conflict")
    throw new Error("expected a save, got a conflict");
  return result;
}

const fixed = (snapshot: ArticleSnapshot): ArticleSnapshot =>
  JSON.parse(
    JSON.stringify(snapshot).replaceAll("各创优品", "名创优品"),
  ) as ArticleSnapshot;

describe(`learned pairs (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  const save = async (
    articleId: string,
    snapshot: ArticleSnapshot,
    extra: Partial<Parameters<typeof saveArticle>[1]> = {},
  ) => {
    const { version } = await storedArticle(database.prisma, articleId);
    return landed(
      await saveArticle(database.prisma, {
        articleId,
        baseVersion: version,
        snapshot,
        userId: seed.users.editor,
        sessionId: `tab-${articleId}`,
        ...extra,
      }),
    );
  };
  const learned = (articleId: string) =>
    getArticleForEditor(database.prisma, articleId).then((a) =>
      a.suggestions.filter((s) => s.kind === "learned"),
    );
  const pairs = () => readLearnedPairs(database.prisma, seed.publicationId);

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma, { page: PAGE });
  });

  it("offers a correction made in one article wherever the misread stands, and counts its acceptance", async () => {
    const mall = seed.byHeadline.get(MALL)!;
    const night = seed.byHeadline.get(NIGHT)!;
    // Nothing learned yet: the misread is not flagged (名创优品 is no dictionary word).
    expect(await learned(night)).toEqual([]);

    await save(
      mall,
      fixed((await storedArticle(database.prisma, mall)).snapshot),
    );
    expect(await pairs()).toEqual([
      expect.objectContaining({
        misread: "各创优品",
        correction: "名创优品",
        acceptedCount: 1,
        rejectedCount: 0,
      }),
    ]);

    const [offer, ...more] = await learned(night);
    expect(more).toEqual([]);
    expect(offer).toMatchObject({
      kind: "learned",
      text: "各创优品",
      replacements: ["名创优品"],
      block: 0,
    });
    expect(offer!.noteZh).toBe("本报已有 1 篇稿件改为“名创优品”");
    expect(await learned(seed.byHeadline.get(HALL)!)).toEqual([]);

    // Accepting it in the second article is a second acceptance.
    const { snapshot } = await storedArticle(database.prisma, night);
    const accepted = {
      ...snapshot,
      body: applySuggestion(snapshot.body, offer!, "名创优品")!,
    };
    await save(night, accepted, {
      reason: "suggestion.accept",
      detail: "各创优品 → 名创优品",
    });
    expect(await pairs()).toEqual([
      expect.objectContaining({ acceptedCount: 2 }),
    ]);
    expect(await learned(night)).toEqual([]);
  });

  it("offers it in another issue of the paper, counts a dismissal as a rejection, and stops when retired", async () => {
    const mall = seed.byHeadline.get(MALL)!;
    const night = seed.byHeadline.get(NIGHT)!;
    await save(
      mall,
      fixed((await storedArticle(database.prisma, mall)).snapshot),
    );
    await save(
      night,
      fixed((await storedArticle(database.prisma, night)).snapshot),
    );

    // The same page in a later issue: its articles count the learned suggestion from the start.
    const doc = readOcrFiles(
      [{ name: "p3.md", bytes: new Uint8Array(fs.readFileSync(PAGE)) }],
      { page: 3, repair: true },
    );
    const later = await importDocument(database.prisma, doc, {
      publicationId: seed.publicationId,
      date: "2024-02-20",
      importedById: seed.users.editor,
    });
    const laterMall = (
      await database.prisma.article.findFirstOrThrow({
        where: { issueId: later.issueId, headline: MALL },
      })
    ).id;
    const stored = await database.prisma.article.findUniqueOrThrow({
      where: { id: laterMall },
    });
    const offers = await learned(laterMall);
    expect(offers.map((s) => s.text)).toEqual(["各创优品", "各创优品"]);
    expect(stored.suggestionCount).toBeGreaterThanOrEqual(2);

    // Dismissed once: one rejection; still offered elsewhere (accepted twice).
    const { snapshot } = await storedArticle(database.prisma, laterMall);
    await save(laterMall, snapshot, {
      reason: "suggestion.dismiss",
      dismissSuggestions: [offers[0]!.key],
    });
    expect(await pairs()).toEqual([
      expect.objectContaining({ acceptedCount: 2, rejectedCount: 1 }),
    ]);
    expect((await learned(laterMall)).map((s) => s.key)).toEqual([
      offers[1]!.key,
    ]);
    // Dismissing the same key again is not a second rejection.
    await save(laterMall, snapshot, {
      reason: "suggestion.dismiss",
      dismissSuggestions: [offers[0]!.key],
    });
    expect((await pairs())[0]!.rejectedCount).toBe(1);

    const [row] = (
      await listLearnedPairs(
        database.prisma,
        seed.publicationId,
        learnedListQuerySchema.parse({}),
      )
    ).rows;
    expect(row).toMatchObject({
      misread: "各创优品",
      correction: "名创优品",
      acceptedCount: 2,
      rejectedCount: 1,
      offered: true,
    });
    expect(row!.firstSource).toMatchObject({
      articleId: mall,
      headline: MALL,
      issueDate: "2024-01-03",
    });

    await retireLearnedPair(database.prisma, {
      pairId: row!.id,
      retire: true,
      userId: seed.users.editor,
    });
    expect(await learned(laterMall)).toEqual([]);
    const retired = await listLearnedPairs(
      database.prisma,
      seed.publicationId,
      learnedListQuerySchema.parse({ show: "retired" }),
    );
    expect(retired.rows).toEqual([
      expect.objectContaining({ offered: false, retiredBy: "editor" }),
    ]);
    expect(
      (
        await listLearnedPairs(
          database.prisma,
          seed.publicationId,
          learnedListQuerySchema.parse({ show: "active" }),
        )
      ).total,
    ).toBe(0);

    await retireLearnedPair(database.prisma, {
      pairId: row!.id,
      retire: false,
      userId: seed.users.editor,
    });
    expect(await learned(laterMall)).toHaveLength(1);
    expect(
      await database.prisma.auditEvent.count({ where: { entityId: row!.id } }),
    ).toBe(2);
  });

  it("forgets a correction that was undone, and never offers it to another paper", async () => {
    const mall = seed.byHeadline.get(MALL)!;
    const night = seed.byHeadline.get(NIGHT)!;
    await save(
      mall,
      fixed((await storedArticle(database.prisma, mall)).snapshot),
    );
    expect(await learned(night)).toHaveLength(1);

    const other = await database.prisma.publication.create({
      data: { name: "平湖周刊", slug: "pinghu-weekly" },
    });
    const doc = readOcrFiles(
      [{ name: "p3.md", bytes: new Uint8Array(fs.readFileSync(PAGE)) }],
      { page: 3, repair: true },
    );
    const weekly = await importDocument(database.prisma, doc, {
      publicationId: other.id,
      date: "2024-02-21",
      importedById: seed.users.editor,
    });
    const weeklyNight = (
      await database.prisma.article.findFirstOrThrow({
        where: { issueId: weekly.issueId, headline: NIGHT },
      })
    ).id;
    expect(await learned(weeklyNight)).toEqual([]);

    // Back to the imported text: the article no longer holds the correction, and nothing else does.
    await restoreRevision(database.prisma, {
      articleId: mall,
      version: 1,
      sessionId: `tab-${mall}`,
      userId: seed.users.editor,
    });
    expect(await pairs()).toEqual([
      expect.objectContaining({ acceptedCount: 0 }),
    ]);
    expect(await learned(night)).toEqual([]);
  });

  it("learns nothing from repairs, additions or a change of one common word for another", async () => {
    const hall = seed.byHeadline.get(HALL)!;
    const { snapshot } = await storedArticle(database.prisma, hall);
    const edited = JSON.parse(
      JSON.stringify(snapshot)
        .replace("村民们", "她们")
        .replace("近日，", "近日，记者获悉，"),
    ) as ArticleSnapshot;
    await save(hall, edited);
    expect(await pairs()).toEqual([]);
    expect(
      (await database.prisma.article.findUniqueOrThrow({ where: { id: hall } }))
        .learnedCorrections,
    ).toEqual([]);
  });
});
