// Saving on both databases: optimistic concurrency, three-way merge, no lost
// update under concurrent editors, coalesced autosaves, verdicts on repairs.
import { beforeEach, describe, expect, it } from "vitest";

import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  blockText,
  storedArticle,
  withBlockText,
} from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import type { ArticleSnapshot } from "./article-snapshot";
import { rejectRepair } from "./repairs/review-repair";
import { saveArticle, type SaveResult } from "./save-article";

const HEADLINE = "嘉兴市政协主席陈利众来平走访政协委员";

function landed(result: SaveResult) {
  if (result.status === "conflict")
    throw new Error(
      `expected a save, got a conflict on ${JSON.stringify(result.conflicts)}`,
    );
  return result;
}

describe(`saveArticle (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let articleId: string;
  const save = (
    snapshot: ArticleSnapshot,
    baseVersion: number,
    extra: Partial<Parameters<typeof saveArticle>[1]> = {},
  ) =>
    saveArticle(database.prisma, {
      articleId,
      baseVersion,
      snapshot,
      userId: seed.users.editor,
      sessionId: "tab-1",
      ...extra,
    });

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    articleId = seed.byHeadline.get(HEADLINE)!;
  });

  it("stores a save from the current version with derived text, count, bylines and a revision", async () => {
    const { snapshot } = await storedArticle(database.prisma, articleId);
    const edited = {
      ...withBlockText(snapshot, 0, "本报讯 昨天下午，嘉兴市政协主席来平。"),
      headline: "陈利众来平走访政协委员",
      bylines: [
        { role: "REPORTER" as const, label: "记者", name: "荣怡婷" },
        { role: "CORRESPONDENT" as const, label: "通讯员", name: "新来的" },
      ],
    };
    const result = landed(await save(edited, 1, { reason: "save" }));
    expect(result).toMatchObject({ status: "saved", version: 2 });
    const stored = await storedArticle(database.prisma, articleId);
    expect(stored.snapshot).toEqual(edited);
    expect(stored.version).toBe(2);
    expect(
      stored.bodyText.startsWith("本报讯 昨天下午，嘉兴市政协主席来平。\n\n"),
    ).toBe(true);
    expect(stored.wordCount).toBe(
      [...stored.bodyText].filter((c) => !/\s/.test(c)).length,
    );
    // The new name became a contributor of the publication.
    expect(
      await database.prisma.contributor.count({
        where: { publicationId: seed.publicationId, name: "新来的" },
      }),
    ).toBe(1);
    const revision = await database.prisma.revision.findUniqueOrThrow({
      where: { articleId_version: { articleId, version: 2 } },
    });
    expect(revision).toMatchObject({
      reason: "save",
      authorId: seed.users.editor,
      superseded: false,
    });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityId: articleId, action: "article.save" },
      }),
    ).toBe(1);
  });

  it("moves an article from 待校 to 校对中 on an editor's first change, never back", async () => {
    const { snapshot } = await storedArticle(database.prisma, articleId);
    const status = async () =>
      (
        await database.prisma.article.findUniqueOrThrow({
          where: { id: articleId },
        })
      ).status;
    expect(await status()).toBe("IMPORTED");
    landed(await save(withBlockText(snapshot, 0, "第一处改动。"), 1));
    expect(await status()).toBe("EDITING");
    await database.prisma.article.update({
      where: { id: articleId },
      data: { status: "PROOFREAD" },
    });
    landed(await save(withBlockText(snapshot, 0, "第二处改动。"), 2));
    expect(await status()).toBe("PROOFREAD");
  });

  it("merges two editors' changes to different paragraphs and tells the second what was merged", async () => {
    const { snapshot: base } = await storedArticle(database.prisma, articleId);
    const theirs = withBlockText(base, 1, "他们改了第二段。");
    const mine = {
      ...withBlockText(base, 3, "我改了第四段。"),
      deck: "新的副题",
    };
    landed(
      await save(theirs, 1, { userId: seed.users.other, sessionId: "tab-2" }),
    );
    const result = landed(await save(mine, 1));
    expect(result.status).toBe("merged");
    expect(result.version).toBe(3);
    expect(result.changes?.length).toBeGreaterThan(0);
    const stored = await storedArticle(database.prisma, articleId);
    expect(blockText(stored.snapshot, 1)).toBe("他们改了第二段。");
    expect(blockText(stored.snapshot, 3)).toBe("我改了第四段。");
    expect(stored.snapshot.deck).toBe("新的副题");
    expect(result.snapshot).toEqual(stored.snapshot);
  });

  it("refuses a change to the same sentence, stores nothing, and keeps both sides", async () => {
    const { snapshot: base } = await storedArticle(database.prisma, articleId);
    const sentence = blockText(base, 2);
    const theirs = withBlockText(base, 2, sentence.replace("随后", "接着"));
    const mine = withBlockText(base, 2, sentence.replace("随后", "然后"));
    landed(
      await save(theirs, 1, { userId: seed.users.other, sessionId: "tab-2" }),
    );
    const result = await save(mine, 1);
    expect(result.status).toBe("conflict");
    if (result.status !== "conflict") return;
    expect(result.theirVersion).toBe(2);
    expect(blockText(result.theirs, 2)).toContain("接着");
    expect(result.base).toEqual(base);
    expect(result.conflicts.length).toBeGreaterThan(0);
    const stored = await storedArticle(database.prisma, articleId);
    expect(stored.version).toBe(2);
    expect(blockText(stored.snapshot, 2)).toContain("接着");
    expect(await database.prisma.revision.count({ where: { articleId } })).toBe(
      2,
    );
    // Choosing mine and saving on their version lands it; theirs stays in the history.
    const resolved = landed(
      await save(mine, result.theirVersion, { reason: "conflict.resolve" }),
    );
    expect(blockText(resolved.snapshot, 2)).toContain("然后");
    const history = await database.prisma.revision.findMany({
      where: { articleId },
      orderBy: { version: "asc" },
    });
    expect(history.map((r) => r.reason)).toEqual([
      "import",
      "autosave",
      "conflict.resolve",
    ]);
  });

  it("loses no update with 10 editors saving 20 times each at once", async () => {
    const { snapshot: start } = await storedArticle(database.prisma, articleId);
    // Twelve paragraphs: one for each editor.
    let prepared = start;
    for (let i = 0; i < 12; i++)
      prepared = withBlockText(prepared, i, `第${i}段原文。`);
    const setup = landed(await save(prepared, 1, { reason: "save" }));
    const outcomes = { saved: 0, merged: 0, conflict: 0 };
    const lastLanded: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, editor) => {
        let version = setup.version;
        let snapshot = setup.snapshot;
        for (let k = 0; k < 20; k++) {
          const text = `第${editor}段，第${k}次修改。`;
          const result = await save(
            withBlockText(snapshot, editor, text),
            version,
            { sessionId: `tab-${editor}` },
          );
          outcomes[result.status]++;
          if (result.status === "conflict") {
            version = result.theirVersion;
            snapshot = result.theirs;
          } else {
            version = result.version;
            snapshot = result.snapshot;
            lastLanded[editor] = text;
          }
        }
      }),
    );
    expect(outcomes.saved + outcomes.merged + outcomes.conflict).toBe(200);
    expect(outcomes.conflict).toBe(0);
    const stored = await storedArticle(database.prisma, articleId);
    expect(stored.version).toBe(setup.version + 200);
    for (let editor = 0; editor < 10; editor++)
      expect(blockText(stored.snapshot, editor)).toBe(lastLanded[editor]);
    expect(blockText(stored.snapshot, 11)).toBe("第11段原文。");
    expect(await database.prisma.revision.count({ where: { articleId } })).toBe(
      setup.version + 200,
    );
  });

  it("coalesces one author's autosaves within a minute, not across authors or reasons", async () => {
    const { snapshot } = await storedArticle(database.prisma, articleId);
    const a = landed(await save(withBlockText(snapshot, 0, "一"), 1));
    const b = landed(
      await save(withBlockText(a.snapshot, 0, "一二"), a.version),
    );
    // An autosave's predecessor by the same author within a minute is hidden.
    const revisions = async () =>
      (
        await database.prisma.revision.findMany({
          where: { articleId },
          orderBy: { version: "asc" },
        })
      ).map((r) => [r.version, r.reason, r.superseded]);
    expect(await revisions()).toEqual([
      [1, "import", false],
      [2, "autosave", true],
      [3, "autosave", false],
    ]);
    // Someone else's autosave in between: no coalescing across authors.
    const c = landed(
      await save(withBlockText(b.snapshot, 1, "别人"), b.version, {
        userId: seed.users.other,
      }),
    );
    const d = landed(
      await save(withBlockText(c.snapshot, 0, "一二三"), c.version),
    );
    // More than a minute later: a new entry.
    await database.prisma.revision.update({
      where: { articleId_version: { articleId, version: d.version } },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    const e = landed(
      await save(withBlockText(d.snapshot, 0, "一二三四"), d.version),
    );
    // A save with another reason is never coalesced into.
    landed(
      await save(withBlockText(e.snapshot, 0, "五"), e.version, {
        reason: "suggestion.accept",
      }),
    );
    expect((await revisions()).slice(3)).toEqual([
      [4, "autosave", false],
      [5, "autosave", false],
      [6, "autosave", false],
      [7, "suggestion.accept", false],
    ]);
    // A coalesced revision still serves as a merge base.
    const late = landed(
      await save(withBlockText(a.snapshot, 5, "基于第2版"), 2, {
        userId: seed.users.other,
      }),
    );
    expect(late.status).toBe("merged");
    expect(blockText(late.snapshot, 0)).toBe("五");
  });

  it("refuses malformed content and stores nothing", async () => {
    const { snapshot } = await storedArticle(database.prisma, articleId);
    const bad = [
      {
        ...snapshot,
        body: { type: "doc", content: [{ type: "script", content: [] }] },
      },
      {
        ...snapshot,
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "<b>x</b>", marks: [{ type: "link" }] },
              ],
            },
          ],
        },
      },
      { ...snapshot, headline: "两\n行" },
      { ...snapshot, extra: 1 },
      { ...snapshot, bylines: [{ role: "BOSS", label: "x", name: "y" }] },
    ];
    for (const snap of bad) {
      await expect(save(snap as unknown as ArticleSnapshot, 1)).rejects.toThrow(
        ValidationError,
      );
    }
    await expect(save(snapshot, 0)).rejects.toThrow(ValidationError);
    await expect(save(snapshot, 9)).rejects.toThrow(ConflictError);
    const stored = await storedArticle(database.prisma, articleId);
    expect(stored.version).toBe(1);
    expect(stored.snapshot).toEqual(snapshot);
    expect(await database.prisma.revision.count({ where: { articleId } })).toBe(
      1,
    );
  });

  it("rejects a repair: the original characters come back with the verdict, in one save", async () => {
    const repair = await database.prisma.repair.findFirstOrThrow({
      where: { kind: "PUNCTUATION", article: { issueId: seed.issueId } },
    });
    articleId = repair.articleId;
    const { snapshot } = await storedArticle(database.prisma, articleId);
    const rejected = rejectRepair(snapshot, repair)!;
    expect(rejected).not.toBeNull();
    const result = landed(
      await save(rejected, 1, {
        reason: "repair.reject",
        repairDecisions: [{ repairId: repair.id, status: "REJECTED" }],
      }),
    );
    const stored = await storedArticle(database.prisma, articleId);
    expect(stored.bodyText).toContain(repair.original);
    expect(result.repairs.find((r) => r.id === repair.id)).toMatchObject({
      status: "REJECTED",
      reviewedBy: "editor",
    });
    // A verdict on another article's repair stores nothing.
    const foreign = await database.prisma.repair.findFirstOrThrow({
      where: { articleId: { not: articleId } },
    });
    await expect(
      save(withBlockText(result.snapshot, 0, "改"), result.version, {
        repairDecisions: [{ repairId: foreign.id, status: "ACCEPTED" }],
      }),
    ).rejects.toThrow(ValidationError);
    expect((await storedArticle(database.prisma, articleId)).version).toBe(
      result.version,
    );
  });
});
