// Hardening figures (issue 7, §2): the largest import the limits allow, sent
// to a real `next start` server on each database while two clients ask
// /api/health, each every 20 ms. Target: health p99 < 200 ms during the import,
// and the server's peak memory. Needs a build (npm run bench builds when the
// sources changed) and, for the PostgreSQL run, a server at
// FOLIO_TEST_PG_ADMIN_URL.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { INPUT_LIMITS } from "@/lib/ocr/input/input-limits";

import { ensureBuild } from "../scripts/lib/ensure-build";

export interface HardeningRun {
  database: "pglite" | "postgres";
  input: string;
  status: number;
  articles: number | null;
  importMs: number;
  healthSamples: number;
  healthP50Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
}

export interface HardeningFigures {
  runs: HardeningRun[];
  skipped: string[];
}

const ADMIN_URL =
  process.env.FOLIO_TEST_PG_ADMIN_URL ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "bench-admin-password";
const HEALTH_EVERY_MS = 20;
const SEED = "fixtures/pages/pinghu-2024-01-p1.md";

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0
  );
};
const round = (x: number) => Math.round(x);

interface Upload {
  label: string;
  files: { name: string; bytes: Uint8Array }[];
}

/** A broadsheet ALTO page in Chinese, ABBYY-style (eight attributes a String), of at most `bytes` (UTF-8). */
function altoPage(page: number, bytes: number): Uint8Array {
  const words =
    "平湖 经济 技术 开发区 持续 深化 共富 工坊 建设 带动 周边 农户 就业 增收 ， 全年 实现 工业 产值 一千 亿元 。".split(
      " ",
    );
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles><TextStyle ID="TS1" FONTSIZE="9"/><TextStyle ID="TS2" FONTSIZE="16"/></Styles>`,
    `<Layout><Page ID="P${page}" PHYSICAL_IMG_NR="${page}" PRINTED_IMG_NR="${page}" HEIGHT="9000" WIDTH="6500"><PrintSpace>`,
  ];
  let size = Buffer.byteLength(out.join(""));
  let w = 0;
  for (let b = 0; size < bytes - 2000; b++) {
    const [x, y] = [200 + (b % 5) * 1250, 300 + Math.floor(b / 5) * 600];
    const block: string[] = [];
    if (b % 6 === 0) {
      // A headline of its own: a larger font on taller lines starts an article (lib/ocr/alto-block-hints.ts).
      block.push(
        `<TextBlock ID="H${b}" HPOS="${x}" VPOS="${y - 100}" WIDTH="1180" HEIGHT="90" STYLEREFS="TS2"><TextLine ID="H${b}L" HPOS="${x}" VPOS="${y - 100}" WIDTH="1180" HEIGHT="80"><String ID="H${b}S" HPOS="${x}" VPOS="${y - 100}" WIDTH="900" HEIGHT="80" STYLEREFS="TS2" CONTENT="第${page}版第${b / 6 + 1}条新闻标题"/></TextLine></TextBlock>`,
      );
    }
    block.push(
      `<TextBlock ID="B${b}" HPOS="${x}" VPOS="${y}" WIDTH="1180" HEIGHT="560" STYLEREFS="TS1">`,
    );
    for (let l = 0; l < 12; l++) {
      const ly = y + l * 46;
      block.push(
        `<TextLine ID="B${b}L${l}" HPOS="${x}" VPOS="${ly}" WIDTH="1180" HEIGHT="40">`,
      );
      for (let k = 0; k < 8; k++, w++) {
        block.push(
          `<String ID="B${b}L${l}S${k}" HPOS="${x + k * 140}" VPOS="${ly}" WIDTH="120" HEIGHT="40" WC="0.9${w % 10}" CC="0${w % 10}" STYLEREFS="TS1" CONTENT="${words[w % words.length]}"/>`,
        );
        if (k < 7) block.push(`<SP WIDTH="14"/>`);
      }
      block.push("</TextLine>");
    }
    block.push("</TextBlock>");
    const text = block.join("");
    size += Buffer.byteLength(text) + 1;
    out.push(text);
  }
  out.push("</PrintSpace></Page></Layout></alto>");
  return new TextEncoder().encode(out.join("\n"));
}

/** The largest uploads the limits allow: ALTO filling the total, and text pages up to the article cap. */
function largestUploads(): Upload[] {
  const alto: Upload["files"] = [];
  let total = 0;
  for (let page = 1; total + 64 * 1024 < INPUT_LIMITS.maxTotalBytes; page++) {
    const size =
      Math.min(INPUT_LIMITS.maxFileBytes, INPUT_LIMITS.maxTotalBytes - total) -
      64 * 1024;
    const bytes = altoPage(page, size);
    alto.push({ name: `${String(page).padStart(4, "0")}.xml`, bytes });
    total += bytes.length;
  }
  const seed = fs.readFileSync(SEED, "utf8");
  const perSeed = (seed.match(/^## /gm) ?? []).length;
  const copies = Math.floor(INPUT_LIMITS.maxArticles / perSeed);
  const pages = 16;
  const text: Upload["files"] = Array.from({ length: pages }, (_, p) => {
    const mine = Array.from({ length: copies }, (_, c) => c).filter(
      (c) => c % pages === p,
    );
    const body = mine
      .map((c) =>
        seed.replace(/^## (.*)$/gm, (_m, h: string) => `## ${h}（${c + 1}）`),
      )
      .join("\n\n");
    return {
      name: `p${String(p + 1).padStart(2, "0")}.md`,
      bytes: new TextEncoder().encode(body),
    };
  });
  const mib = (files: Upload["files"]) =>
    (files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024).toFixed(1);
  return [
    {
      label: `ALTO, ${alto.length} pages, ${mib(alto)} MiB (the total limit)`,
      files: alto,
    },
    {
      label: `text, ${pages} pages, ${mib(text)} MiB, ${copies * perSeed} articles (the article limit)`,
      files: text,
    },
  ];
}

