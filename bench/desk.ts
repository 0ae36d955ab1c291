// The correction desk's speed (issue 8): the save round trip with 10 editors
// saving one article at once, 100 saves each, and opening the editor for the
// longest seed article — on the embedded database (on disk, as npm start)
// and on a fresh PostgreSQL database. Targets: p95 save < 50 ms on
// PostgreSQL, 0 lost updates, p95 editor opening < 100 ms.
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { getArticleForEditor } from "@/lib/articles/get-article-for-editor";
import {
  articleContentSelect,
  snapshotOfArticle,
} from "@/lib/articles/read-snapshot";
import {
  saveRequestSchema,
  saveValidArticle,
} from "@/lib/articles/save-article";
import type { ArticleBlockNode } from "@/lib/articles/tiptap-schema";
import type { Database, Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { importDocument } from "@/lib/import/import-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { createStaff } from "@/lib/testing/create-staff";
import { SEED_PAGE, seedDesk } from "@/lib/testing/desk-test-seed";

import { onEmbedded, onPostgres } from "./bench-databases";

export interface SaveFigures {
  saves: number;
  saved: number;
  merged: number;
  conflicts: number;
  /** Landed saves whose change is not in the final text, or not counted in the version (must be 0). */
  lostUpdates: number;
  p50Ms: number;
  p95Ms: number;
}
export interface OpenFigures {
  runs: number;
  p50Ms: number;
  p95Ms: number;
}
export interface DeskDatabaseFigures {
  /**
   * Saves as the desk makes them since one tab holds an article (issue 13
   * item 2): 10 editors at once, each on an article of their own.
   */
  saveOwnArticles: SaveFigures;
  /** The same editors each saving once per AUTOSAVE_PERIOD_MS, as a busy desk does. */
  saveOwnArticlesPaced: SaveFigures;
  /** 10 editors saving one article at once (a stress case: since take-over, only server writes interleave), merged outside the article lock. */
  save: SaveFigures;
  /** The same load with the merge under the lock (before issue 13 item 8), for the ratio. */
  saveMergeUnderLock: SaveFigures;
  openEditor: OpenFigures;
}
export interface DeskBenchFigures {
  pglite: DeskDatabaseFigures;
  postgres: DeskDatabaseFigures | { error: string };
}

const EDITORS = 10;
const SAVES_PER_EDITOR = 100;
const OPEN_RUNS = 60;
/**
 * The desk saves 1.2 s after the last keystroke (components/articles/
 * use-article-autosave.ts); a quarter of that per editor is a desk where all
 * ten type without pause, four times over.
 */
const AUTOSAVE_PERIOD_MS = 300;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ??
    0
  );
};
const round = (x: number) => Math.round(x * 10) / 10;
const paragraph = (text: string): ArticleBlockNode => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});

async function benchDatabase(database: Database): Promise<DeskDatabaseFigures> {
  const prisma = database.prisma;
  await applyMigrations(database);
  const seed = await seedDesk(prisma);
  const longest = await prisma.article.findFirstOrThrow({
    orderBy: { wordCount: "desc" },
    select: { id: true },
  });
  const articleId = longest.id;

  // Opening the editor (diff input, repairs located, suggestions computed), on the imported article.
  for (let i = 0; i < 5; i++) await getArticleForEditor(prisma, articleId);
  const opens: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const t0 = performance.now();
    await getArticleForEditor(prisma, articleId);
    opens.push(performance.now() - t0);
  }

  const editors = await Promise.all(
    Array.from({ length: EDITORS }, async (_, i) => ({
      id: await createStaff(prisma, {
        email: `bench${i}@folio.test`,
        name: `编辑${i}`,
        role: "PAGE_EDITOR",
        publicationIds: [seed.publicationId],
      }),
    })),
  );
  // Before (merge under the article lock) and after (merge outside it), in one run on one article.
  const underLock = await benchSaves(prisma, articleId, editors, true);
  const outside = await benchSaves(prisma, articleId, editors, false);
  // A second issue of the same page gives every editor an article of their own.
  const doc = readOcrFiles(
    [
      {
        name: "pinghu-2024-01-p1.md",
        bytes: new Uint8Array(fs.readFileSync(SEED_PAGE)),
      },
    ],
    { page: 1, repair: true },
  );
  await importDocument(prisma, doc, {
    publicationId: seed.publicationId,
    date: "2024-01-04",
    importedById: null,
  });
  const own = await prisma.article.findMany({
    where: { mergedIntoId: null },
    orderBy: { id: "asc" },
    select: { id: true },
    take: EDITORS,
  });
  if (own.length < EDITORS)
    throw new Error(
      `The seed issues have ${own.length} articles; the benchmark needs one per editor.`,
    );
  const ownArticles = await benchOwnArticleSaves(
    prisma,
    own.map((a) => a.id),
    editors,
  );
  const paced = await benchOwnArticleSaves(
    prisma,
    own.map((a) => a.id),
    editors,
    AUTOSAVE_PERIOD_MS,
  );
  return {
    saveOwnArticles: ownArticles,
    saveOwnArticlesPaced: paced,
    save: outside,
    saveMergeUnderLock: underLock,
    openEditor: {
      runs: OPEN_RUNS,
      p50Ms: round(percentile(opens, 0.5)),
      p95Ms: round(percentile(opens, 0.95)),
    },
  };
}

