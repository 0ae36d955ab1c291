// An administrator deactivates an account (it cannot sign in, and every one
// of its sessions ends at once on every app server: lib/auth/end-sessions.ts)
// or reactivates it (it signs in again; the sessions ended stay ended).
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import { deactivateUser } from "@/lib/auth/end-sessions";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { userNotFound } from "./find-user";

/**
 * Sets `userId` active or not, with a "user.deactivate" / "user.reactivate"
 * AuditEvent by `actorId`; deactivation also ends the account's sessions
 * (and its invite links stop working while it is inactive: accept-invite.ts).
 * Nothing happens when the account already is so.
 * Throws NotFoundError for an unknown user, ValidationError when `actorId`
 * would deactivate themselves.
 */
export async function setUserActive(
  prisma: Db,
  input: { userId: string; active: boolean },
  actorId: string,
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: input.userId },
    select: { id: true, active: true },
  });
  if (!user) throw userNotFound();
  if (user.active === input.active) return;
  if (!input.active) {
    if (user.id === actorId)
      throw new ValidationError(
        "You cannot deactivate your own account.",
        "不能停用自己的账户。",
      );
    await deactivateUser(prisma, user.id, actorId);
    return;
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { active: true } });
    await recordAudit(tx, {
      actorId,
      publicationId: null,
      event: {
        action: "user.reactivate",
        entityType: "User",
        entityId: user.id,
        data: {},
      },
    });
  });
}