export function rssMiB(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) =>
    Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

/** A `next start` server on a fresh database, signed in as its admin. */
export async function startServer(
  database: { url?: string },
  port: number,
): Promise<{
  base: string;
  cookie: string;
  child: ChildProcess;
  dataDir: string;
}> {
  const dataDir = fs.mkdtempSync(
    path.join(os.tmpdir(), "folio-bench-hardening-"),
  );
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: "",
    FOLIO_DATA_DIR: dataDir,
    FOLIO_ADMIN_PASSWORD: PASSWORD,
    FOLIO_DEMO: "false",
    NEXTAUTH_SECRET: "bench-secret",
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  if (database.url) env.DATABASE_URL = database.url;
  const child = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    { env, stdio: ["ignore", "ignore", "inherit"] },
  );
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: base,
      cookie: cookie(),
    },
    body: new URLSearchParams({
      csrfToken,
      email: "admin@folio.local",
      password: PASSWORD,
      json: "true",
    }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.endsWith("session-token")))
    throw new Error(`sign-in failed: ${signIn.status}`);
  return { base, cookie: cookie(), child, dataDir };
}

/** POSTs the upload to /api/import/commit while sampling /api/health; the server's memory before and at its peak. */
async function importUnderWatch(
  server: { base: string; cookie: string; child: ChildProcess },
  upload: Upload,
  date: string,
) {
  const form = new FormData();
  form.set("date", date);
  for (const f of upload.files)
    form.append("files", new File([new Uint8Array(f.bytes)], f.name));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const pid = server.child.pid!;
  const before = rssMiB(pid).now;
  let done = false;
  const samples: number[] = [];
  // Two desks asking in turn, as a monitor and an editor's page would.
  const sample = async () => {
    while (!done) {
      const t0 = performance.now();
      await fetch(`${server.base}/api/health`).then((r) => r.arrayBuffer());
      samples.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
    }
  };
  const sampler = Promise.all([sample(), sample()]);
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
  const answer = (await res.json()) as {
    summary?: { articleCount: number };
    error?: { message: string };
  };
  const importMs = performance.now() - t0;
  done = true;
  await sampler;
  if (!res.ok)
    console.error(`  import refused: ${res.status} ${answer.error?.message}`);
  return {
    status: res.status,
    articles: answer.summary?.articleCount ?? null,
    importMs,
    samples,
    before,
    peak: rssMiB(pid).peak,
  };
}

