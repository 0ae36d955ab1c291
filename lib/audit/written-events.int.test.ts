// Every event an issue's life writes — import, corrections, layout, waivers,
// 送审, 审签, publish, reopen, unpublish — reads back as a typed event of the
// union, with the paper it belongs to; on both databases. This also checks
// the writers still outside recordAudit (lib/publishing, submit-for-review)
// against the union their conversion will apply.
import { beforeEach, describe, expect, it } from "vitest";

import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { submitForReview } from "@/lib/issues/submit-for-review";
import { editPage } from "@/lib/layout/edit-page";
import { loadLayout } from "@/lib/layout/load-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";
import { waiveFinding } from "@/lib/layout/validation/waive-finding";
import { publishIssue } from "@/lib/publishing/publish-issue";
import { reopenIssue, unpublishIssue } from "@/lib/publishing/unpublish-issue";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { seedDesk } from "@/lib/testing/desk-test-seed";
import { signOffIssue } from "@/lib/testing/sign-off-issue";

import { readAuditEvent } from "./read-audit-event";

describe(`the events an issue's life writes (${testDatabaseKind})`, () => {
  const database = useTestDatabase();

  beforeEach(async () => {
    await truncateAll(database);
  });

  it("all read back as typed events of the union", async () => {
    const prisma = database.prisma;
    const seed = await seedDesk(prisma);
    const editor = seed.users.editor;
    const articleId = seed.articleIds[1]!;
    const { snapshot, version } = await storedArticle(prisma, articleId);
    await saveArticle(prisma, {
      articleId,
      userId: editor,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, "改过的第一段。"),
      sessionId: "tab-audit",
    });
    const page = await prisma.page.findFirstOrThrow({
      where: { issueId: seed.issueId },
    });
    await editPage(prisma, seed.issueId, page.id, { name: "要闻" }, editor);
    const layout = await loadLayout(prisma, seed.issueId);
    for (const finding of reportOf(layout!).findings)
      await waiveFinding(
        prisma,
        seed.issueId,
        { finding: finding.key, reason: "测试豁免" },
        editor,
      );
    await submitForReview(prisma, seed.issueId, editor);
    await signOffIssue(prisma, seed.issueId);
    await publishIssue(prisma, { issueId: seed.issueId, userId: editor });
    await reopenIssue(prisma, {
      issueId: seed.issueId,
      userId: editor,
      reason: "更正标题",
    });
    await submitForReview(prisma, seed.issueId, editor).catch(() => null);

    const rows = await prisma.auditEvent.findMany({
      orderBy: { createdAt: "asc" },
    });
    const unread = rows.filter((r) => readAuditEvent(r) === null);
    expect(unread.map((r) => [r.action, r.data])).toEqual([]);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      "issue.import",
      "article.autosave",
      "layout.page.edit",
      "issue.submit-review",
      "page.sign-off",
      "issue.signed-off",
      "issue.publish",
      "issue.reopen",
    ])
      expect(actions, action).toContain(action);
    // Converted writers record the paper; publishing and 送审 will once the lead converts them.
    const unconverted = [
      "issue.submit-review",
      "issue.publish",
      "issue.reopen",
    ];
    for (const r of rows)
      if (!unconverted.includes(r.action))
        expect(r.publicationId, r.action).toBe(seed.publicationId);
  });

  it("an unpublish too", async () => {
    const prisma = database.prisma;
    const seed = await seedDesk(prisma);
    await prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "PUBLISHED" },
    });
    await unpublishIssue(prisma, {
      issueId: seed.issueId,
      userId: seed.users.editor,
      reason: "误发，撤下",
    });
    const row = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "issue.unpublish" },
    });
    expect(readAuditEvent(row)?.data).toEqual({
      from: "PUBLISHED",
      to: "UNPUBLISHED",
      reason: "误发，撤下",
    });
  });
});
