// How an account gets its password from an administrator: one typed now, or
// an invite link by which the user chooses it.
import "server-only";

import type { Prisma } from "@prisma/client";

import { hashPassword } from "@/lib/auth/password";

import {
  type IssuedInvite,
  issueInvite,
  unusablePasswordHash,
} from "./invite-token";
import { assertPasswordAllowed } from "./password-policy";

export type Credential =
  { kind: "password"; password: string } | { kind: "invite" };

/**
 * The password hash to store for `credential`: the typed password's once
 * it passes the policy (ValidationError otherwise), else an unusable one
 * until the invite is accepted. Hashed in a worker, before any transaction.
 */
export function credentialHash(credential: Credential): Promise<string> {
  if (credential.kind === "invite") return unusablePasswordHash();
  assertPasswordAllowed(credential.password);
  return hashPassword(credential.password);
}

/** Inside `tx`: the invite `credential` asks for, issued to `userId` by `actorId`, or null for a typed password. */
export function inviteFor(
  tx: Prisma.TransactionClient,
  credential: Credential,
  userId: string,
  actorId: string,
): Promise<IssuedInvite | null> {
  return credential.kind === "invite"
    ? issueInvite(tx, userId, actorId)
    : Promise.resolve(null);
}