export async function stopServer(server: {
  child: ChildProcess;
  dataDir: string;
}) {
  server.child.kill("SIGTERM");
  await new Promise((r) => server.child.once("exit", r));
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

async function runOn(
  database: HardeningRun["database"],
  url: string | undefined,
  port: number,
  uploads: Upload[],
  report: (line: string) => void,
): Promise<HardeningRun[]> {
  const runs: HardeningRun[] = [];
  for (const [i, upload] of uploads.entries()) {
    // A fresh server per upload: each peak is that import's own.
    const server = await startServer({ url }, port);
    try {
      // A running server has loaded its suggestion dictionary (~0.5 s, once per process) long before: so does this one.
      const seed = {
        label: "seed page",
        files: [
          { name: "p01.md", bytes: new Uint8Array(fs.readFileSync(SEED)) },
        ],
      };
      await importUnderWatch(server, seed, "2030-12-31");
      const r = await importUnderWatch(
        server,
        upload,
        `2031-01-${String(i + 1).padStart(2, "0")}`,
      );
      const run: HardeningRun = {
        database,
        input: upload.label,
        status: r.status,
        articles: r.articles,
        importMs: round(r.importMs),
        healthSamples: r.samples.length,
        healthP50Ms: round(percentile(r.samples, 0.5)),
        healthP99Ms: round(percentile(r.samples, 0.99)),
        healthMaxMs: round(Math.max(...r.samples)),
        rssBeforeMiB: round(r.before),
        peakRssMiB: round(r.peak),
      };
      runs.push(run);
      report(
        `largest import, ${run.input}, ${database === "pglite" ? "embedded PGlite" : "PostgreSQL"}: HTTP ${run.status}, ${run.articles ?? "—"} articles in ${(run.importMs / 1000).toFixed(1)} s; /api/health during it p50 ${run.healthP50Ms} ms, p99 ${run.healthP99Ms} ms, max ${run.healthMaxMs} ms (${run.healthSamples} samples, target p99 < 200 ms); server RSS ${run.rssBeforeMiB} MiB before, peak ${run.peakRssMiB} MiB`,
      );
    } finally {
      await stopServer(server);
    }
  }
  return runs;
}

/**
 * Measures the largest allowed imports against `next start` on the
 * embedded database and on PostgreSQL (skipped, and said so, without a
 * server); prints one line per run through `report` and returns the figures.
 */
export async function benchHardening(
  report: (line: string) => void,
): Promise<HardeningFigures> {
  await ensureBuild();
  const uploads = largestUploads();
  const figures: HardeningFigures = { runs: [], skipped: [] };
  figures.runs.push(
    ...(await runOn("pglite", undefined, 3190, uploads, report)),
  );
  const name = `folio_bench_hardening_${process.pid}`;
  const admin = new pg.Client({
    connectionString: ADMIN_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch (e) {
    figures.skipped.push(
      `PostgreSQL: no server at ${ADMIN_URL} (${(e as Error).message})`,
    );
    report(`largest import on PostgreSQL: skipped, no server at ${ADMIN_URL}`);
    return figures;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    for (const [i] of uploads.entries()) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}_${i}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}_${i}"`);
    }
    const url = (i: number) =>
      Object.assign(new URL(ADMIN_URL), {
        pathname: `/${name}_${i}`,
      }).toString();
    for (const [i, upload] of uploads.entries())
      figures.runs.push(
        ...(await runOn("postgres", url(i), 3191, [upload], report)),
      );
  } finally {
    for (const [i] of uploads.entries())
      await admin.query(`DROP DATABASE IF EXISTS "${name}_${i}" WITH (FORCE)`);
    await admin.end();
  }
  return figures;
}
