// The bus on the embedded database: there is one process and one PGlite
// instance, and PGlite delivers a NOTIFY to its own listen() callbacks —
// after COMMIT, never for a rolled-back transaction (lib/events/event-bus.int.test.ts
// checks both) — so no second connection and no reconnecting.
import type { PGlite } from "@electric-sql/pglite";

import { createFanout, type EventBus } from "./event-bus";
import { decodeEvent, EVENT_CHANNEL } from "./folio-event";

/** Listens on the process's PGlite; `ready` resolves once LISTEN ran. */
export function createPGliteBus(
  pglite: PGlite,
  log: (line: string) => void = console.error,
): EventBus {
  const fanout = createFanout(log);
  let closed = false;
  const unlisten = pglite
    .listen(EVENT_CHANNEL, (payload) => {
      if (closed) return;
      const event = decodeEvent(payload);
      if (event) fanout.emit(event);
      else log(`[events] ignored a payload that is no Folio event`);
    })
    .then((stop) => stop);
  return {
    ready: unlisten.then(() => undefined),
    subscribe: fanout.subscribe,
    listenerCount: fanout.count,
    async close() {
      closed = true;
      fanout.clear();
      // A closed database has stopped listening already.
      if (!pglite.closed) await (await unlisten)().catch(() => undefined);
    },
  };
}
