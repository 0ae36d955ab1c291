// `npm run bench`: importer speed and memory. Prints the figures and records
// them, with the machine, in BENCHMARKS.md. Targets (issue 3): ≥ 500
// seed-size pages/s segmentation on one core, memory flat in the number of
// pages, a 16-page issue imported (parse + database) in under 1 s on both
// databases. `npm run bench -- NAME…` runs only the named parts (importer,
// desk, hardening, chunked-bodies, repair-flood, issue-search, learned-pairs,
// publish, live)
// and records those.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { blocksToDoc } from "@/lib/articles/article-doc";
import { computeSuggestions } from "@/lib/articles/suggestions/compute-suggestions";
import type { Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { importDocument } from "@/lib/import/import-document";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { segmentTextPage } from "@/lib/ocr/segment-text-page";
import { parseXml } from "@/lib/ocr/xml/parse-xml";

import { onEmbedded, onPostgres } from "./bench-databases";
import { benchChunkedBodies } from "./chunked-bodies";
import { benchDesk } from "./desk";
import { benchHardening } from "./hardening";
import { benchIssueSearch } from "./issue-search";
import { benchLearnedPairs } from "./learned-pairs";
import { benchLive } from "./live";
import { benchPublish } from "./publish";
import { benchRepairFlood } from "./repair-flood";

const SEED = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md");
const SEED_TEXT = SEED.toString("utf8");
const lines: string[] = [];
const report = (line: string) => {
  console.log(line);
  lines.push(line);
};
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function segmentationThroughput() {
  for (let i = 0; i < 200; i++)
    segmentTextPage(SEED_TEXT, { page: 1, repair: true }); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const n = 1000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++)
      segmentTextPage(SEED_TEXT, { page: 1, repair: true });
    runs.push(n / ((performance.now() - t0) / 1000));
  }
  report(
    `segmentation (text → articles + repairs): ${median(runs).toFixed(0)} pages/s (median of 5 × 1000, one core)`,
  );
  const files = [{ name: "p1.md", bytes: new Uint8Array(SEED) }];
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) readOcrFiles(files, { page: 1, repair: true });
  report(
    `full read (detect + decode + checksum + segment): ${(1000 / ((performance.now() - t0) / 1000)).toFixed(0)} pages/s`,
  );
}

function memoryFlatness() {
  const heaps: string[] = [];
  let done = 0;
  for (const target of [1000, 5000, 20000]) {
    for (; done < target; done++)
      segmentTextPage(SEED_TEXT, { page: 1, repair: true });
    gc();
    heaps.push(
      `${target} pages: heap ${mib(process.memoryUsage().heapUsed)} MiB`,
    );
  }
  report(
    `memory after segmenting (GC'd): ${heaps.join("; ")}; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`,
  );
}

