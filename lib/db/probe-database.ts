// How long a real read waits for the database right now: the health check's
// answer. The embedded database has one connection, so while an import's
// transaction holds it every other request's query waits; saying "busy" at
// once hid that wait (issue 14). A probe runs `SELECT 1` through the same
// client the app's requests use and is bounded by a timeout, and concurrent
// checks share the one outstanding probe, so a stalled database never
// collects a queue of them.
import type { Database } from "./client";

export interface DatabaseProbe {
  /** "ready": the read answered; "busy": it had not answered within the timeout; "error": it failed. */
  state: "ready" | "busy" | "error";
  /** Milliseconds the probe's read has waited: until it answered, or so far (busy, error). */
  waitedMs: number;
}

interface Outstanding {
  startedAt: number;
  done: Promise<void>;
}

const outstanding = new WeakMap<Database, Outstanding>();

/** The probe in flight on `database`, or a new one: one `SELECT 1` at a time per database. */
function probe(database: Database): Outstanding {
  const current = outstanding.get(database);
  if (current) return current;
  const startedAt = performance.now();
  const done = database.prisma.$queryRaw`SELECT 1`.then(() => undefined);
  const entry = { startedAt, done };
  outstanding.set(database, entry);
  const clear = () => {
    if (outstanding.get(database) === entry) outstanding.delete(database);
  };
  done.then(clear, clear);
  return entry;
}

/**
 * Reads from `database` and says how long the read waited. Resolves within
 * about `timeoutMs` whatever the database does: "busy" with the wait so far
 * when the read has not answered by then (it stays outstanding, and later
 * probes join it and report its growing wait), "error" when it failed. Never
 * throws.
 */
export async function probeDatabase(
  database: Database,
  timeoutMs: number,
): Promise<DatabaseProbe> {
  const entry = probe(database);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([
      entry.done.then(() => "answered" as const),
      timedOut,
    ]);
    const waitedMs = Math.round(performance.now() - entry.startedAt);
    return { state: outcome === "answered" ? "ready" : "busy", waitedMs };
  } catch {
    return {
      state: "error",
      waitedMs: Math.round(performance.now() - entry.startedAt),
    };
  } finally {
    clearTimeout(timer);
  }
}
