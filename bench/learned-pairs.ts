// Learned pairs (issue 13 item 4): suggestions for an 80-article issue with
// 10,000 learned pairs, against the same issue with none (one run, as a
// ratio); building the index; reading the pairs from each database (cold,
// and the per-process cache a save normally hits); and what finding a save's
// corrections costs inside the article lock.
import fs from "node:fs";

import { blocksToDoc } from "@/lib/articles/article-doc";
import { findCorrections } from "@/lib/articles/learned/find-corrections";
import {
  buildLearnedPairIndex,
  type LearnedPairEntry,
} from "@/lib/articles/learned/learned-pair-index";
import { loadLearnedPairIndex } from "@/lib/articles/learned/load-learned-pairs";
import { computeSuggestions } from "@/lib/articles/suggestions/compute-suggestions";
import { getDictionary } from "@/lib/articles/suggestions/dictionary";
import type { Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { seedDesk } from "@/lib/testing/desk-test-seed";

import { onEmbedded, onPostgres } from "./bench-databases";

const PAIRS = 10_000;
const ROUNDS = 5;
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** 80 articles: the seed page's five, sixteen times, each paragraph made distinct (no cache helps). */
function eightyArticles() {
  const text = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md", "utf8");
  const articles = readOcrFiles(
    [{ name: "p01.md", bytes: new TextEncoder().encode(text) }],
    { page: 1, repair: true },
  ).pages[0]!.articles;
  return Array.from({ length: 16 }, (_, round) =>
    articles.map((a) =>
      blocksToDoc(
        a.blocks.map((b) => ({
          ...b,
          text: `${b.text}${String.fromCharCode(0x4e00 + round)}`,
        })),
      ),
    ),
  ).flat();
}

/**
 * PAIRS pairs shaped like OCR misreads: four Han characters, one swapped.
 * Every hundredth is taken from the issue's own text, so about a hundred
 * places are found, as a desk with a real history would find some.
 */
function syntheticPairs(issueText: string): LearnedPairEntry[] {
  const han = [...issueText].filter((c) => /\p{Script=Han}/u.test(c));
  // mulberry32: a plain LCG's low bits repeat, and repeated pairs would collapse in the database.
  let seed = 7;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return Array.from({ length: PAIRS }, (_, i) => {
    const from = next() % (han.length - 4);
    const correction =
      i % 100 === 0
        ? han.slice(from, from + 4).join("")
        : Array.from({ length: 4 }, () =>
            String.fromCharCode(0x4e00 + (next() % 20_000)),
          ).join("");
    const misread =
      correction.slice(0, 1) +
      String.fromCharCode(0x4e00 + (next() % 20_000)) +
      correction.slice(2);
    // A pair from the text is offered where the text holds its "misread": swap the roles.
    return i % 100 === 0
      ? {
          id: `p${i}`,
          misread: correction,
          correction: misread,
          acceptedCount: 2,
          rejectedCount: 0,
        }
      : {
          id: `p${i}`,
          misread,
          correction,
          acceptedCount: 1 + (i % 3),
          rejectedCount: i % 2,
        };
  });
}

function timeSuggestions(
  docs: ReturnType<typeof eightyArticles>,
  index: ReturnType<typeof buildLearnedPairIndex> | undefined,
) {
  let found = 0;
  const t0 = performance.now();
  for (const doc of docs)
    found += computeSuggestions(doc, null, new Set(), index).filter(
      (s) => s.kind === "learned",
    ).length;
  return { ms: performance.now() - t0, found };
}

async function readFromDatabase(
  label: string,
  database: Database,
  pairs: LearnedPairEntry[],
  report: (line: string) => void,
) {
  await applyMigrations(database);
  const seed = await seedDesk(database.prisma);
  const sources = seed.articleIds;
  await database.prisma.$executeRaw`
    INSERT INTO "LearnedPair" ("id", "publicationId", "misread", "correction", "rejectedCount", "updatedAt")
    SELECT p."id", ${seed.publicationId}, p."misread", p."correction", p."rejected", now()
    FROM unnest(${pairs.map((p) => p.id)}::text[], ${pairs.map((p) => p.misread)}::text[], ${pairs.map((p) => p.correction)}::text[],
      ${pairs.map((p) => p.rejectedCount)}::int[]) AS p("id", "misread", "correction", "rejected")
    ON CONFLICT DO NOTHING`;
  await database.prisma.$executeRaw`
    INSERT INTO "LearnedPairSource" ("pairId", "articleId")
    SELECT p."id", (${sources}::text[])[1 + (row_number() OVER () % ${sources.length}::int)] FROM "LearnedPair" p`;
  await database.prisma
    .$executeRaw`UPDATE "Publication" SET "learnedPairsRevision" = nextval('"LearnedPairsRevision"')::int`;
  const cold: number[] = [];
  const warm: number[] = [];
  let size = 0;
  for (let r = 0; r < ROUNDS; r++) {
    await database.prisma
      .$executeRaw`UPDATE "Publication" SET "learnedPairsRevision" = nextval('"LearnedPairsRevision"')::int`;
    let t0 = performance.now();
    size = (await loadLearnedPairIndex(database.prisma, seed.publicationId))
      .size;
    cold.push(performance.now() - t0);
    t0 = performance.now();
    await loadLearnedPairIndex(database.prisma, seed.publicationId);
    warm.push(performance.now() - t0);
  }
  report(
    `learned pairs, ${label}: reading ${PAIRS.toLocaleString("en")} pairs and building the index (${size.toLocaleString("en")} offered) ` +
      `median ${median(cold).toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms; cached (revision read only) median ${median(warm).toFixed(1)} ms (${ROUNDS} rounds)`,
  );
}

export async function benchLearnedPairs(
  report: (line: string) => void = console.log,
): Promise<void> {
  const docs = eightyArticles();
  const issueText = docs.map((d) => JSON.stringify(d)).join("");
  const pairs = syntheticPairs(issueText);
  computeSuggestions(docs[0]!, null, new Set()); // loads the dictionary

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let index = buildLearnedPairIndex(pairs, 1);
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    index = buildLearnedPairIndex(pairs, r);
    builds.push(performance.now() - t0);
  }
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  report(
    `learned pairs: building the index of ${PAIRS.toLocaleString("en")} pairs (${index.size.toLocaleString("en")} offered): median ${median(builds).toFixed(0)} ms; heap ${mib(heap)} MiB`,
  );

  const without: number[] = [];
  const withPairs: number[] = [];
  let found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    without.push(timeSuggestions(docs, undefined).ms);
    const run = timeSuggestions(docs, index);
    withPairs.push(run.ms);
    found = run.found;
  }
  // For the ratio only: the same lookups as our own code would do them (a map of misreads, probed at every offset).
  const misreads = new Set(pairs.map((p) => p.misread));
  const lengths = [...new Set(pairs.map((p) => p.misread.length))];
  const plainTexts = docs.map((d) =>
    d.content.map((b) =>
      (b.content ?? []).map((c) => ("text" in c ? c.text : "")).join(""),
    ),
  );
  const library: number[] = [];
  const ownCode: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = performance.now();
    for (const texts of plainTexts) index.find(texts);
    library.push(performance.now() - t0);
    t0 = performance.now();
    for (const texts of plainTexts)
      for (const text of texts)
        for (let i = 0; i < text.length; i++)
          for (const n of lengths) misreads.has(text.slice(i, i + n));
    ownCode.push(performance.now() - t0);
  }
  report(
    `learned pairs: the scan alone, 80 articles: modern-ahocorasick (grapheme-aware) median ${median(library).toFixed(0)} ms; ` +
      `a map probed at every offset (not used; for the ratio) ${median(ownCode).toFixed(0)} ms (×${(median(library) / median(ownCode)).toFixed(1)} for the library)`,
  );
  report(
    `learned pairs: suggestions for an 80-article issue (confusable check warm), none learned: median ${median(without).toFixed(0)} ms; ` +
      `with ${PAIRS.toLocaleString("en")} learned pairs: median ${median(withPairs).toFixed(0)} ms (×${(median(withPairs) / median(without)).toFixed(2)}), ` +
      `${found} learned suggestions found (${ROUNDS} rounds, alternating)`,
  );

  // The save's own cost under the lock: the article's corrections against its OCR text.
  const dictionary = getDictionary();
  const texts = docs
    .slice(0, 5)
    .map((d) =>
      d.content
        .map((b) =>
          (b.content ?? []).map((c) => ("text" in c ? c.text : "")).join(""),
        )
        .join("\n"),
    );
  const corrected = texts.map((t) =>
    t.replace(/外资/g, "外贸").replace(/平湖/, "平潮"),
  );
  const perArticle: number[] = [];
  for (let r = 0; r < ROUNDS * 4; r++) {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++)
      findCorrections(texts[i]!, corrected[i]!, dictionary);
    perArticle.push((performance.now() - t0) / texts.length);
  }
  const sizes = texts.map((t) => t.length);
  report(
    `learned pairs: finding a save's corrections (diff of the OCR text and the saved text, ${Math.min(...sizes)}–${Math.max(...sizes)} characters): ` +
      `median ${median(perArticle).toFixed(2)} ms per article`,
  );

  await onEmbedded("learned", (database) =>
    readFromDatabase("embedded PGlite (on disk)", database, pairs, report),
  );
  await onPostgres("learned", (database) =>
    readFromDatabase("PostgreSQL 127.0.0.1", database, pairs, report),
  );
}