/** A broadsheet-sized ALTO v4 page: 2,400 lines of 12 words with coordinates and confidences. */
function largeAlto(): string {
  const words =
    "平湖 经济 技术 开发区 持续 深化 共富 工坊 建设 带动 农户 就业".split(" ");
  const lines: string[] = [];
  for (let l = 0; l < 2400; l++) {
    const strings = words
      .map(
        (w, i) =>
          `<String ID="S${l}_${i}" HPOS="${i * 40}" VPOS="${l * 20}" WIDTH="38" HEIGHT="18" WC="0.9${i % 10}" CC="0${i % 10}" CONTENT="${w}"/>`,
      )
      .join(`<SP WIDTH="2"/>`);
    lines.push(
      `<TextLine ID="L${l}" HPOS="0" VPOS="${l * 20}" WIDTH="480" HEIGHT="18">${strings}</TextLine>`,
    );
  }
  const blocks: string[] = [];
  for (let b = 0; b < lines.length; b += 20)
    blocks.push(
      `<TextBlock ID="B${b}">${lines.slice(b, b + 20).join("")}</TextBlock>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="P1" PHYSICAL_IMG_NR="1"><PrintSpace>${blocks.join("")}</PrintSpace></Page></Layout></alto>`;
}

/**
 * A newspaper page as ABBYY and docWorks write ALTO v3: indented, styles,
 * five columns of 12-line blocks, every String with ID, HPOS, VPOS, WIDTH,
 * HEIGHT, WC, CC and STYLEREFS, SPs with their own position, French text
 * with accents and an entity. `kind` "latin" or "cjk" picks the text.
 */
function realisticAlto(kind: "latin" | "cjk", targetBytes = 1_100_000): string {
  const text =
    kind === "latin"
      ? "Le conseil municipal a voté hier soir le budget de la ville pour l&apos;année prochaine, après une longue discussion sur les travaux du port."
      : "平湖 经济 技术 开发区 持续 深化 共富 工坊 建设 带动 周边 农户 就业 增收 ， 全年 实现 工业 产值 一千 亿元 。";
  const words = text.split(" ");
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    "  <Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>0001.tif</fileName></sourceImageInformation></Description>",
    '  <Styles><TextStyle ID="TS1" FONTFAMILY="Times New Roman" FONTSIZE="9"/><TextStyle ID="TS2" FONTFAMILY="Times New Roman" FONTSIZE="14" FONTSTYLE="bold"/><ParagraphStyle ID="PS1" ALIGN="Block"/></Styles>',
    '  <Layout>\n    <Page ID="PAGE1" PHYSICAL_IMG_NR="1" PRINTED_IMG_NR="1" HEIGHT="9000" WIDTH="6500" PC="0.91">\n      <PrintSpace ID="PS1" HPOS="0" VPOS="0" WIDTH="6500" HEIGHT="9000">',
  ];
  let bytes = out.reduce((n, s) => n + s.length + 1, 0);
  let w = 0;
  for (let b = 0; bytes < targetBytes; b++) {
    const [bx, by] = [200 + (b % 5) * 1250, 300 + Math.floor(b / 5) * 600];
    const block = [
      `        <TextBlock ID="TB${b}" HPOS="${bx}" VPOS="${by}" WIDTH="1180" HEIGHT="560" STYLEREFS="TS1 PS1" LANG="fr">`,
    ];
    for (let l = 0; l < 12; l++) {
      const ly = by + l * 46;
      block.push(
        `          <TextLine ID="TB${b}_TL${l}" HPOS="${bx}" VPOS="${ly}" WIDTH="1180" HEIGHT="40" BASELINE="${ly + 32}">`,
      );
      let x = bx;
      for (let k = 0; k < 8; k++, w++) {
        const word = words[w % words.length]!;
        const width = 30 + word.length * 18;
        const cc = `${"0".repeat(Math.max(0, [...word.replace("&apos;", "'")].length - 1))}${w % 10}`;
        block.push(
          `            <String ID="TB${b}_TL${l}_S${k}" HPOS="${x}" VPOS="${ly}" WIDTH="${width}" HEIGHT="40" WC="0.${90 + (w % 10)}" CC="${cc}" STYLEREFS="TS1" CONTENT="${word}"/>`,
        );
        x += width + 14;
        if (k < 7)
          block.push(
            `            <SP ID="TB${b}_TL${l}_SP${k}" HPOS="${x - 14}" VPOS="${ly}" WIDTH="14"/>`,
          );
      }
      block.push("          </TextLine>");
    }
    block.push("        </TextBlock>");
    bytes += block.reduce((n, s) => n + s.length + 1, 0);
    out.push(...block);
  }
  out.push("      </PrintSpace>\n    </Page>\n  </Layout>\n</alto>");
  return out.join("\n");
}

/** The commit before saxes replaced the hand-written XML tokenizer: the "before" of the parse figures. */
const BEFORE_SAXES = "57d75b8^";

/** The hand-written parser as of BEFORE_SAXES, loaded from git into a temporary folder; null without git. */
async function legacyParseXml(): Promise<
  ((file: string, xml: string) => unknown) | null
> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-legacy-xml-"));
  try {
    for (const file of [
      "parse-xml",
      "parse-xml-attributes",
      "import-error",
      "input-limits",
    ]) {
      const source = execFileSync(
        "git",
        ["show", `${BEFORE_SAXES}:lib/ocr/${file}.ts`],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
      );
      fs.writeFileSync(path.join(dir, `${file}.ts`), source);
    }
    const legacy = (await import(path.join(dir, "parse-xml.ts"))) as {
      parseXml: (file: string, xml: string) => unknown;
    };
    return legacy.parseXml;
  } catch {
    return null;
  }
}

/**
 * XML parse times before (the hand-written tokenizer) and after (saxes), on
 * the same pages in the same run, alternating so that a busy machine slows
 * both alike: realistic ALTO pages (Latin and Chinese, ~1 MiB, eight
 * attributes per String) and the terse synthetic page of earlier runs.
 */
async function xmlParsers() {
  const before = await legacyParseXml();
  const pages: [string, string][] = [
    ["realistic Latin ALTO v3", realisticAlto("latin")],
    ["realistic Chinese ALTO v3", realisticAlto("cjk")],
    ["terse synthetic ALTO v4", largeAlto()],
  ];
  for (const [label, xml] of pages) {
    const after = (): unknown => parseXml("bench.xml", xml);
    const legacy = before ? (): unknown => before("bench.xml", xml) : null;
    for (let i = 0; i < 3; i++) [after, legacy].forEach((fn) => fn?.());
    const times: [number[], number[]] = [[], []];
    for (let r = 0; r < 9; r++) {
      [after, legacy].forEach((fn, k) => {
        if (!fn) return;
        const t0 = performance.now();
        fn();
        times[k]!.push(performance.now() - t0);
      });
    }
    const saxes = median(times[0]);
    const own = times[1].length > 0 ? median(times[1]) : null;
    const size = `${mib(Buffer.byteLength(xml))} MiB`;
    const tokens = (xml.match(/<String /g) ?? []).length.toLocaleString(
      "en-US",
    );
    const compared =
      own === null
        ? "before: not measured (no git)"
        : `before (hand-written parser) ${own.toFixed(0)} ms, after/before ${(saxes / own).toFixed(2)}`;
    report(
      `XML parse, ${label} page (${size}, ${tokens} Strings): after (saxes) ${saxes.toFixed(0)} ms; ${compared} (median of 9)`,
    );
  }
}

