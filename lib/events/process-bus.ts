// The process's one event bus, opened on first use for the process's
// database and kept on globalThis: Next.js loads route handlers and
// instrumentation as separate module graphs, and they must share one LISTEN.
import "server-only";

import { type Database, database } from "@/lib/db/client";

import type { EventBus } from "./event-bus";
import { createPGliteBus } from "./pglite-bus";
import { createPostgresBus } from "./postgres-bus";

const state = globalThis as unknown as { folioEventBus?: EventBus };

/** A bus listening on `db`: its own LISTEN connection on PostgreSQL, PGlite's listen() on the embedded database. */
export function openEventBus(db: Database): EventBus {
  const target = db.listenTarget;
  return target.kind === "postgres"
    ? createPostgresBus({ connectionString: target.connectionString })
    : createPGliteBus(target.pglite);
}

/** The process-wide bus (opened on first call, for database()). */
export function eventBus(): EventBus {
  state.folioEventBus ??= openEventBus(database());
  return state.folioEventBus;
}

/** Replaces the process-wide bus (tests), closing none. */
export function setEventBus(bus: EventBus | undefined): void {
  state.folioEventBus = bus;
}

/** Closes the process-wide bus, if one was opened. */
export async function closeEventBus(): Promise<void> {
  const bus = state.folioEventBus;
  state.folioEventBus = undefined;
  await bus?.close();
}
