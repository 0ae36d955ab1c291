// One-time invite links (the page /invite/<token>): 32 random bytes, base64url, shown
// once to the administrator; the database keeps only their SHA-256, so a
// leaked backup holds no usable link. A link expires after INVITE_DAYS.
import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { Prisma } from "@prisma/client";

import { hashPassword, randomPassword } from "@/lib/auth/password";

export const INVITE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** SHA-256 of an invite token, hex: what UserInvite.tokenHash holds. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedInvite {
  /** The secret of the link: returned once, never stored. */
  token: string;
  expiresAt: Date;
}

/**
 * A new invite for `userId`, inside `tx`: the user's earlier unused invites
 * stop working (only the newest link is valid).
 */
export async function issueInvite(
  tx: Prisma.TransactionClient,
  userId: string,
  createdById: string | null,
  now = new Date(),
): Promise<IssuedInvite> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * DAY_MS);
  await revokeInvites(tx, userId);
  await tx.userInvite.create({
    data: { userId, tokenHash: hashInviteToken(token), expiresAt, createdById },
  });
  return { token, expiresAt };
}

/** Ends every unused invite of `userId` (a password was set another way, or a newer link was issued). */
export async function revokeInvites(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<void> {
  await tx.userInvite.deleteMany({ where: { userId, usedAt: null } });
}

/**
 * The password hash of an account waiting for its invite: the hash of a
 * random password nobody is told, so the account cannot sign in until the
 * invite sets one (computed in a worker, like every hash).
 */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomPassword(32));
}
