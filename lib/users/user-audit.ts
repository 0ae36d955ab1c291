// The audit events of account management (issue 15 item 2), one typed name
// per change, written in the transaction that makes the change.
import "server-only";

import type { Prisma } from "@prisma/client";

export type UserAuditAction =
  | "user.create"
  | "user.roles"
  | "user.reactivate"
  | "user.password.reset"
  | "user.password.change"
  | "user.invite.accept";
// "user.deactivate" is written by lib/auth/end-sessions.ts deactivateUser.

export interface UserAuditEvent {
  /** Who did it: the administrator, or the user themselves; null for no one signed in. */
  actorId: string | null;
  action: UserAuditAction;
  /** The account changed. */
  userId: string;
  /** What changed, never a password or a token. */
  data?: Prisma.InputJsonObject;
}

/** Writes `event` as an AuditEvent on the User `event.userId`, inside `tx`. */
export async function writeUserAudit(
  tx: Prisma.TransactionClient,
  event: UserAuditEvent,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: "User",
      entityId: event.userId,
      data: event.data ?? {},
    },
  });
}
