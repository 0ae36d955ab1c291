// Publishing on both databases: an atomic, immutable snapshot per version;
// later edits reach no reader until published again, with a dated 更正; an
// injected failure half-way leaves nothing published and nothing changed.
import { beforeEach, describe, expect, it } from "vitest";

import { IssueFrozenError } from "@/lib/articles/issue-freeze";
import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { loadLayout } from "@/lib/layout/load-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";
import { signOffIssue } from "@/lib/testing/sign-off-issue";

import {
  accumulateCorrections,
  dateIn,
  defaultCorrectionNote,
  publishIssue,
} from "./publish-issue";
import { listPublishedVersions, readLiveIssue } from "./read-published";
import { reopenIssue, unpublishIssue } from "./unpublish-issue";

describe(`publishing (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let date: string;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    const prisma = database.prisma;
    // In review, every finding waived: what 送审 leaves.
    const layout = await loadLayout(prisma, seed.issueId);
    for (const finding of reportOf(layout!).findings)
      await prisma.validationWaiver.create({
        data: {
          issueId: seed.issueId,
          finding: finding.key,
          reason: "测试豁免",
        },
      });
    const issue = await prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "IN_REVIEW" },
    });
    date = issue.date.toISOString().slice(0, 10);
    await signOffIssue(prisma, seed.issueId);
  });

  const publish = (note?: string) =>
    publishIssue(database.prisma, {
      issueId: seed.issueId,
      userId: seed.users.editor,
      note,
    });
  const live = () => readLiveIssue(database.prisma, "pinghu", date);
  const liveText = async () => JSON.stringify((await live())?.snapshot.pages);
  const edit = async (text: string) => {
    const articleId = seed.articleIds[1]!;
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    return saveArticle(database.prisma, {
      articleId,
      userId: seed.users.editor,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, text),
      sessionId: "tab-publish",
    });
  };

  it("publishes every page and article as version 1, which readers get", async () => {
    expect(await live()).toBeNull();
    const result = await publish();
    expect(result).toMatchObject({ version: 1, corrected: [] });
    expect(result.bytes).toBeGreaterThan(1000);
    const got = await live();
    expect(got?.version).toBe(1);
    const pages = await database.prisma.page.count({
      where: { issueId: seed.issueId },
    });
    expect(got?.snapshot.pages).toHaveLength(pages);
    const parts = got!.snapshot.pages.flatMap((p) => p.parts);
    expect(new Set(parts.map((p) => p.articleId))).toEqual(
      new Set(seed.articleIds),
    );
    expect(parts[0]!.bodyHtml).toMatch(/<p>/);
    const issue = await database.prisma.issue.findUniqueOrThrow({
      where: { id: seed.issueId },
    });
    expect(issue).toMatchObject({ status: "PUBLISHED", liveVersion: 1 });
  });

  it("keeps readers on the published text until a correction is published, with a dated 更正", async () => {
    await publish();
    await expect(edit("发布后的改动")).rejects.toBeInstanceOf(IssueFrozenError);
    await reopenIssue(database.prisma, {
      issueId: seed.issueId,
      userId: seed.users.editor,
      reason: "读者指出错字",
    });
    expect(await edit("更正后的第一段。")).toMatchObject({ status: "saved" });
    expect(await liveText()).not.toContain("更正后的第一段");
    await expect(publish()).rejects.toThrow(/签发|signed/);
    await signOffIssue(database.prisma, seed.issueId);

    const second = await publish();
    expect(second).toMatchObject({
      version: 2,
      corrected: [seed.articleIds[1]],
    });
    const got = await live();
    expect(JSON.stringify(got?.snapshot.pages)).toContain("更正后的第一段");
    const today = dateIn("Asia/Shanghai");
    expect(got?.snapshot.corrections[seed.articleIds[1]!]).toEqual([
      { date: today, note: defaultCorrectionNote(today), version: 2 },
    ]);
    // Every version stays retrievable.
    expect(
      (await listPublishedVersions(database.prisma, seed.issueId)).map(
        (v) => v.version,
      ),
    ).toEqual([2, 1]);
    const first = await database.prisma.publishedIssue.findUniqueOrThrow({
      where: { issueId_version: { issueId: seed.issueId, version: 1 } },
    });
    expect(JSON.stringify(first.snapshot)).not.toContain("更正后的第一段");
  });

  it("leaves nothing published and nothing changed when the publish fails half-way", async () => {
    const audit = await database.prisma.auditEvent.count();
    await expect(
      publishIssue(
        database.prisma,
        { issueId: seed.issueId, userId: seed.users.editor },
        {
          beforeCommit: () => {
            throw new Error("injected failure");
          },
        },
      ),
    ).rejects.toThrow("injected failure");
    expect(await database.prisma.publishedIssue.count()).toBe(0);
    expect(
      await database.prisma.issue.findUniqueOrThrow({
        where: { id: seed.issueId },
      }),
    ).toMatchObject({ status: "SIGNED_OFF", liveVersion: null });
    expect(await database.prisma.auditEvent.count()).toBe(audit);
    expect(await live()).toBeNull();
  });

  it("refuses a draft and a published issue, and unpublishes with a reason", async () => {
    await database.prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "DRAFT" },
    });
    await expect(publish()).rejects.toThrow(/签发|signed/);
    await database.prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "SIGNED_OFF" },
    });
    await publish();
    await expect(publish()).rejects.toThrow(/重新打开|reopen/);
    await expect(
      unpublishIssue(database.prisma, {
        issueId: seed.issueId,
        userId: null,
        reason: "x",
      }),
    ).rejects.toThrow();
    await unpublishIssue(database.prisma, {
      issueId: seed.issueId,
      userId: null,
      reason: "内容有误，暂时撤下",
    });
    expect(await live()).toBeNull();
    expect(await publish()).toMatchObject({ version: 2 });
    expect((await live())?.version).toBe(2);
  });
});

describe("accumulateCorrections", () => {
  const snapshot = (texts: Record<string, string>, corrections = {}) => ({
    format: 1 as const,
    issue: { id: "i", date: "2024-01-03", number: null },
    publication: {
      id: "p",
      name: "平湖日报",
      slug: "pinghu",
      timezone: "Asia/Shanghai",
    },
    corrections,
    pages: [
      {
        number: 1,
        name: null,
        rubrics: [],
        furniture: [],
        parts: Object.entries(texts).map(([articleId, bodyHtml]) => ({
          placementId: articleId,
          articleId,
          part: 1,
          partCount: 1,
          kicker: null,
          headline: "题",
          deck: null,
          dateline: null,
          rubric: null,
          bylines: [],
          bodyHtml,
          jumpIn: null,
          jumpOut: null,
        })),
      },
    ],
  });
  const note = { date: "2024-01-05", note: "更正。", version: 3 };

  it("keeps earlier notes and adds one per changed article that was public", () => {
    const earlier = { date: "2024-01-04", note: "旧更正。", version: 2 };
    const { corrections, corrected } = accumulateCorrections(
      snapshot({ a: "<p>甲</p>", b: "<p>乙</p>" }, { a: [earlier] }),
      snapshot({ a: "<p>甲改</p>", b: "<p>乙</p>", c: "<p>新</p>" }),
      note,
    );
    expect(corrected).toEqual(["a"]);
    expect(corrections).toEqual({ a: [earlier, note] });
  });

  it("adds none on a first publication", () => {
    expect(
      accumulateCorrections(null, snapshot({ a: "<p>甲</p>" }), note),
    ).toEqual({ corrections: {}, corrected: [] });
  });
});
