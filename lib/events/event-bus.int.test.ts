// The bus on a real database. On PostgreSQL (FOLIO_TEST_DATABASE_URL) it
// plays two app servers: two database clients and two buses, each on its
// own LISTEN connection; a change committed through server A must reach
// server B, a rolled-back one never, and B's LISTEN connection, dropped,
// comes back and says `resync`. On the embedded database one process has
// one PGlite and one bus, and the same changes must be heard once committed.
import net from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { saveArticle } from "@/lib/articles/save-article";
import { endSessions } from "@/lib/auth/end-sessions";
import { type Database, openDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { movePart } from "@/lib/layout/move-part";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed } from "@/lib/testing/desk-test-seed";
import { seedPublishReady } from "@/lib/testing/publish-ready-seed";
import { waitUntil } from "@/lib/testing/wait-until";

import type { EventBus } from "./event-bus";
import type { BusMessage, FolioEvent } from "./folio-event";
import { notifyEvent } from "./notify-event";
import { createPostgresBus } from "./postgres-bus";
import { openEventBus } from "./process-bus";

const url = process.env.FOLIO_TEST_DATABASE_URL;

describe(`the event bus (${testDatabaseKind}${url ? ", two app servers" : ", one process"})`, () => {
  const serverA = useTestDatabase();
  let serverB: Database | undefined;
  let busA: EventBus;
  let busB: EventBus;
  let heardA: BusMessage[] = [];
  let heardB: BusMessage[] = [];
  const logged: string[] = [];
  let seed: DeskSeed;

  beforeAll(async () => {
    if (url) {
      // Server B: its own pool and its own LISTEN connection, on the same database.
      serverB = openDatabase({ databaseUrl: url });
      busA = openEventBus(serverA);
      busB = createPostgresBus({
        connectionString: url,
        applicationName: "folio-events-test-b",
        minBackoffMs: 20,
        log: (line) => logged.push(line),
      });
    } else {
      busA = openEventBus(serverA);
      busB = busA;
    }
    await Promise.all([busA.ready, busB.ready]);
    busA.subscribe((m) => heardA.push(m));
    busB.subscribe((m) => heardB.push(m));
  });
  afterAll(async () => {
    await busA?.close();
    if (busB !== busA) await busB?.close();
    await serverB?.close();
  });
  beforeEach(async () => {
    await truncateAll(serverA);
    seed = await seedPublishReady(serverA.prisma);
    // Back in review, every page still signed: edits allowed, and they revoke.
    await serverA.prisma.issue.update({
      where: { id: seed.issueId },
      data: { status: "IN_REVIEW" },
    });
    // The seed's own events (signatures, 签发) arrive after it returns: wait for a marker sent last, then forget them.
    const marker = `seeded-${Date.now()}`;
    await notifyEvent(serverA.prisma, {
      type: "issue.review",
      issueId: marker,
    });
    await heard(() => heardA, { issueId: marker });
    await heard(() => heardB, { issueId: marker });
    heardA = [];
    heardB = [];
  });

  const heard = (list: () => BusMessage[], match: Partial<FolioEvent>) =>
    waitUntil(`${JSON.stringify(match)} on the bus`, () =>
      list().find((m) =>
        Object.entries(match).every(
          ([k, v]) => (m as Record<string, unknown>)[k] === v,
        ),
      ),
    );

  it("hears a layout move committed through the other server, with its new version", async () => {
    const layout = await serverA.prisma.issue.findUniqueOrThrow({
      where: { id: seed.issueId },
      select: { layoutVersion: true },
    });
    const placement = await serverA.prisma.placement.findFirstOrThrow({
      where: { article: { issueId: seed.issueId } },
      // The page's last part, moved to its top: the page's order changes.
      orderBy: { order: "desc" },
      select: { id: true, pageId: true },
    });
    const moved = await movePart(
      serverA.prisma,
      seed.issueId,
      {
        baseVersion: layout.layoutVersion,
        placementId: placement.id,
        fromPageId: placement.pageId,
        toPageId: placement.pageId,
        afterId: null,
      },
      null,
    );
    const event = await heard(() => heardB, {
      type: "issue.layout",
      issueId: seed.issueId,
    });
    expect(event).toEqual({
      type: "issue.layout",
      issueId: seed.issueId,
      layoutVersion: moved.layoutVersion,
    });
    // The page's sign-offs were revoked by the move: the trigger announces it too.
    await heard(() => heardB, { type: "issue.review", issueId: seed.issueId });
    if (busB !== busA)
      await heard(() => heardA, {
        type: "issue.layout",
        issueId: seed.issueId,
      });
  });

  it("never hears a change that rolled back, and hears the next committed one", async () => {
    await serverA.prisma
      .$transaction(async (tx) => {
        await notifyEvent(tx, {
          type: "issue.status",
          issueId: seed.issueId,
          status: "ROLLED_BACK",
        });
        throw new Error("rolled back on purpose");
      })
      .catch(() => undefined);
    await notifyEvent(serverA.prisma, {
      type: "issue.status",
      issueId: seed.issueId,
      status: "COMMITTED",
    });
    await heard(() => heardB, { type: "issue.status", status: "COMMITTED" });
    // Notifications arrive in commit order: had the rolled-back one been sent, it would be here by now.
    expect(
      heardB.filter((m) => m.type === "issue.status").map((m) => m.status),
    ).toEqual(["COMMITTED"]);
  });

  it("holds an event back until its transaction commits", async () => {
    await serverA.prisma.$transaction(async (tx) => {
      await notifyEvent(tx, {
        type: "issue.status",
        issueId: seed.issueId,
        status: "PENDING",
      });
      // Another statement in the transaction: PGlite hands out the notifications it has after each one.
      await tx.$queryRaw`SELECT 1`;
      if (url) {
        // On PostgreSQL, an event committed meanwhile on another connection overtakes it.
        await notifyEvent(serverA.prisma, {
          type: "issue.review",
          issueId: "outside-the-transaction",
        });
        await heard(() => heardB, { issueId: "outside-the-transaction" });
      }
      expect(heardB.some((m) => m.type === "issue.status")).toBe(false);
    });
    await heard(() => heardB, { type: "issue.status", status: "PENDING" });
  });

  it("hears an article save once committed, with the new version, and the revocation it caused", async () => {
    const articleId = seed.articleIds[0]!;
    const { snapshot, version } = await storedArticle(
      serverA.prisma,
      articleId,
    );
    const saved = await saveArticle(serverA.prisma, {
      articleId,
      userId: null,
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, "改过的第一段。"),
      sessionId: "tab-events",
    });
    expect(saved.status).toBe("saved");
    const event = await heard(() => heardB, {
      type: "article.saved",
      articleId,
    });
    expect(event).toEqual({
      type: "article.saved",
      articleId,
      issueId: seed.issueId,
      version: version + 1,
    });
    await heard(() => heardB, { type: "issue.review", issueId: seed.issueId });
  });

  it("hears a user's sessions ending", async () => {
    const userId = (await serverA.prisma.user.findFirstOrThrow()).id;
    await endSessions(serverA.prisma, userId);
    await heard(() => heardB, { type: "user.sessions-ended", userId });
  });

  it.skipIf(!url)(
    "reconnects a dropped LISTEN connection, says resync, and hears what is committed after",
    async () => {
      const killed = await serverB!.withSqlSession((s) =>
        s.query<{ ok: boolean }>(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'folio-events-test-b'`,
        ),
      );
      expect(killed).toEqual([{ ok: true }]);
      await waitUntil("resync on server B", () =>
        heardB.some((m) => m.type === "resync"),
      );
      expect(logged.join("\n")).toMatch(/LISTEN connection restored/);
      await notifyEvent(serverA.prisma, {
        type: "issue.review",
        issueId: seed.issueId,
      });
      await heard(() => heardB, {
        type: "issue.review",
        issueId: seed.issueId,
      });
      // Server A's connection was not touched: it never needed to resync.
      expect(heardA.some((m) => m.type === "resync")).toBe(false);
    },
  );

  it.skipIf(!url)(
    "keeps trying when the database cannot be reached at start-up, and is ready once it can",
    async () => {
      // A port that refuses until a forwarder to the real server listens on it.
      const target = new URL(url!);
      const forwarder = net.createServer((socket) => {
        const upstream = net.connect(
          Number(target.port || 5432),
          target.hostname,
        );
        socket.pipe(upstream).pipe(socket);
        const close = () => {
          socket.destroy();
          upstream.destroy();
        };
        socket.on("error", close);
        upstream.on("error", close);
      });
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, "127.0.0.1", () => {
          const { port } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const proxied = new URL(url!);
      proxied.host = `127.0.0.1:${port}`;
      const lines: string[] = [];
      const bus = createPostgresBus({
        connectionString: proxied.toString(),
        minBackoffMs: 20,
        maxBackoffMs: 100,
        log: (line) => lines.push(line),
      });
      const heardLate: BusMessage[] = [];
      bus.subscribe((m) => heardLate.push(m));
      let ready = false;
      void bus.ready.then(() => (ready = true));
      try {
        await waitUntil("a refused attempt", () =>
          lines.some((l) => /LISTEN failed/.test(l)),
        );
        expect(ready).toBe(false);
        await new Promise<void>((resolve) =>
          forwarder.listen(port, "127.0.0.1", resolve),
        );
        await bus.ready;
        // It was not listening before: what it may have missed is for clients to refetch.
        expect(heardLate).toEqual([{ type: "resync" }]);
        await notifyEvent(serverA.prisma, {
          type: "issue.review",
          issueId: "heard-late",
        });
        await heard(() => heardLate, { issueId: "heard-late" });
      } finally {
        await bus.close();
        await new Promise((resolve) => forwarder.close(resolve));
      }
    },
  );
});