/**
 * EDITORS editors × SAVES_PER_EDITOR saves at once, each editor on its own
 * article (as the desk's one-tab-writes rule makes it): back to back, or one
 * save every `periodMs` per editor, starting at staggered times.
 */
async function benchOwnArticleSaves(
  prisma: Db,
  articleIds: string[],
  editors: { id: string }[],
  periodMs?: number,
): Promise<SaveFigures> {
  const times: number[] = [];
  const outcomes = { saved: 0, merged: 0, conflict: 0 };
  let lostUpdates = 0;
  await Promise.all(
    editors.map(async (editor, e) => {
      const articleId = articleIds[e]!;
      const start = await prisma.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { ...articleContentSelect, version: true },
      });
      let version = start.version;
      let snapshot = snapshotOfArticle(start);
      let last = "";
      const startAt = performance.now() + ((periodMs ?? 0) * e) / EDITORS;
      for (let k = 0; k < SAVES_PER_EDITOR; k++) {
        if (periodMs !== undefined) {
          const wait = startAt + k * periodMs - performance.now();
          if (wait > 0) await sleep(wait);
        }
        last = `编辑${e}第${k}次修改${periodMs === undefined ? "丙" : "丁"}：${"校".repeat(20)}`;
        const content = [...snapshot.body.content];
        content[0] = paragraph(last);
        const t0 = performance.now();
        const save = saveRequestSchema.parse({
          baseVersion: version,
          snapshot: { ...snapshot, body: { type: "doc", content } },
          sessionId: `bench-own-${e}`,
        });
        const result = await saveValidArticle(prisma, {
          ...save,
          articleId,
          userId: editor.id,
        });
        times.push(performance.now() - t0);
        outcomes[result.status]++;
        if (result.status === "conflict")
          throw new Error("An editor alone on an article met a conflict.");
        version = result.version;
        snapshot = result.snapshot;
      }
      const final = await prisma.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { ...articleContentSelect, version: true },
      });
      const first = snapshotOfArticle(final).body.content[0]?.content ?? [];
      if (first.map((c) => (c.type === "text" ? c.text : "")).join("") !== last)
        lostUpdates++;
    }),
  );
  return {
    saves: times.length,
    saved: outcomes.saved,
    merged: outcomes.merged,
    conflicts: outcomes.conflict,
    lostUpdates,
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
  };
}