/** Sixteen distinct pages built from the seed (each its own checksum). */
function sixteenPages() {
  return Array.from({ length: 16 }, (_, i) => ({
    name: `p${String(i + 1).padStart(2, "0")}.md`,
    bytes: new TextEncoder().encode(
      SEED_TEXT.replace("平湖发布", `平湖发布 第${i + 1}版`),
    ),
  }));
}

/**
 * Suggestions (jieba's dictionary) on distinct text, as an import computes
 * them per article: the 16-page import repeats the seed page, so after its
 * first page the per-paragraph cache answers; this is the cold cost.
 */
function suggestionCost() {
  const doc = readOcrFiles(
    [{ name: "p01.md", bytes: new TextEncoder().encode(SEED_TEXT) }],
    { page: 1, repair: true },
  );
  const articles = doc.pages[0]!.articles;
  computeSuggestions(blocksToDoc(articles[0]!.blocks), null, new Set()); // loads the dictionary
  let characters = 0;
  const t0 = performance.now();
  for (let round = 0; round < 16; round++) {
    for (const a of articles) {
      // A different last character per round makes every paragraph new to the cache.
      const blocks = a.blocks.map((b) => ({
        ...b,
        text: `${b.text}${String.fromCharCode(0x4e00 + round)}`,
      }));
      characters += blocks.reduce((n, b) => n + b.text.length, 0);
      computeSuggestions(blocksToDoc(blocks), null, new Set());
    }
  }
  const ms = performance.now() - t0;
  report(
    `suggestions on distinct text (cold cache): ${(characters / ms).toFixed(0)} characters/ms, ${ms.toFixed(0)} ms for ${16 * articles.length} articles (${characters} characters)`,
  );
}

async function timeImports(label: string, database: Database) {
  await applyMigrations(database);
  const publication = await database.prisma.publication.create({
    data: { name: "平湖日报", slug: `bench-${Date.now()}` },
  });
  const files = sixteenPages();
  const times: number[] = [];
  for (let r = 0; r < 6; r++) {
    const date = `2030-01-${String(r + 1).padStart(2, "0")}`;
    const t0 = performance.now();
    const doc = readOcrFiles(files, { page: null, repair: true });
    await importDocument(database.prisma, doc, {
      publicationId: publication.id,
      date,
      importedById: null,
    });
    const ms = performance.now() - t0;
    if (r > 0) times.push(ms); // the first run warms up the query compiler
  }
  report(
    `16-page issue import (parse + database), ${label}: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (5 runs)`,
  );
}

/** The importer's own figures: segmentation, memory, XML parsing, suggestions, a 16-page issue on both databases. */
async function benchImporter() {
  segmentationThroughput();
  memoryFlatness();
  await xmlParsers();
  suggestionCost();
  await onEmbedded("importer", (database) =>
    timeImports(
      "embedded PGlite (data directory on disk, as npm start)",
      database,
    ),
  );
  await onPostgres("importer", (database) =>
    timeImports("PostgreSQL 127.0.0.1", database),
  );
}

const BENCHES: Record<string, () => Promise<unknown>> = {
  importer: benchImporter,
  desk: () => benchDesk(report),
  hardening: () => benchHardening(report),
  "chunked-bodies": () => benchChunkedBodies(report),
  "repair-flood": () => benchRepairFlood(report),
  "issue-search": () => benchIssueSearch(report),
  "learned-pairs": () => benchLearnedPairs(report),
  publish: () => benchPublish(report),
  live: () => benchLive(report),
};

async function main() {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(
      `Unknown bench ${unknown.join(", ")}; choose from ${Object.keys(BENCHES).join(", ")}.`,
    );
  report(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${mib(os.totalmem())} MiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  for (const [name, bench] of Object.entries(BENCHES))
    if (chosen.length === 0 || chosen.includes(name)) await bench();

  const only = chosen.length > 0 ? ` (${chosen.join(", ")} only)` : "";
  const entry = `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${only}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
  const file = "BENCHMARKS.md";
  const head = "# Benchmarks\n\nRecorded by `npm run bench`; newest first.\n\n";
  const previous = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8").replace(head, "")
    : "";
  fs.writeFileSync(file, head + entry + (previous ? `\n${previous}` : ""));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
