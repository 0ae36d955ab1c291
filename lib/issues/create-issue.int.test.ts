// Creating an issue from the page plan and listing issues, on both databases.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, ValidationError } from "@/lib/errors";

import { createIssue } from "./create-issue";
import { listIssues } from "./list-issues";
import { updatePagePlan } from "./update-page-plan";

describe(`issues and their page plan (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let publicationId: string;

  beforeEach(async () => {
    await truncateAll(database);
    publicationId = (
      await database.prisma.publication.create({
        data: { name: "平湖日报", slug: "pinghu" },
      })
    ).id;
  });

  const pagesOf = (issueId: string) =>
    database.prisma.page.findMany({
      where: { issueId },
      orderBy: { number: "asc" },
      select: { number: true, name: true, capacity: true },
    });

  it("creates an issue with its 期号 and the default plan's four pages, once per date and number", async () => {
    const { issueId } = await createIssue(
      database.prisma,
      { publicationId, date: "2024-01-04", number: 8123 },
      null,
    );
    expect(await pagesOf(issueId)).toEqual([
      { number: 1, name: "要闻", capacity: 6000 },
      { number: 2, name: "综合", capacity: 6000 },
      { number: 3, name: "评论", capacity: 6000 },
      { number: 4, name: "副刊", capacity: 6000 },
    ]);
    await expect(
      createIssue(
        database.prisma,
        { publicationId, date: "2024-01-04", number: null },
        null,
      ),
    ).rejects.toThrow(ConflictError);
    await expect(
      createIssue(
        database.prisma,
        { publicationId, date: "2024-01-05", number: 8123 },
        null,
      ),
    ).rejects.toThrow(/8123/);
    await expect(
      createIssue(
        database.prisma,
        { publicationId, date: "2024-02-30", number: null },
        null,
      ),
    ).rejects.toThrow(ValidationError);
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "issue.create" },
      }),
    ).toBe(1);
  });

  it("uses the plan an admin set, or the pages chosen from it", async () => {
    await updatePagePlan(
      database.prisma,
      publicationId,
      [
        { number: 2, name: "经济", capacity: null },
        { number: 1, name: "要闻", capacity: 5000 },
        { number: 3, name: "文体", capacity: 4000 },
      ],
      null,
    );
    const all = await createIssue(
      database.prisma,
      { publicationId, date: "2024-01-10", number: 1 },
      null,
    );
    expect(
      (await pagesOf(all.issueId)).map((p) => `${p.number}${p.name}`),
    ).toEqual(["1要闻", "2经济", "3文体"]);
    const some = await createIssue(
      database.prisma,
      { publicationId, date: "2024-01-11", number: 2, pages: [1, 3] },
      null,
    );
    expect((await pagesOf(some.issueId)).map((p) => p.number)).toEqual([1, 3]);
  });

  it("lists issues newest first with progress, by month and status", async () => {
    const prisma = database.prisma;
    const a = await createIssue(
      prisma,
      { publicationId, date: "2024-01-04", number: 1 },
      null,
    );
    const b = await createIssue(
      prisma,
      { publicationId, date: "2024-02-01", number: 2 },
      null,
    );
    await prisma.issue.update({
      where: { id: b.issueId },
      data: { status: "IN_REVIEW" },
    });
    const page = await prisma.page.findFirstOrThrow({
      where: { issueId: a.issueId, number: 1 },
    });
    for (const [i, status] of (
      ["IMPORTED", "PROOFREAD", "PROOFREAD", "APPROVED"] as const
    ).entries()) {
      await prisma.article.create({
        data: {
          issueId: a.issueId,
          headline: `稿${i}`,
          body: { type: "doc", content: [] },
          bodyText: "",
          status,
          placements: { create: { pageId: page.id, order: i + 1 } },
        },
      });
    }
    const all = await listIssues(prisma);
    expect(all.map((i) => i.date)).toEqual(["2024-02-01", "2024-01-04"]);
    expect(all[1]).toMatchObject({
      pageCount: 4,
      articleCount: 4,
      progress: { IMPORTED: 1, EDITING: 0, PROOFREAD: 2, APPROVED: 1 },
      proofreadPercent: 75,
    });
    expect(
      (await listIssues(prisma, { month: "2024-01" })).map((i) => i.date),
    ).toEqual(["2024-01-04"]);
    expect(
      (await listIssues(prisma, { status: "IN_REVIEW" })).map((i) => i.date),
    ).toEqual(["2024-02-01"]);
    expect(await listIssues(prisma, { month: "2024-03" })).toEqual([]);
  });
});
