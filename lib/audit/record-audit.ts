// Writes one audit event, checked against the union in audit-event.ts, in the
// caller's transaction: a malformed event is a programming error and throws
// before anything is written.
import "server-only";

import type { Prisma } from "@prisma/client";

import type { Db } from "@/lib/db/client";

import {
  type AuditEvent,
  type AuditEventInput,
  auditEventSchema,
  installationEntityTypes,
} from "./audit-event";

export interface RecordAuditInput {
  /** Who did it; null when no one is signed in (a failed sign-in) or for the system. */
  actorId: string | null;
  /**
   * The paper the event belongs to, which the caller holds already (the
   * issue, article or pair it read in the transaction): no query is spent on
   * it. Null exactly for installation events (entity type User).
   */
  publicationId: string | null;
  event: AuditEventInput;
}

/** Raised for an event the union refuses, or a paper given or missing against its entity type. */
export class InvalidAuditEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InvalidAuditEventError";
  }
}

/**
 * The event as it will be stored (defaults applied, unknown keys refused).
 * Throws InvalidAuditEventError for a malformed event or when
 * `publicationId` is null for a paper's event or set for an installation one.
 */
export function parseAuditEvent(
  event: AuditEventInput,
  publicationId: string | null,
): AuditEvent {
  const parsed = auditEventSchema.safeParse(event);
  if (!parsed.success)
    throw new InvalidAuditEventError(
      `Malformed audit event "${String((event as { action?: unknown }).action)}": ${parsed.error.message}`,
      { cause: parsed.error },
    );
  const installation = (installationEntityTypes as readonly string[]).includes(
    parsed.data.entityType,
  );
  if (installation !== (publicationId === null))
    throw new InvalidAuditEventError(
      installation
        ? `Audit event "${parsed.data.action}" is an installation event; it takes no paper.`
        : `Audit event "${parsed.data.action}" needs the paper it belongs to.`,
    );
  return parsed.data;
}

/**
 * Validates `input.event` (parseAuditEvent, which throws) and creates its
 * AuditEvent row through `tx`. Returns Prisma's pending create, so it can be
 * awaited inside an interactive transaction or put in a batch
 * `$transaction([...])`.
 */
export function recordAudit(
  tx: Prisma.TransactionClient | Db,
  input: RecordAuditInput,
): Prisma.PrismaPromise<unknown> {
  const event = parseAuditEvent(input.event, input.publicationId);
  return tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      publicationId: input.publicationId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data as Prisma.InputJsonObject,
    },
    select: { id: true },
  });
}
