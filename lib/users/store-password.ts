// The one way a new password hash is written: every session of the account
// ends with it (the session version moves on, lib/auth/auth-options.ts), and
// no earlier invite link can set another one after it.
import "server-only";

import type { Prisma } from "@prisma/client";

import { notifyEvent } from "@/lib/events/notify-event";

import { revokeInvites } from "./invite-token";

/** Stores `passwordHash` for `userId` inside `tx`, ending their sessions (open live streams close on commit) and unused invites. */
export async function storePassword(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  await notifyEvent(tx, { type: "user.sessions-ended", userId });
  await revokeInvites(tx, userId);
}