/** EDITORS editors × SAVES_PER_EDITOR saves at once on one article, each to its own paragraph. */
async function benchSaves(
  prisma: Db,
  articleId: string,
  editors: { id: string }[],
  mergeUnderLock: boolean,
): Promise<SaveFigures> {
  const start = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { ...articleContentSelect, version: true },
  });
  const startVersion = start.version;
  const blocks = snapshotOfArticle(start).body.content.length;
  if (blocks < EDITORS)
    throw new Error(
      `The longest seed article has ${blocks} paragraphs; the benchmark needs one per editor.`,
    );
  const times: number[] = [];
  const outcomes = { saved: 0, merged: 0, conflict: 0 };
  const lastLanded: (string | null)[] = Array.from(
    { length: EDITORS },
    () => null,
  );
  const tag = mergeUnderLock ? "甲" : "乙";
  await Promise.all(
    editors.map(async (editor, e) => {
      let version = start.version;
      let snapshot = snapshotOfArticle(start);
      // Each editor corrects its own paragraph: every save must land (saved or merged).
      const block = e;
      for (let k = 0; k < SAVES_PER_EDITOR; k++) {
        const text = `编辑${e}第${k}次修改${tag}：${"校".repeat(20)}`;
        const content = [...snapshot.body.content];
        content[block] = paragraph(text);
        const t0 = performance.now();
        const save = saveRequestSchema.parse({
          baseVersion: version,
          snapshot: { ...snapshot, body: { type: "doc", content } },
          sessionId: `bench-${e}`,
        });
        const result = await saveValidArticle(
          prisma,
          { ...save, articleId, userId: editor.id },
          { mergeUnderLock },
        );
        times.push(performance.now() - t0);
        outcomes[result.status]++;
        if (result.status === "conflict") {
          version = result.theirVersion;
          snapshot = result.theirs;
        } else {
          version = result.version;
          snapshot = result.snapshot;
          lastLanded[e] = text;
        }
      }
    }),
  );
  const final = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { ...articleContentSelect, version: true },
  });
  const finalBlocks = snapshotOfArticle(final).body.content;
  const blockText = (i: number) =>
    (finalBlocks[i]?.content ?? [])
      .map((c) => (c.type === "text" ? c.text : "\n"))
      .join("");
  const landed = outcomes.saved + outcomes.merged;
  // Every editor's last landed change is in the final text, and every landed save wrote one version.
  const missing = lastLanded.filter(
    (text, e) => text !== null && blockText(e) !== text,
  ).length;
  const lostUpdates =
    missing + Math.abs(landed - (final.version - startVersion));
  return {
    saves: times.length,
    saved: outcomes.saved,
    merged: outcomes.merged,
    conflicts: outcomes.conflict,
    lostUpdates,
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
  };
}

function describe(label: string, f: DeskDatabaseFigures): string[] {
  const line = (how: string, s: SaveFigures) =>
    `desk save (${how}), ${EDITORS} editors × ${SAVES_PER_EDITOR} saves on one article, ${label}: p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms server time; ${s.saved} saved, ${s.merged} merged, ${s.conflicts} conflicts reported, ${s.lostUpdates} lost updates`;
  const ratio = (a: number, b: number) =>
    b > 0 ? Math.round((a / b) * 100) / 100 : 0;
  const own = f.saveOwnArticles;
  const paced = f.saveOwnArticlesPaced;
  return [
    `desk save, ${EDITORS} editors × ${SAVES_PER_EDITOR} saves back to back, each on their own article (one tab writes an article), ${label}: p50 ${own.p50Ms} ms, p95 ${own.p95Ms} ms server time; ${own.saved} saved, ${own.lostUpdates} lost updates`,
    `desk save, ${EDITORS} editors × ${SAVES_PER_EDITOR} saves, each on their own article, one save per editor every ${AUTOSAVE_PERIOD_MS} ms, ${label}: p50 ${paced.p50Ms} ms, p95 ${paced.p95Ms} ms server time; ${paced.saved} saved, ${paced.lostUpdates} lost updates`,
    line("merge under the lock, before", f.saveMergeUnderLock),
    line("merge outside the lock", f.save),
    `desk save, ${label}: merge outside / under the lock = p50 ×${ratio(f.save.p50Ms, f.saveMergeUnderLock.p50Ms)}, p95 ×${ratio(f.save.p95Ms, f.saveMergeUnderLock.p95Ms)}`,
    `desk editor opening (longest seed article), ${label}: p50 ${f.openEditor.p50Ms} ms, p95 ${f.openEditor.p95Ms} ms (${f.openEditor.runs} runs)`,
  ];
}

/** Runs the desk benchmarks on both databases, prints one line per figure and returns them. */
export async function benchDesk(
  report: (line: string) => void = console.log,
): Promise<DeskBenchFigures> {
  const pglite = await onEmbedded("desk", benchDatabase);
  for (const line of describe("embedded PGlite (on disk)", pglite))
    report(line);
  let postgres: DeskBenchFigures["postgres"];
  try {
    postgres = await onPostgres("desk", benchDatabase);
    for (const line of describe("PostgreSQL 127.0.0.1", postgres)) report(line);
  } catch (e) {
    postgres = { error: (e as Error).message };
    report(`desk benchmarks on PostgreSQL skipped: ${postgres.error}`);
  }
  return { pglite, postgres };
}

// `npx tsx --conditions=react-server bench/desk.ts` runs only these.
if (
  process.argv[1] &&
  import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href
) {
  benchDesk().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
