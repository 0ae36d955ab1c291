// The bus of an app server on PostgreSQL: one dedicated connection per
// process LISTENs on folio_events, so a change committed through any app
// server reaches every one. When that connection drops (server restart,
// network, a terminated backend) it reconnects with backoff, and once
// listening again tells its listeners to `resync`: what was sent meanwhile
// is lost, so clients refetch what they show.
import pg from "pg";

import { createFanout, type EventBus } from "./event-bus";
import { decodeEvent, EVENT_CHANNEL } from "./folio-event";

export interface PostgresBusOptions {
  connectionString: string;
  /** Shown in pg_stat_activity (default "folio-events"). */
  applicationName?: string;
  /** First reconnect delay, ms (default 250); doubles up to maxBackoffMs. */
  minBackoffMs?: number;
  /** Longest reconnect delay, ms (default 10 000). */
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

/**
 * Starts listening on a connection of its own. `ready` resolves at the
 * first successful LISTEN (and rejects if that first attempt fails; later
 * attempts keep retrying in the background). Never throws from a drop.
 */
export function createPostgresBus(options: PostgresBusOptions): EventBus {
  const log = options.log ?? console.error;
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  const fanout = createFanout(log);
  let client: pg.Client | null = null;
  let closed = false;
  let backoff = minBackoff;
  let timer: NodeJS.Timeout | null = null;
  let connectedOnce = false;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: options.applicationName ?? "folio-events",
      keepAlive: true,
    });
    // Errors after connecting (a dropped socket) arrive here and as "end".
    next.on("error", (e) => log(`[events] LISTEN connection: ${e.message}`));
    next.on("end", () => {
      if (client === next) {
        client = null;
        schedule();
      }
    });
    next.on("notification", (n) => {
      if (n.channel !== EVENT_CHANNEL || n.payload === undefined) return;
      const event = decodeEvent(n.payload);
      if (event) fanout.emit(event);
      else log(`[events] ignored a payload that is no Folio event`);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (e) {
      await next.end().catch(() => undefined);
      throw e;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    backoff = minBackoff;
    if (connectedOnce) {
      log("[events] LISTEN connection restored; clients resync");
      fanout.emit({ type: "resync" });
    }
    connectedOnce = true;
  };

  const schedule = () => {
    if (closed || timer) return;
    const delay = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    timer = setTimeout(() => {
      timer = null;
      connect().catch((e: Error) => {
        log(
          `[events] reconnecting LISTEN failed (${e.message}); next try in ${backoff} ms`,
        );
        schedule();
      });
    }, delay);
    timer.unref();
  };

  const ready = connect();
  // A first failure is the caller's to see through `ready`; keep trying meanwhile.
  ready.catch(() => schedule());

  return {
    ready,
    subscribe: fanout.subscribe,
    listenerCount: fanout.count,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      fanout.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
