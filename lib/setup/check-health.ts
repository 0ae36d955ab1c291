// GET /api/health's answer: whether the app can serve a request that reads
// the database, and how long such a read waits now (lib/db/probe-database.ts).
import "server-only";

import { database } from "@/lib/db/client";
import { probeDatabase } from "@/lib/db/probe-database";
import { importsWriting } from "@/lib/import/import-activity";

import { prepareDatabase } from "./prepare-database";

/**
 * How long a read may wait before the app counts as unavailable: an editor's
 * page that waits longer for its data is not being served. The largest
 * allowed imports hold the embedded database for a few seconds
 * (BENCHMARKS.md), and health says so by answering 503 meanwhile.
 */
export const HEALTH_TIMEOUT_MS = 2_000;

export interface HealthAnswer {
  status: 200 | 503;
  body: {
    ok: boolean;
    /** "ready": a read answered; "busy": it waited longer than the timeout; "starting": migrations still run; "error": the database failed. */
    database: "ready" | "busy" | "starting" | "error";
    /** Milliseconds a real read (SELECT 1, through the app's client) has waited: until it answered, or so far. */
    waitedMs?: number;
    /** Imports of this process inside their database transaction (the usual cause of a wait on the embedded database). */
    importsWriting: number;
  };
}

/**
 * Prepares the database (once per process), then reads from it with a
 * timeout of `timeoutMs`. 200 with the read's wait when it answered in
 * time, else 503 with the wait so far; answers within about `timeoutMs`
 * (twice that at most, at start-up) and never throws.
 */
export async function checkHealth(
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<HealthAnswer> {
  const writing = importsWriting();
  const preparing = prepareDatabase().then(() => "prepared" as const);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), timeoutMs);
  });
  try {
    if ((await Promise.race([preparing, late])) === "late") {
      return {
        status: 503,
        body: { ok: false, database: "starting", importsWriting: writing },
      };
    }
  } catch {
    return {
      status: 503,
      body: { ok: false, database: "error", importsWriting: writing },
    };
  } finally {
    clearTimeout(timer);
  }
  const probe = await probeDatabase(database(), timeoutMs);
  const body = {
    database: probe.state,
    waitedMs: probe.waitedMs,
    importsWriting: Math.max(writing, importsWriting()),
  };
  return probe.state === "ready"
    ? { status: 200, body: { ok: true, ...body } }
    : { status: 503, body: { ok: false, ...body } };
}
