import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { notifyEvent } from "@/lib/events/notify-event";

/**
 * Ends every session of the user at once, wherever its cookie is (copied
 * cookies included): their session version moves on, and each request checks
 * it (lib/auth/auth-options.ts, current-user.ts), and their open live
 * streams close (user.sessions-ended, lib/events). `fromVersion`, when given,
 * ends them only if no one did meanwhile (a sign-out racing another).
 */
export async function endSessions(
  prisma: Db,
  userId: string,
  fromVersion?: number,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: {
        id: userId,
        ...(fromVersion === undefined ? {} : { sessionVersion: fromVersion }),
      },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count > 0)
      await notifyEvent(tx, { type: "user.sessions-ended", userId });
  });
}

/** Deactivates the account and ends its sessions (its live streams close), in one transaction with an audit event naming who did it. */
export async function deactivateUser(
  prisma: Db,
  userId: string,
  actorId: string | null,
): Promise<void> {
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { active: false, sessionVersion: { increment: 1 } },
    }),
    recordAudit(prisma, {
      actorId,
      publicationId: null,
      event: {
        action: "user.deactivate",
        entityType: "User",
        entityId: userId,
        data: {},
      },
    }),
    notifyEvent(prisma, { type: "user.sessions-ended", userId }),
  ]);
}
