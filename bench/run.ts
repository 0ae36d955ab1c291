// `npm run bench`: importer speed and memory. Prints the figures and records
// them, with the machine, in BENCHMARKS.md. Targets (issue 3): ≥ 500
// seed-size pages/s segmentation on one core, memory flat in the number of
// pages, a 16-page issue imported (parse + database) in under 1 s on both
// databases.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { XMLParser, XMLValidator } from "fast-xml-parser";
import pg from "pg";

import { openDatabase, type Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { importDocument } from "@/lib/import/import-document";
import { parseXml } from "@/lib/ocr/parse-xml";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { segmentTextPage } from "@/lib/ocr/segment-text-page";

const SEED = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md");
const SEED_TEXT = SEED.toString("utf8");
const ADMIN_URL = process.env.FOLIO_TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const lines: string[] = [];
const report = (line: string) => {
  console.log(line);
  lines.push(line);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function segmentationThroughput() {
  for (let i = 0; i < 200; i++) segmentTextPage(SEED_TEXT, { page: 1, repair: true }); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const n = 1000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) segmentTextPage(SEED_TEXT, { page: 1, repair: true });
    runs.push(n / ((performance.now() - t0) / 1000));
  }
  report(`segmentation (text → articles + repairs): ${median(runs).toFixed(0)} pages/s (median of 5 × 1000, one core)`);
  const files = [{ name: "p1.md", bytes: new Uint8Array(SEED) }];
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) readOcrFiles(files, { page: 1, repair: true });
  report(`full read (detect + decode + checksum + segment): ${(1000 / ((performance.now() - t0) / 1000)).toFixed(0)} pages/s`);
}

function memoryFlatness() {
  const heaps: string[] = [];
  let done = 0;
  for (const target of [1000, 5000, 20000]) {
    for (; done < target; done++) segmentTextPage(SEED_TEXT, { page: 1, repair: true });
    gc();
    heaps.push(`${target} pages: heap ${mib(process.memoryUsage().heapUsed)} MiB`);
  }
  report(`memory after segmenting (GC'd): ${heaps.join("; ")}; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
}

/** A broadsheet-sized ALTO v4 page: 2,400 lines of 12 words with coordinates and confidences. */
function largeAlto(): string {
  const words = "平湖 经济 技术 开发区 持续 深化 共富 工坊 建设 带动 农户 就业".split(" ");
  const lines: string[] = [];
  for (let l = 0; l < 2400; l++) {
    const strings = words
      .map((w, i) => `<String ID="S${l}_${i}" HPOS="${i * 40}" VPOS="${l * 20}" WIDTH="38" HEIGHT="18" WC="0.9${i % 10}" CC="0${i % 10}" CONTENT="${w}"/>`)
      .join(`<SP WIDTH="2"/>`);
    lines.push(`<TextLine ID="L${l}" HPOS="0" VPOS="${l * 20}" WIDTH="480" HEIGHT="18">${strings}</TextLine>`);
  }
  const blocks: string[] = [];
  for (let b = 0; b < lines.length; b += 20) blocks.push(`<TextBlock ID="B${b}">${lines.slice(b, b + 20).join("")}</TextBlock>`);
  return `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" PHYSICAL_IMG_NR="1"><PrintSpace>${blocks.join("")}</PrintSpace></Page></Layout></alto>`;
}

/** Why lib/ocr/parse-xml.ts exists: the same ALTO page through both parsers. */
function xmlParsers() {
  const xml = largeAlto();
  const time = (fn: () => unknown) => {
    fn();
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      fn();
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  const ours = time(() => parseXml("bench.xml", xml));
  const fxp = time(() => {
    XMLValidator.validate(xml);
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
  });
  report(
    `ALTO XML (${mib(Buffer.byteLength(xml))} MiB page): lib/ocr/parse-xml ${ours.toFixed(0)} ms; fast-xml-parser validate + parse ${fxp.toFixed(0)} ms`,
  );
}

/** Sixteen distinct pages built from the seed (each its own checksum). */
function sixteenPages() {
  return Array.from({ length: 16 }, (_, i) => ({
    name: `p${String(i + 1).padStart(2, "0")}.md`,
    bytes: new TextEncoder().encode(SEED_TEXT.replace("平湖发布", `平湖发布 第${i + 1}版`)),
  }));
}

async function timeImports(label: string, database: Database) {
  await applyMigrations(database);
  const publication = await database.prisma.publication.create({ data: { name: "平湖日报", slug: `bench-${Date.now()}` } });
  const files = sixteenPages();
  const times: number[] = [];
  for (let r = 0; r < 6; r++) {
    const date = `2030-01-${String(r + 1).padStart(2, "0")}`;
    const t0 = performance.now();
    const doc = readOcrFiles(files, { page: null, repair: true });
    await importDocument(database.prisma, doc, { publicationId: publication.id, date, importedById: null });
    const ms = performance.now() - t0;
    if (r > 0) times.push(ms); // the first run warms up the query compiler
  }
  report(`16-page issue import (parse + database), ${label}: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (5 runs)`);
}

async function main() {
  report(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${mib(os.totalmem())} MiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  segmentationThroughput();
  memoryFlatness();
  xmlParsers();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  const embedded = openDatabase({ dataDir });
  try {
    await timeImports("embedded PGlite (data directory on disk, as npm start)", embedded);
  } finally {
    await embedded.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const name = `folio_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const server = openDatabase({ databaseUrl: url.toString() });
  try {
    await timeImports("PostgreSQL 127.0.0.1", server);
  } finally {
    await server.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }

  const entry = `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
  const file = "BENCHMARKS.md";
  const head = "# Benchmarks\n\nRecorded by `npm run bench`; newest first.\n\n";
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(head, "") : "";
  fs.writeFileSync(file, head + entry + (previous ? `\n${previous}` : ""));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
