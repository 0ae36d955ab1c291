// The audit log, newest first, filtered and paged by keyset on
// (createdAt, id): a page costs the same at the end of a long log as at its
// start, and an event written meanwhile never shifts a page's contents.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { Db } from "@/lib/db/client";

import type { AuditEvent } from "./audit-event";
import { type AuditQuery, type AuditScope, auditWhere } from "./audit-query";
import { readAuditEvent } from "./read-audit-event";

/** Events on one page of the staff screen. */
export const AUDIT_PAGE_SIZE = 50;

/** A place in the log: an event's time and id. */
export interface AuditCursor {
  createdAt: Date;
  id: string;
}

/** One event as listed. */
export interface AuditRow {
  id: string;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  publication: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The stored data, as written. */
  data: Prisma.JsonValue;
  /** The typed event; null for a row the union no longer matches. */
  event: AuditEvent | null;
}

export interface AuditPage {
  rows: AuditRow[];
  /** The cursor of the page before (newer events), null on the first page. */
  newer: string | null;
  /** The cursor of the page after (older events), null on the last page. */
  older: string | null;
  /** The time zone the query's dates were read in (and the screen shows times in). */
  timeZone: string;
}

/** A cursor as the URL carries it: the ISO time, "_", the id. */
export function encodeCursor(c: AuditCursor): string {
  return `${c.createdAt.toISOString()}_${c.id}`;
}

/** The cursor in `value`, or null for a malformed one. */
export function decodeCursor(
  value: string | null | undefined,
): AuditCursor | null {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_([\w-]{1,200})$/.exec(
    value ?? "",
  );
  if (!m) return null;
  const createdAt = new Date(m[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: m[2]! };
}

const rowSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  actor: { select: { id: true, name: true, email: true } },
  publication: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

/**
 * Up to `take` events matching `where`, from `cursor` on in `direction`
 * ("older": before it, newest first; "newer": after it, oldest first).
 */
export async function readAuditRows(
  prisma: Db,
  where: Prisma.AuditEventWhereInput,
  cursor: AuditCursor | null,
  direction: "older" | "newer",
  take: number,
): Promise<AuditRow[]> {
  const cmp = direction === "older" ? "lt" : "gt";
  const order = direction === "older" ? "desc" : "asc";
  const rows = await prisma.auditEvent.findMany({
    where: cursor
      ? {
          AND: [
            where,
            {
              OR: [
                { createdAt: { [cmp]: cursor.createdAt } },
                { createdAt: cursor.createdAt, id: { [cmp]: cursor.id } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ createdAt: order }, { id: order }],
    take,
    select: rowSelect,
  });
  return rows.map((r) => ({ ...r, event: readAuditEvent(r) }));
}

/** The time zone dates are read in: the filtered paper's, else UTC. */
export async function auditTimeZone(
  prisma: Db,
  query: AuditQuery,
): Promise<string> {
  if (!query.paper) return "UTC";
  const paper = await prisma.publication.findUnique({
    where: { id: query.paper },
    select: { timezone: true },
  });
  return paper?.timezone ?? "UTC";
}

/**
 * One page (AUDIT_PAGE_SIZE events) of the log `scope` may see, filtered by
 * `query`: the newest when `page` is empty, else the events older than
 * `page.older` or newer than `page.newer` (cursors from encodeCursor; a
 * malformed one reads as the first page). Newest first either way.
 */
export async function listAuditEvents(
  prisma: Db,
  scope: AuditScope,
  query: AuditQuery,
  page: { older?: string | null; newer?: string | null } = {},
): Promise<AuditPage> {
  const timeZone = await auditTimeZone(prisma, query);
  const where = auditWhere(query, scope, timeZone);
  const newerThan = decodeCursor(page.newer);
  const olderThan = newerThan ? null : decodeCursor(page.older);
  const direction = newerThan ? "newer" : "older";
  const found = await readAuditRows(
    prisma,
    where,
    newerThan ?? olderThan,
    direction,
    AUDIT_PAGE_SIZE + 1,
  );
  const more = found.length > AUDIT_PAGE_SIZE;
  const rows = found.slice(0, AUDIT_PAGE_SIZE);
  if (direction === "newer") rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  // Going back from a cursor, there are older events (the ones the cursor came from).
  const hasNewer = direction === "newer" ? more : olderThan !== null;
  const hasOlder = direction === "older" ? more : true;
  return {
    rows,
    newer: hasNewer && first ? encodeCursor(first) : null,
    older: hasOlder && last ? encodeCursor(last) : null,
    timeZone,
  };
}
