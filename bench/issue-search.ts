// Issue search over the worst article the limits allow (issue 14 item 1): 13
// paragraphs of 100,000 "，" (3.9 MB, 1.3 M matches), on each database, while
// a stand-in for /api/health reads the database every 20 ms in the same
// process. Figures: time and response bytes of the first and a following
// page, the health read's p99 (from when it was due, so a held event loop
// shows), and the process's RSS; and, for the ratio, the search before the
// bound (every match with context) against after on one paragraph.
import path from "node:path";

import { findMatches } from "@/lib/articles/find/find-matches";
import {
  articleContentSelect,
  snapshotOfArticle,
} from "@/lib/articles/read-snapshot";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database, Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { findInIssue, type FindResult } from "@/lib/issues/find-in-issue";
import { seedDesk } from "@/lib/testing/desk-test-seed";

import { onEmbedded, onPostgres } from "./bench-databases";

const HEALTH_EVERY_MS = 20;
const ROUNDS = 5;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0
  );
};
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const paragraphs = (n: number) => ({
  type: "doc" as const,
  content: Array.from({ length: n }, () => ({
    type: "paragraph" as const,
    content: [{ type: "text" as const, text: "，".repeat(100_000) }],
  })),
});

/** Runs `work` while a database read is due every HEALTH_EVERY_MS; latencies are from when each was due. */
async function underHealthReads<T>(prisma: Db, work: () => Promise<T>) {
  const latencies: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let stop = false;
  let finished = Infinity;
  const t0 = performance.now();
  const loop = (async () => {
    for (let i = 1; !stop; i++) {
      const due = t0 + i * HEALTH_EVERY_MS;
      await new Promise((r) =>
        setTimeout(r, Math.max(0, due - performance.now())),
      );
      // A read that came due during the work is measured even when the work has ended: a held loop shows.
      if (stop && due > finished) break;
      await prisma.issue.findFirst({ select: { id: true } });
      latencies.push(performance.now() - due);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  })();
  const started = performance.now();
  const result = await work();
  finished = performance.now();
  const ms = finished - started;
  stop = true;
  await loop;
  return { result, ms, latencies, peakRss };
}

async function benchDatabase(
  label: string,
  database: Database,
  report: (line: string) => void,
) {
  await applyMigrations(database);
  const prisma = database.prisma;
  const seed = await seedDesk(prisma);
  const articleId = seed.articleIds[0]!;
  const row = await prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { ...articleContentSelect, version: true },
  });
  const saved = await saveArticle(prisma, {
    articleId,
    baseVersion: row.version,
    snapshot: { ...snapshotOfArticle(row), body: paragraphs(13) },
    userId: null,
    sessionId: "bench",
  });
  if (saved.status === "conflict") throw new Error("bench article not saved");
  await findInIssue(prisma, seed.issueId, { query: "平湖" }); // warms the query compiler
  const rssBefore = process.memoryUsage().rss;
  const firsts: Awaited<ReturnType<typeof underHealthReads<FindResult>>>[] = [];
  const nexts: typeof firsts = [];
  for (let r = 0; r < ROUNDS; r++) {
    const first = await underHealthReads(prisma, () =>
      findInIssue(prisma, seed.issueId, { query: "，" }),
    );
    firsts.push(first);
    nexts.push(
      await underHealthReads(prisma, () =>
        findInIssue(prisma, seed.issueId, {
          query: "，",
          after: first.result.next!,
        }),
      ),
    );
  }
  const latencies = [...firsts, ...nexts].flatMap((x) => x.latencies);
  const bytes = (r: unknown) => Buffer.byteLength(JSON.stringify(r));
  const median = (xs: number[]) => percentile(xs, 0.5).toFixed(0);
  const r = firsts[0]!.result;
  report(
    `issue search "，" over 13 × 100,000 "，" (1.3 M matches), ${label}: first page ${r.matches.length} matches, total ${r.total}${r.totalCapped ? "+" : ""}, median ${median(firsts.map((x) => x.ms))} ms, ${(bytes(r) / 1024).toFixed(1)} KiB; next page median ${median(nexts.map((x) => x.ms))} ms, ${(bytes(nexts[0]!.result) / 1024).toFixed(1)} KiB (${ROUNDS} rounds); health read during them p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (${latencies.length} samples); RSS ${mib(rssBefore)} MiB before, peak ${mib(Math.max(...[...firsts, ...nexts].map((x) => x.peakRss)))} MiB`,
  );
}

/** The old search (every match with context, one JSON answer) against the bounded one, on one paragraph. */
async function beforeAfter(report: (line: string) => void) {
  await onEmbedded("find", async (database) => {
    await applyMigrations(database);
    const prisma = database.prisma;
    const seed = await seedDesk(prisma);
    const articleId = seed.articleIds[0]!;
    const row = await prisma.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { ...articleContentSelect, version: true },
    });
    const snapshot = { ...snapshotOfArticle(row), body: paragraphs(1) };
    await saveArticle(prisma, {
      articleId,
      baseVersion: row.version,
      snapshot,
      userId: null,
      sessionId: "bench",
    });
    await findInIssue(prisma, seed.issueId, { query: "平湖" });
    const old = await underHealthReads(
      prisma,
      async () =>
        JSON.stringify({ matches: findMatches(snapshot, "，") }).length,
    );
    const now = await underHealthReads(
      prisma,
      async () =>
        JSON.stringify(await findInIssue(prisma, seed.issueId, { query: "，" }))
          .length,
    );
    const ratio = (a: number, b: number) =>
      b > 0 ? (a / b).toPrecision(2) : "—";
    report(
      `issue search "，" over one paragraph of 100,000 "，", embedded PGlite: before (every match) ${old.ms.toFixed(0)} ms, ${mib(old.result)} MiB, health p99 ${percentile(old.latencies, 0.99).toFixed(0)} ms; after (one page) ${now.ms.toFixed(0)} ms, ${(now.result / 1024).toFixed(1)} KiB, health p99 ${percentile(now.latencies, 0.99).toFixed(0)} ms; after/before time ×${ratio(now.ms, old.ms)}, bytes ×${ratio(now.result, old.result)}`,
    );
  });
}

/** Runs the issue search benchmarks on both databases, one line per figure. */
export async function benchIssueSearch(
  report: (line: string) => void = console.log,
): Promise<void> {
  await beforeAfter(report);
  await onEmbedded("find", (database) =>
    benchDatabase("embedded PGlite (on disk)", database, report),
  );
  try {
    await onPostgres("find", (database) =>
      benchDatabase("PostgreSQL 127.0.0.1", database, report),
    );
  } catch (e) {
    report(`issue search on PostgreSQL skipped: ${(e as Error).message}`);
  }
}

// `npx tsx --conditions=react-server bench/issue-search.ts` runs only these.
if (
  process.argv[1] &&
  import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href
) {
  benchIssueSearch().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
