// Announcing a change from inside the transaction that makes it: PostgreSQL
// (and PGlite) hold a NOTIFY until COMMIT and drop it on ROLLBACK, so an
// event is never heard for a change that did not happen, nor before the
// change can be read.
import type { Prisma } from "@prisma/client";

import { encodeEvent, EVENT_CHANNEL, type FolioEvent } from "./folio-event";

/**
 * Queues `event` on the folio_events channel in the caller's transaction
 * (`tx`; a bare client works too, then it is its own transaction). One
 * statement. The returned PrismaPromise may be awaited, or put in a batch
 * `$transaction([...])`. Throws as encodeEvent does for an invalid event.
 */
export function notifyEvent(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  event: FolioEvent,
): Prisma.PrismaPromise<number> {
  const payload = encodeEvent(event);
  return tx.$executeRaw`SELECT pg_notify(${EVENT_CHANNEL}, ${payload})`;
}
