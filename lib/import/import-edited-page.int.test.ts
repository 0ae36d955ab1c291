// Importing into a page editors have changed (issue 13 item 7), on both databases.
import { beforeEach, describe, expect, it } from "vitest";

import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError } from "@/lib/errors";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import {
  blockText,
  storedArticle,
  withBlockText,
} from "@/lib/testing/desk-test-helpers";

import { importDocument } from "./import-document";
import { listEditedPages } from "./list-edited-pages";

const utf8 = (s: string) => new TextEncoder().encode(s);
const PAGE1 = "# 平湖新闻\n\n本报记者 王芳\n\n第一段原文。\n\n第二段原文。\n";
const PAGE2 = "# 县域要闻\n\n本报记者 李华\n\n第二版正文。\n";
const doc = (files: [string, string][]) =>
  readOcrFiles(
    files.map(([name, text]) => ({ name, bytes: utf8(text) })),
    { page: null, repair: true },
  );

describe(`importing into edited pages (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let publicationId: string;
  const prisma = () => database.prisma;
  const importInto = (
    d: ReturnType<typeof doc>,
    editedPages?: "refuse" | "skip" | "revise",
  ) =>
    importDocument(prisma(), d, {
      publicationId,
      date: "2024-01-03",
      importedById: null,
      editedPages,
    });

  beforeEach(async () => {
    await truncateAll(database);
    publicationId = (
      await prisma().publication.create({
        data: { name: "平湖日报", slug: "pinghu" },
      })
    ).id;
  });

  /** Page 1 imported, its article corrected by an editor in paragraph 1. */
  async function correctedPage1() {
    await importInto(doc([["p1.md", PAGE1]]));
    const article = await prisma().article.findFirstOrThrow();
    const before = await storedArticle(prisma(), article.id);
    const saved = await saveArticle(prisma(), {
      articleId: article.id,
      baseVersion: 1,
      snapshot: withBlockText(before.snapshot, 0, "第一段经编辑校改。"),
      userId: null,
      sessionId: "t",
    });
    expect(saved.status).toBe("saved");
    return article.id;
  }

  it("refuses by default, and skips the edited page while importing the others when asked", async () => {
    const id = await correctedPage1();
    const again = doc([
      ["p1.md", PAGE1.replace("第二段原文", "第二段新识别")],
      ["p2.md", PAGE2],
    ]);
    await expect(importInto(again)).rejects.toThrow(ConflictError);
    const summary = await importInto(again, "skip");
    expect(summary.skipped).toEqual([1]);
    expect(summary.pages.map((p) => p.number)).toEqual([2]);
    expect(blockText((await storedArticle(prisma(), id)).snapshot, 1)).toBe(
      "第二段原文。",
    );
    expect(
      await prisma().ocrSource.findMany({
        select: { fileName: true },
        orderBy: { fileName: "asc" },
      }),
    ).toEqual([{ fileName: "p1.md" }, { fileName: "p2.md" }]);
  });

  it("merges new OCR into the edited article as a new revision, keeping the editors' correction and the new original", async () => {
    const id = await correctedPage1();
    const summary = await importInto(
      doc([["p1.md", PAGE1.replace("第二段原文", "第二段新识别")]]),
      "revise",
    );
    expect(summary.revised).toMatchObject([
      { articleId: id, version: 3, changes: 1, conflicts: [] },
    ]);
    const stored = await storedArticle(prisma(), id);
    expect([
      blockText(stored.snapshot, 0),
      blockText(stored.snapshot, 1),
    ]).toEqual(["第一段经编辑校改。", "第二段新识别。"]);
    const revision = await prisma().revision.findFirstOrThrow({
      where: { articleId: id, version: 3 },
    });
    expect(revision.reason).toBe("reimport");
    expect(await prisma().ocrSource.count()).toBe(2);
  });

  it("keeps the editors' text where the new OCR conflicts with it, and reports the OCR's", async () => {
    const id = await correctedPage1();
    const summary = await importInto(
      doc([["p1.md", PAGE1.replace("第一段原文", "第一段另一种识别")]]),
      "revise",
    );
    expect(summary.revised).toHaveLength(1);
    const [revised] = summary.revised;
    expect(revised!.conflicts).toHaveLength(1);
    expect(JSON.stringify(revised!.conflicts[0]!.ocr)).toContain(
      "第一段另一种识别",
    );
    expect(blockText((await storedArticle(prisma(), id)).snapshot, 0)).toBe(
      "第一段经编辑校改。",
    );
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "issue.import" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({
      revised: [{ articleId: id, conflicts: 1 }],
    });
  });

  it("names the edited pages before the import, for the analyse step", async () => {
    const target = { publicationId, date: "2024-01-03" };
    expect(await listEditedPages(prisma(), target, [1, 2])).toEqual([]);
    await correctedPage1();
    await importInto(doc([["p2.md", PAGE2]]));
    expect(await listEditedPages(prisma(), target, [1, 2, null])).toEqual([
      { number: 1, corrected: 1, signedOff: false },
    ]);
    expect(await listEditedPages(prisma(), target, [2])).toEqual([]);
    expect(
      await listEditedPages(
        prisma(),
        { publicationId, date: "2024-01-04" },
        [1],
      ),
    ).toEqual([]);
  });
});
