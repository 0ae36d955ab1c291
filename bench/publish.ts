// Publishing (issue 15): the 16-page benchmark issue published on each
// database — the whole transaction (locks, the snapshot of every page,
// storing it) — and the snapshot's size; a republish after reopening, as a
// correction does, for the ratio to the first.
import fs from "node:fs";

import type { Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { importDocument } from "@/lib/import/import-document";
import { loadLayout } from "@/lib/layout/load-layout";
import { reportOf } from "@/lib/layout/validation/validation-report";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { publishIssue } from "@/lib/publishing/publish-issue";
import { reopenIssue } from "@/lib/publishing/unpublish-issue";

import { onEmbedded, onPostgres } from "./bench-databases";

const RUNS = 5;
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The seed front page sixteen times, each page distinct (as bench/run.ts imports it). */
function sixteenPages() {
  const seed = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md", "utf8");
  return Array.from({ length: 16 }, (_, i) => ({
    name: `p${String(i + 1).padStart(2, "0")}.md`,
    bytes: new TextEncoder().encode(
      seed.replace("平湖发布", `平湖发布 第${i + 1}版`),
    ),
  }));
}

async function benchDatabase(database: Database) {
  await applyMigrations(database);
  const prisma = database.prisma;
  const publication = await prisma.publication.create({
    data: { name: "平湖日报", slug: `bench-publish-${Date.now()}` },
  });
  const summary = await importDocument(
    prisma,
    readOcrFiles(sixteenPages(), { page: null, repair: true }),
    { publicationId: publication.id, date: "2030-02-01", importedById: null },
  );
  const issueId = summary.issueId;
  // What 送审 leaves: in review, every finding explained.
  const layout = await loadLayout(prisma, issueId);
  for (const finding of reportOf(layout!).findings)
    await prisma.validationWaiver.create({
      data: { issueId, finding: finding.key, reason: "bench" },
    });
  await prisma.issue.update({
    where: { id: issueId },
    data: { status: "IN_REVIEW" },
  });
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const result = await publishIssue(prisma, { issueId, userId: null });
    times.push(performance.now() - t0);
    bytes = result.bytes;
    await reopenIssue(prisma, { issueId, userId: null, reason: "bench run" });
  }
  const articles = await prisma.article.count({
    where: { issueId, mergedIntoId: null },
  });
  return { first: times[0]!, again: median(times.slice(1)), bytes, articles };
}

/** Publishes the 16-page issue on both databases; one line per database. */
export async function benchPublish(
  report: (line: string) => void = console.log,
): Promise<void> {
  const line = (label: string, f: Awaited<ReturnType<typeof benchDatabase>>) =>
    `publish the 16-page issue (${f.articles} articles), ${label}: first ${f.first.toFixed(0)} ms, republish median ${f.again.toFixed(0)} ms (${RUNS - 1} runs); snapshot ${(f.bytes / 1024).toFixed(0)} KiB`;
  report(
    line(
      "embedded PGlite (on disk)",
      await onEmbedded("publish", benchDatabase),
    ),
  );
  try {
    report(
      line("PostgreSQL 127.0.0.1", await onPostgres("publish", benchDatabase)),
    );
  } catch (e) {
    report(`publish benchmark on PostgreSQL skipped: ${(e as Error).message}`);
  }
}
