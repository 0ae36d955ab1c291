// Repair floods (issue 14, item 2): the largest flood of automatic repairs
// the limits allow (INPUT_LIMITS.maxRepairsPerPage on each page, up to
// INPUT_LIMITS.maxRepairs in all), posted to /api/import/commit of a real
// `next start` on each database, while a desk reads an article through
// GET /api/articles/:id every 50 ms (a new request each time, whether the
// last answered or not, as editors' requests arrive) and a monitor asks
// /api/health. Records the import's time, the server's peak memory, the
// read's p50/p99/max against the same read before the import, and how fast
// floods just over the limits are refused. Before the limits a 2 MiB page of
// "平,湖" (299,000 repairs) was a 500 and 820,000 repairs took 45 s with reads
// waiting 35 s. Run alone: npm run bench -- repair-flood
import fs from "node:fs";

import pg from "pg";

import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";
import { repairFloodPage } from "@/lib/testing/repair-flood";

import { ensureBuild } from "../scripts/lib/ensure-build";
import { rssMiB, startServer, stopServer } from "./hardening";

const ADMIN_URL =
  process.env.FOLIO_TEST_PG_ADMIN_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const READ_EVERY_MS = 50;
const SEED = "fixtures/pages/pinghu-2024-01-p1.md";

type Server = Awaited<ReturnType<typeof startServer>>;
type Files = { name: string; bytes: Uint8Array }[];

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0
  );
};
const ms = (x: number) => `${Math.round(x)} ms`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const count = (n: number) => n.toLocaleString("en-US");

/** Text pages of `perPage` repairs each (the last one the rest) until `total` repairs. */
function floodFiles(total: number, perPage: number): Files {
  const files: Files = [];
  for (let left = total, page = 1; left > 0; left -= perPage, page++) {
    files.push({
      name: `p${page}.md`,
      bytes: utf8(repairFloodPage(Math.min(left, perPage), `第${page}篇`)),
    });
  }
  return files;
}

const sizeMiB = (files: Files) =>
  (files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024).toFixed(2);

async function post(
  server: Server,
  files: Files,
  date: string,
): Promise<{
  status: number;
  ms: number;
  body: {
    summary?: { issueId: string; repairCount: number };
    error?: { message: string };
  };
}> {
  const form = new FormData();
  form.set("date", date);
  for (const f of files)
    form.append("files", new File([new Uint8Array(f.bytes)], f.name));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const t0 = performance.now();
  const res = await fetch(`${server.base}/api/import/commit`, {
    method: "POST",
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      origin: server.base,
      cookie: server.cookie,
    },
    body,
  });
  const answer = (await res.json()) as Awaited<ReturnType<typeof post>>["body"];
  return { status: res.status, ms: performance.now() - t0, body: answer };
}

/** One article read as the desk makes it; its latency. */
async function readArticle(server: Server, articleId: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${server.base}/api/articles/${articleId}`, {
    headers: { cookie: server.cookie },
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`article read: HTTP ${res.status}`);
  return performance.now() - t0;
}

/** Reads every READ_EVERY_MS (not waiting for the last) and asks health in turn until `stop` resolves. */
async function watch(
  server: Server,
  articleId: string,
  stop: Promise<unknown>,
) {
  let done = false;
  void stop.finally(() => (done = true));
  const reads: Promise<number>[] = [];
  const health: { ms: number; status: number; waitedMs: number }[] = [];
  const opener = (async () => {
    while (!done) {
      reads.push(readArticle(server, articleId));
      await new Promise((r) => setTimeout(r, READ_EVERY_MS));
    }
  })();
  const monitor = (async () => {
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${server.base}/api/health`);
      const body = (await res.json()) as { waitedMs?: number };
      health.push({
        ms: performance.now() - t0,
        status: res.status,
        waitedMs: body.waitedMs ?? 0,
      });
      await new Promise((r) => setTimeout(r, READ_EVERY_MS));
    }
  })();
  await Promise.all([opener, monitor]);
  return { reads: await Promise.all(reads), health };
}

