// Live updates (lib/events): how long after a layout move commits a second
// subscriber reads it off its Server-Sent Events stream — on PostgreSQL
// through a second bus on its own LISTEN connection (a second app server),
// on the embedded database through PGlite's listen() in the one process —
// next to the 2 s poll it replaces, whose wait is uniform over the period
// (expected ~1 s) plus one stamp query, measured here too.
import type { Database } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import type { EventBus } from "@/lib/events/event-bus";
import { openIssueStream } from "@/lib/events/issue-event-stream";
import { createPostgresBus } from "@/lib/events/postgres-bus";
import { openEventBus } from "@/lib/events/process-bus";
import { getLayoutStamp } from "@/lib/layout/get-layout-stamp";
import { movePart } from "@/lib/layout/move-part";
import { seedDesk } from "@/lib/testing/desk-test-seed";

import { onEmbedded, onPostgres } from "./bench-databases";

const MOVES = 250;
const WARM_UP = 20;
const POLL_MS = 2_000;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * p)] ?? 0;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface LiveFigures {
  moves: number;
  /** From the move's commit answered to the writer, to the event read off the other subscriber's stream; negative when the event came first. */
  commitToEvent: number[];
  /** From sending the move to the event read off the stream. */
  moveToEvent: number[];
  /** One stamp query, as the poll makes it. */
  stampQuery: number[];
}

/** Times MOVES moves of the issue's last part to the top of its page, read back by `subscriber` through an SSE stream. */
async function timeMoves(
  database: Database,
  subscriber: EventBus,
): Promise<LiveFigures> {
  const prisma = database.prisma;
  await subscriber.ready;
  const seed = await seedDesk(prisma);
  const heardAt = new Map<number, number>();
  const waiting = new Map<number, () => void>();
  const abort = new AbortController();
  const stream = openIssueStream({
    bus: subscriber,
    issueId: seed.issueId,
    userId: "bench",
    signal: abort.signal,
  })!;
  const reading = (async () => {
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.match(/^data: (.*)$/m)?.[1];
        if (!data) continue;
        const event = JSON.parse(data) as {
          type: string;
          layoutVersion?: number;
        };
        if (event.type !== "issue.layout" || event.layoutVersion === undefined)
          continue;
        heardAt.set(event.layoutVersion, performance.now());
        waiting.get(event.layoutVersion)?.();
      }
    }
  })();
  const heard = (version: number) =>
    heardAt.has(version)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.set(version, resolve));

  const figures: LiveFigures = {
    moves: 0,
    commitToEvent: [],
    moveToEvent: [],
    stampQuery: [],
  };
  let { layoutVersion } = await prisma.issue.findUniqueOrThrow({
    where: { id: seed.issueId },
    select: { layoutVersion: true },
  });
  for (let i = 0; i < WARM_UP + MOVES; i++) {
    const last = await prisma.placement.findFirstOrThrow({
      where: { article: { issueId: seed.issueId } },
      orderBy: [{ pageId: "asc" }, { order: "desc" }],
      select: { id: true, pageId: true },
    });
    const sent = performance.now();
    const moved = await movePart(
      prisma,
      seed.issueId,
      {
        baseVersion: layoutVersion,
        placementId: last.id,
        fromPageId: last.pageId,
        toPageId: last.pageId,
        afterId: null,
      },
      null,
    );
    const committed = performance.now();
    layoutVersion = moved.layoutVersion;
    await heard(layoutVersion);
    const at = heardAt.get(layoutVersion)!;
    const s0 = performance.now();
    await getLayoutStamp(prisma, seed.issueId);
    const stamp = performance.now() - s0;
    if (i < WARM_UP) continue;
    figures.moves++;
    // The event can reach the other connection before the writer has read its COMMIT's answer: negative then.
    figures.commitToEvent.push(at - committed);
    figures.moveToEvent.push(at - sent);
    figures.stampQuery.push(stamp);
  }
  abort.abort();
  await reading;
  return figures;
}

function describeFigures(label: string, f: LiveFigures): string[] {
  const q50 = percentile(f.stampQuery, 0.5);
  const q95 = percentile(f.stampQuery, 0.95);
  const first = f.commitToEvent.filter((x) => x <= 0).length;
  return [
    `live: layout move committed → SSE event at a second subscriber, ${label}: p50 ${ms(percentile(f.moveToEvent, 0.5))}, p95 ${ms(percentile(f.moveToEvent, 0.95))} from sending the move (the move itself included); after the writer had its COMMIT answered: p50 ${ms(percentile(f.commitToEvent, 0.5))}, p95 ${ms(percentile(f.commitToEvent, 0.95))}, the event there first in ${first} of ${f.moves} moves`,
    `live: the 2 s poll it replaces, ${label}: wait uniform over ${POLL_MS} ms plus one stamp query (p50 ${ms(q50)}, p95 ${ms(q95)}) → p50 ≈ ${ms(POLL_MS * 0.5 + q50)}, p95 ≈ ${ms(POLL_MS * 0.95 + q95)}`,
  ];
}

/** The live-update figures on both databases, reported line by line. */
export async function benchLive(
  report: (line: string) => void = console.log,
): Promise<void> {
  const embedded = await onEmbedded("live", async (database) => {
    await applyMigrations(database);
    const bus = openEventBus(database);
    try {
      return await timeMoves(database, bus);
    } finally {
      await bus.close();
    }
  });
  for (const line of describeFigures(
    "embedded PGlite (on disk, one process)",
    embedded,
  ))
    report(line);
  try {
    const server = await onPostgres("live", async (database) => {
      await applyMigrations(database);
      if (database.listenTarget.kind !== "postgres")
        throw new Error("expected PostgreSQL");
      // The writer's own bus (server A) listens too, as a real server's would.
      const own = openEventBus(database);
      const other = createPostgresBus({
        connectionString: database.listenTarget.connectionString,
        applicationName: "folio-events-bench-b",
      });
      try {
        await own.ready;
        return await timeMoves(database, other);
      } finally {
        await Promise.all([own.close(), other.close()]);
      }
    });
    for (const line of describeFigures(
      "PostgreSQL 127.0.0.1 (two buses, two LISTEN connections)",
      server,
    ))
      report(line);
  } catch (e) {
    report(`live on PostgreSQL skipped: ${(e as Error).message}`);
  }
}
