// Reads a stored AuditEvent row back as a typed event: undo and the audit
// page read the union's types, never a cast of the JSON column.
import type { Prisma } from "@prisma/client";

import {
  type AuditAction,
  type AuditEvent,
  type AuditEventOf,
  auditEventSchema,
} from "./audit-event";

/** The columns a typed event is read from. */
export interface StoredAuditEvent {
  action: string;
  entityType: string;
  entityId: string;
  data: Prisma.JsonValue;
}

/**
 * The row as a typed event, or null when it does not match the union (a row
 * written before a variant changed shape): callers show such a row raw.
 */
export function readAuditEvent(row: StoredAuditEvent): AuditEvent | null {
  const parsed = auditEventSchema.safeParse({
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    data: row.data,
  });
  return parsed.success ? parsed.data : null;
}

/** readAuditEvent, for a row expected to be of `action`; null when it is not (or does not parse). */
export function readAuditEventOf<A extends AuditAction>(
  action: A,
  row: StoredAuditEvent | null | undefined,
): AuditEventOf<A> | null {
  if (!row || row.action !== action) return null;
  return readAuditEvent(row) as AuditEventOf<A> | null;
}
