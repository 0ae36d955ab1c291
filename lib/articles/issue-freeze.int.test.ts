// A scheduled or published issue accepts no change to its content or layout
// (issue 15 item 4): each write path refuses with IssueFrozenError (409) and
// stores nothing; the same paths work again once the issue is reopened.
import fs from "node:fs";

import type { IssueStatus } from "@prisma/client";
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { importDocument } from "@/lib/import/import-document";
import { addPage } from "@/lib/layout/add-page";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import {
  type DeskSeed,
  SEED_PAGE,
  seedDesk,
} from "@/lib/testing/desk-test-seed";

import { IssueFrozenError } from "./issue-freeze";
import { restoreRevision } from "./restore-revision";
import { reviewRepairs } from "./review-repairs";
import { saveArticle } from "./save-article";
import { setArticleStatus } from "./set-article-status";
import { splitArticle } from "./split-article";

describe(`frozen issues (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let articleId: string;

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    articleId = seed.articleIds[1]!;
  });

  const setIssueStatus = (status: IssueStatus) =>
    database.prisma.issue.update({
      where: { id: seed.issueId },
      data: { status },
    });
  const counts = async () => ({
    revisions: await database.prisma.revision.count(),
    pages: await database.prisma.page.count(),
    articles: await database.prisma.article.count(),
    audit: await database.prisma.auditEvent.count(),
  });

  async function attempts() {
    const prisma = database.prisma;
    const { snapshot, version } = await storedArticle(prisma, articleId);
    const userId = seed.users.editor;
    const page = fs.readFileSync(SEED_PAGE);
    const issue = await prisma.issue.findUniqueOrThrow({
      where: { id: seed.issueId },
    });
    return {
      save: () =>
        saveArticle(prisma, {
          articleId,
          userId,
          baseVersion: version,
          snapshot: withBlockText(snapshot, 0, "冻结后的改动"),
          sessionId: "tab-frozen",
        }),
      status: () =>
        setArticleStatus(prisma, { articleId, status: "EDITING", userId }),
      repairs: () =>
        reviewRepairs(prisma, {
          articleId,
          userId,
          status: "ACCEPTED",
          baseVersion: version,
        }),
      restore: () => restoreRevision(prisma, { articleId, userId, version: 1 }),
      split: () =>
        splitArticle(prisma, {
          articleId,
          userId,
          atBlock: 1,
          baseVersion: version,
        }),
      addPage: () => addPage(prisma, seed.issueId, { number: 9 }, userId),
      import: () =>
        importDocument(
          prisma,
          readOcrFiles([{ name: "p7.md", bytes: new Uint8Array(page) }], {
            page: 7,
            repair: true,
          }),
          {
            publicationId: seed.publicationId,
            date: issue.date.toISOString().slice(0, 10),
            importedById: userId,
          },
        ),
    };
  }

  for (const status of ["SIGNED_OFF", "SCHEDULED", "PUBLISHED"] as const) {
    it(`refuses every change to a ${status} issue with a 409 and stores nothing`, async () => {
      await setIssueStatus(status);
      const before = await counts();
      for (const [name, attempt] of Object.entries(await attempts())) {
        const error = await attempt().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, name).toBeInstanceOf(IssueFrozenError);
        expect((error as IssueFrozenError).messageZh).toContain("重新打开本期");
      }
      expect(await counts()).toEqual(before);
    });
  }

  it("takes the same changes again once the issue is reopened", async () => {
    await setIssueStatus("PUBLISHED");
    await setIssueStatus("IN_REVIEW");
    const { save, addPage: add } = await attempts();
    expect(await save()).toMatchObject({ status: "saved" });
    expect(await add()).toMatchObject({ pageId: expect.any(String) });
  });
});