async function measure(
  label: string,
  databaseUrl: string | undefined,
  port: number,
  report: (line: string) => void,
) {
  const server = await startServer({ url: databaseUrl }, port);
  try {
    const pid = server.child.pid!;
    // A running server has loaded its suggestion dictionary and compiled its queries long before: so does this one.
    const seed = await post(
      server,
      [{ name: "p01.md", bytes: new Uint8Array(fs.readFileSync(SEED)) }],
      "2030-12-31",
    );
    const issueId = seed.body.summary!.issueId;
    const board = (await (
      await fetch(`${server.base}/api/issues/${issueId}/layout`, {
        headers: { cookie: server.cookie },
      })
    ).json()) as { columns: { cards: { articleId: string }[] }[] };
    const articleId = board.columns[0]!.cards[0]!.articleId;

    // The same read with nothing else running: the baseline the flood's reads compare with.
    const idle: number[] = [];
    for (let i = 0; i < 40; i++) {
      idle.push(await readArticle(server, articleId));
      await new Promise((r) => setTimeout(r, READ_EVERY_MS));
    }

    const perPage = INPUT_LIMITS.maxRepairsPerPage - 1;
    const largest = floodFiles(INPUT_LIMITS.maxRepairs, perPage);
    const before = rssMiB(pid).now;
    const importing = post(server, largest, "2031-01-01");
    const seen = await watch(server, articleId, importing);
    const result = await importing;
    const peak = rssMiB(pid).peak;
    if (result.status !== 200)
      throw new Error(
        `the largest allowed flood was refused: ${result.status} ${result.body.error?.message}`,
      );
    const reads = seen.reads;
    const p99 = percentile(reads, 0.99);
    const statuses = [...new Set(seen.health.map((h) => h.status))]
      .map((s) => `${seen.health.filter((h) => h.status === s).length} × ${s}`)
      .join(", ");
    report(
      `largest repair flood the limits allow, ${label}: ${largest.length} text pages (${count(perPage)} repairs a page, ${count(result.body.summary!.repairCount)} in all, ${sizeMiB(largest)} MiB), HTTP ${result.status} in ${(result.ms / 1000).toFixed(1)} s; ` +
        `server RSS ${Math.round(before)} MiB before, peak ${Math.round(peak)} MiB; ` +
        `an article read (GET /api/articles/:id every ${READ_EVERY_MS} ms) during it p50 ${ms(percentile(reads, 0.5))}, p99 ${ms(p99)}, max ${ms(Math.max(...reads))} (${reads.length} reads) vs. idle p50 ${ms(percentile(idle, 0.5))}, p99 ${ms(percentile(idle, 0.99))} (p99 ×${(p99 / percentile(idle, 0.99)).toFixed(0)}); ` +
        `/api/health meanwhile ${statuses}, its read waited up to ${ms(Math.max(...seen.health.map((h) => h.waitedMs)))}`,
    );

    // Floods just over each limit, and the issue's 2 MiB page: refused after segmentation, before anything is stored.
    const over: [string, Files][] = [
      [
        `${count(INPUT_LIMITS.maxRepairs + 1)} repairs in ${Math.ceil((INPUT_LIMITS.maxRepairs + 1) / perPage)} pages (the import's limit + 1)`,
        floodFiles(INPUT_LIMITS.maxRepairs + 1, perPage),
      ],
      [
        `${count(INPUT_LIMITS.maxRepairsPerPage + 1)} repairs on one page (the page's limit + 1)`,
        floodFiles(
          INPUT_LIMITS.maxRepairsPerPage + 1,
          INPUT_LIMITS.maxRepairsPerPage + 1,
        ),
      ],
      [
        "299,000 repairs on one 2 MiB page (issue 14's 500)",
        floodFiles(299_000, 299_000),
      ],
    ];
    const refusals: string[] = [];
    for (const [i, [what, files]] of over.entries()) {
      const r = await post(server, files, `2031-02-0${i + 1}`);
      if (r.status !== 422)
        throw new Error(`${what}: expected a 422, got ${r.status}`);
      refusals.push(`${what}: HTTP ${r.status} after ${ms(r.ms)}`);
    }
    report(
      `repair floods over the limits, ${label}: ${refusals.join("; ")}; server RSS peak ${Math.round(rssMiB(pid).peak)} MiB`,
    );
  } finally {
    await stopServer(server);
  }
}

/** Both databases (PostgreSQL skipped, and said so, without a server at FOLIO_TEST_PG_ADMIN_URL). */
export async function benchRepairFlood(
  report: (line: string) => void,
): Promise<void> {
  await ensureBuild();
  await measure("embedded PGlite", undefined, 3250, report);
  const name = `folio_bench_flood_${process.pid}`;
  const admin = new pg.Client({
    connectionString: ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch {
    report(`repair flood on PostgreSQL: skipped, no server at ${ADMIN_URL}`);
    return;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    await measure(
      "PostgreSQL",
      Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString(),
      3251,
      report,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
