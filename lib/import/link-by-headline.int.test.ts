// Jumps linked at import by the continuation's repeated or shortened
// headline, on both databases.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ocrDocument } from "@/lib/testing/ocr-document";
import {
  jumpFrom,
  jumpTo,
  ocrArticle,
  ocrPage,
} from "@/lib/testing/ocr-factories";

import { importDocument } from "./import-document";

const HEADLINE = "勇挑大梁担使命 提质进位走前列";
const byline = { role: "reporter" as const, label: "记者", names: ["顾晓燕"] };

describe(`linking jumps by headline at import (${testDatabaseKind})`, () => {
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
  const importInto = (doc: Parameters<typeof importDocument>[1]) =>
    importDocument(database.prisma, doc, {
      publicationId,
      date: "2024-01-04",
      importedById: null,
    });
  const jumps = () =>
    database.prisma.jump.findMany({
      include: {
        fromPlacement: { include: { page: true } },
        toPlacement: { include: { page: true, article: true } },
      },
    });

  it("links a stored 下转2版 to a later page 2 whose article repeats the headline shortened, without a 上接 marker", async () => {
    await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: HEADLINE, jumps: [jumpTo(2)] })]),
      ]),
    );
    const summary = await importInto(
      ocrDocument(
        [
          ocrPage(2, [
            ocrArticle({
              headline: "我市开展节前安全生产大检查",
              bylines: [byline],
            }),
            ocrArticle({ headline: "勇挑大梁担使命" }),
          ]),
        ],
        { seed: "p2" },
      ),
    );
    expect(summary.jumpCount).toBe(1);
    const [jump] = await jumps();
    expect(jump!.toPlacement).toMatchObject({
      article: { headline: "勇挑大梁担使命" },
      page: { number: 2 },
    });
    expect(jump!.markerIn).toBeNull();
  });

  it("links within one import when the continuation lost its 上接 marker", async () => {
    await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: HEADLINE, jumps: [jumpTo(2)] })]),
        ocrPage(2, [ocrArticle({ headline: "勇挑大梁担使命" })]),
      ]),
    );
    const [jump] = await jumps();
    expect(jump!.toPlacement?.page.number).toBe(2);
  });

  it("links a continuation whose 上接 names the page although the 下转 named another, leaving the disagreement to the report", async () => {
    await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: HEADLINE, jumps: [jumpTo(3)] })]),
      ]),
    );
    await importInto(
      ocrDocument(
        [
          ocrPage(2, [
            ocrArticle({ headline: "勇挑大梁担使命", jumps: [jumpFrom(1)] }),
          ]),
        ],
        { seed: "p2" },
      ),
    );
    const [jump] = await jumps();
    expect(jump).toMatchObject({
      toPageNumber: 3,
      markerOut: "（下转3版）",
      markerIn: "（上接1版）",
    });
    expect(jump!.toPlacement?.page.number).toBe(2);
  });

  it("leaves an article with its own byline, another headline, or another page alone", async () => {
    await importInto(
      ocrDocument([
        ocrPage(1, [ocrArticle({ headline: HEADLINE, jumps: [jumpTo(2)] })]),
      ]),
    );
    await importInto(
      ocrDocument(
        [
          ocrPage(2, [
            ocrArticle({ headline: "勇挑大梁担使命", bylines: [byline] }),
            ocrArticle({ headline: "另一篇稿件" }),
          ]),
          ocrPage(3, [ocrArticle({ headline: "勇挑大梁担使命" })]),
        ],
        { seed: "p2" },
      ),
    );
    const [jump] = await jumps();
    expect(jump!.toPlacementId).toBeNull();
  });
});
