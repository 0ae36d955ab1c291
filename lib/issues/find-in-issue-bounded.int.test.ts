// Issue 14 item 1: a search over an article of 13 paragraphs of 100,000 "，"
// (1.3 M matches) answers one page, a capped total and a cursor, keeps the
// event loop free, and replace works on the same bounded sets.
import { beforeAll, describe, expect, it } from "vitest";

import { saveArticle } from "@/lib/articles/save-article";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ValidationError } from "@/lib/errors";
import { storedArticle } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import { findInIssue } from "./find-in-issue";
import {
  FIND_COUNT_CAP,
  FIND_PAGE_SIZE,
  REPLACE_MAX_MATCHES,
} from "./find-limits";
import { replaceInIssue } from "./replace-in-issue";
import { undoReplaceBatch } from "./undo-replace-batch";

const PARAGRAPHS = 13;
const COMMAS = 100_000;

describe(`bounded find and replace in an issue (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let bigId: string;

  beforeAll(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    bigId = seed.articleIds[0]!;
    const current = await storedArticle(database.prisma, bigId);
    const body = {
      type: "doc" as const,
      content: Array.from({ length: PARAGRAPHS }, () => ({
        type: "paragraph" as const,
        content: [{ type: "text" as const, text: "，".repeat(COMMAS) }],
      })),
    };
    const saved = await saveArticle(database.prisma, {
      articleId: bigId,
      baseVersion: current.version,
      snapshot: { ...current.snapshot, body },
      userId: null,
      sessionId: "t",
    });
    expect(saved).toMatchObject({ status: "saved" });
  }, 120_000);

  it("answers a page of matches, a capped total and a cursor to the next page without overlap", async () => {
    const prisma = database.prisma;
    const first = await findInIssue(prisma, seed.issueId, { query: "，" });
    expect(first.matches).toHaveLength(FIND_PAGE_SIZE);
    expect(first.totalCapped).toBe(true);
    expect(first.total).toBeLessThanOrEqual(FIND_COUNT_CAP);
    expect(first.total).toBeGreaterThanOrEqual(FIND_PAGE_SIZE);
    expect(first.next).toBe(first.matches.at(-1)!.id);
    expect(Buffer.byteLength(JSON.stringify(first))).toBeLessThan(1024 * 1024);

    const second = await findInIssue(prisma, seed.issueId, {
      query: "，",
      after: first.next!,
    });
    expect(second.matches).toHaveLength(FIND_PAGE_SIZE);
    const ids = new Set(first.matches.map((m) => m.id));
    expect(second.matches.some((m) => ids.has(m.id))).toBe(false);
    // The second page starts right after the first: the big article's matches are consecutive "，".
    const bodyMatches = [...first.matches, ...second.matches].filter(
      (m) => m.articleId === bigId && m.field === "body",
    );
    expect(bodyMatches.length).toBeGreaterThan(FIND_PAGE_SIZE);
    bodyMatches.forEach((m, i) =>
      expect(m).toMatchObject({
        block: 0,
        offset: bodyMatches[0]!.offset + i,
        text: "，",
      }),
    );
    expect(second.total).toBe(first.total);

    await expect(
      findInIssue(prisma, seed.issueId, {
        query: "，",
        after: "not-a-match-id",
      }),
    ).rejects.toThrow(ValidationError);
    await expect(
      findInIssue(prisma, seed.issueId, {
        query: "，",
        after: "gone:1:body:0:0",
      }),
    ).rejects.toThrow(ValidationError);
  }, 60_000);

  it("pages through a small result to its end, with an exact total", async () => {
    const prisma = database.prisma;
    const all = await findInIssue(prisma, seed.issueId, { query: "平湖" });
    expect(all.totalCapped).toBe(false);
    expect(all.next).toBeNull();
    expect(all.total).toBe(all.matches.length);
    expect(all.articleCount).toBe(
      new Set(all.matches.map((m) => m.articleId)).size,
    );
    // Resuming after the third match gives exactly the rest.
    const rest = await findInIssue(prisma, seed.issueId, {
      query: "平湖",
      after: all.matches[2]!.id,
    });
    expect(rest.matches.map((m) => m.id)).toEqual(
      all.matches.slice(3).map((m) => m.id),
    );
  });

  it("gives the event loop back while it searches: a read started meanwhile answers first", async () => {
    const prisma = database.prisma;
    const order: string[] = [];
    // Giving back at every check (sliceMs 0) makes the order certain without timing anything.
    // On PGlite (one thread, one connection) this fails when the scan never gives back
    // (checked with sliceMs 1e9); on PostgreSQL the read's own connection may answer first anyway.
    const find = findInIssue(
      prisma,
      seed.issueId,
      { query: "，" },
      { sliceMs: 0 },
    ).then(() => order.push("find"));
    // Started after the search has its articles: the search is scanning the 1.3 M matches then.
    await new Promise((r) => setImmediate(r));
    let ticks = 0;
    const ticker = (async () => {
      while (!order.includes("find")) {
        await new Promise((r) => setImmediate(r));
        ticks++;
      }
    })();
    const read = prisma.issue
      .findFirst({ select: { id: true } })
      .then(() => order.push("read"));
    await Promise.all([find, read, ticker]);
    expect(order).toEqual(["read", "find"]);
    expect(ticks).toBeGreaterThan(10);
  }, 60_000);

  it("replaces a page of the matches and undoes it; refuses more than a run may take", async () => {
    const prisma = database.prisma;
    const page = await findInIssue(prisma, seed.issueId, { query: "，" });
    const inBig = page.matches.filter(
      (m) => m.articleId === bigId && m.field === "body",
    );
    const ticked = inBig.slice(0, 50);
    const result = await replaceInIssue(
      prisma,
      seed.issueId,
      { query: "，", replacement: "、", matchIds: ticked.map((m) => m.id) },
      seed.users.editor,
    );
    expect(result).toMatchObject({ replaced: 50, skipped: [] });
    const after = await storedArticle(prisma, bigId);
    const text = (
      after.snapshot.body.content[0] as { content: { text: string }[] }
    ).content[0]!.text;
    const start = ticked[0]!.offset;
    expect(text.slice(start, start + 50)).toBe("、".repeat(50));
    expect(text[start + 50]).toBe("，");
    expect(text).toHaveLength(COMMAS);

    // The same ids again: their version is gone, so they are skipped, not guessed at.
    const again = await replaceInIssue(
      prisma,
      seed.issueId,
      {
        query: "，",
        replacement: "、",
        matchIds: ticked.slice(0, 3).map((m) => m.id),
      },
      null,
    );
    expect(again).toMatchObject({ replaced: 0 });
    expect(again.skipped).toHaveLength(3);

    const undo = await undoReplaceBatch(
      prisma,
      seed.issueId,
      result.batchId,
      seed.users.editor,
    );
    expect(undo.restored).toEqual([
      { articleId: bigId, version: after.version + 1 },
    ]);
    const restored = await storedArticle(prisma, bigId);
    expect(
      (restored.snapshot.body.content[0] as { content: { text: string }[] })
        .content[0]!.text,
    ).toBe("，".repeat(COMMAS));

    const tooMany = Array.from(
      { length: REPLACE_MAX_MATCHES + 1 },
      (_, i) => `${bigId}:${restored.version}:body:1:${i}`,
    );
    await expect(
      replaceInIssue(
        prisma,
        seed.issueId,
        { query: "，", replacement: "、", matchIds: tooMany },
        null,
      ),
    ).rejects.toMatchObject({
      messageZh: expect.stringContaining("一次最多替换") as string,
    });
  }, 60_000);
});
