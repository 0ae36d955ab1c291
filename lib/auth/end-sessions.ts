import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";

/**
 * Ends every session of the user at once, wherever its cookie is (copied
 * cookies included): their session version moves on, and each request checks
 * it (lib/auth/auth-options.ts, current-user.ts). `fromVersion`, when given,
 * ends them only if no one did meanwhile (a sign-out racing another).
 */
export async function endSessions(
  prisma: Db,
  userId: string,
  fromVersion?: number,
): Promise<void> {
  await prisma.user.updateMany({
    where: {
      id: userId,
      ...(fromVersion === undefined ? {} : { sessionVersion: fromVersion }),
    },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** Deactivates the account and ends its sessions, in one transaction with an audit event naming who did it. */
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
  ]);
}
