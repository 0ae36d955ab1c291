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
  /** How often the LISTEN connection is checked with a query, ms (default 30 000): a half-open TCP connection says nothing by itself. */
  checkEveryMs?: number;
  log?: (line: string) => void;
}

/**
 * Starts listening on a connection of its own. `ready` resolves at the
 * first successful LISTEN, however many attempts that takes (it never
 * rejects; failures are logged and retried with backoff). Every later
 * successful LISTEN — after a drop, or after failed first attempts — is
 * followed by a `resync` to the listeners. Never throws from a drop.
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
  let attempts = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async (): Promise<void> => {
    attempts++;
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: options.applicationName ?? "folio-events",
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // The health check below must not wait forever on a dead socket.
      query_timeout: 10_000,
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
    if (attempts > 1) {
      log("[events] LISTEN connection restored; clients resync");
      fanout.emit({ type: "resync" });
    }
    markReady();
  };

  /** Treats the current connection as dropped (a failed health check): reconnect now. */
  const drop = (reason: string) => {
    const current = client;
    if (!current) return;
    log(`[events] LISTEN connection lost (${reason}); reconnecting`);
    client = null;
    current.end().catch(() => undefined);
    schedule();
  };
  const check = setInterval(() => {
    const current = client;
    current
      ?.query("SELECT 1")
      .catch((e: Error) => client === current && drop(e.message));
  }, options.checkEveryMs ?? 30_000);
  check.unref();

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

  connect().catch((e: Error) => {
    log(`[events] LISTEN failed (${e.message}); next try in ${backoff} ms`);
    schedule();
  });

  return {
    ready,
    subscribe: fanout.subscribe,
    listenerCount: fanout.count,
    async close() {
      closed = true;
      clearInterval(check);
      if (timer) clearTimeout(timer);
      timer = null;
      fanout.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
