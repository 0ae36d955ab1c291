// An administrator creates a staff account: who they are, whether they
// administer the installation, their roles per paper, and either a first
// password or a one-time invite link.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { MembershipGrant } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { type Credential, credentialHash, inviteFor } from "./credential";
import type { IssuedInvite } from "./invite-token";
import { checkedGrants } from "./membership-grants";
import { normalizeEmail, normalizeName } from "./user-fields";

export interface CreateUserInput {
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: readonly MembershipGrant[];
  credential: Credential;
}

export interface CreatedUser {
  userId: string;
  email: string;
  /** The invite to show the administrator once; null when a password was set. */
  invite: IssuedInvite | null;
}

/**
 * Creates the account, its memberships, its invite if asked for, and a
 * "user.create" AuditEvent by `actorId`, in one transaction. Throws
 * ValidationError (email, name, password policy, unknown paper) or
 * ConflictError when the email already has an account.
 */
export async function createUser(
  prisma: Db,
  input: CreateUserInput,
  actorId: string,
): Promise<CreatedUser> {
  const email = normalizeEmail(input.email);
  const name = normalizeName(input.name);
  const passwordHash = await credentialHash(input.credential);
  return prisma.$transaction(async (tx) => {
    const memberships = await checkedGrants(tx, input.memberships);
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw emailTaken(email);
    const user = await tx.user
      .create({
        data: {
          email,
          name,
          isAdmin: input.isAdmin,
          passwordHash,
          memberships: { create: memberships },
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        // Two administrators creating the same address at once: the unique email decides.
        if ((error as { code?: unknown }).code === "P2002")
          throw emailTaken(email);
        throw error;
      });
    const invite = await inviteFor(tx, input.credential, user.id, actorId);
    await recordAudit(tx, {
      actorId,
      publicationId: null,
      event: {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        data: {
          email,
          name,
          isAdmin: input.isAdmin,
          memberships: memberships.map((m) => ({ ...m })),
          credential: input.credential.kind,
        },
      },
    });
    return { userId: user.id, email, invite };
  });
}

function emailTaken(email: string): ConflictError {
  return new ConflictError(
    `There is already an account with the email ${email}.`,
    `邮箱 ${email} 已有账户。`,
  );
}
