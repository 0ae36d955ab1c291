// The health check measures a real read (issue 14): while a long transaction
// holds the embedded database's one connection (on PostgreSQL: every
// connection of the pool), it answers 503 with how long the read has
// waited, within its timeout, instead of a cheerful "ok" or no answer.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET as health } from "@/app/api/health/route";
import { setDatabase } from "@/lib/db/client";
import { testDatabaseKind, useTestDatabase } from "@/lib/db/test-database";

import { checkHealth, HEALTH_TIMEOUT_MS } from "./check-health";

// The test database is migrated already.
vi.mock("@/lib/setup/prepare-database", () => ({
  prepareDatabase: async () => undefined,
}));

describe(`health check (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));

  /** Opens `n` transactions that each hold a connection until the returned release is called. */
  async function holdConnections(n: number) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    let allStarted!: () => void;
    const holding = new Promise<void>((resolve) => (allStarted = resolve));
    const transactions = Array.from({ length: n }, () =>
      database.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          if (++started === n) allStarted();
          await released;
        },
        { maxWait: 10_000, timeout: 60_000 },
      ),
    );
    await holding;
    return async () => {
      release();
      await Promise.all(transactions);
    };
  }

  it("answers 503 with the wait while the database is held, and 200 with it once free", async () => {
    const idle = await checkHealth(300);
    expect(idle).toMatchObject({
      status: 200,
      body: { ok: true, database: "ready" },
    });
    expect(idle.body.waitedMs).toBeLessThan(300);

    const release = await holdConnections(
      testDatabaseKind === "pglite" ? 1 : 10,
    );
    try {
      const first = await checkHealth(300);
      expect(first).toMatchObject({
        status: 503,
        body: { ok: false, database: "busy" },
      });
      expect(first.body.waitedMs).toBeGreaterThanOrEqual(290);
      // A second check joins the read still waiting and reports its whole wait so far.
      const second = await checkHealth(300);
      expect(second.status).toBe(503);
      expect(second.body.waitedMs).toBeGreaterThanOrEqual(
        first.body.waitedMs! + 290,
      );
      // The route answers (the database is released only after it), with the wait in the body.
      const res = await health();
      expect(res.status).toBe(503);
      const body = (await res.json()) as {
        ok: boolean;
        database: string;
        waitedMs: number;
      };
      expect(body).toMatchObject({ ok: false, database: "busy" });
      expect(body.waitedMs).toBeGreaterThanOrEqual(HEALTH_TIMEOUT_MS);
    } finally {
      await release();
    }
    const after = await health();
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({
      ok: true,
      database: "ready",
      importsWriting: 0,
    });
  });
});
