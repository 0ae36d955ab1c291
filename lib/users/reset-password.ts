// An administrator resets someone's password, to one they type or to a new
// invite link: the old password stops working and every session of the
// account ends at once (it may have been used by someone else).
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { type Credential, credentialHash, inviteFor } from "./credential";
import { findUserForChange } from "./find-user";
import type { IssuedInvite } from "./invite-token";
import { storePassword } from "./store-password";

/**
 * Sets the new password hash (the typed password's, or an unusable one
 * until the new invite is accepted), ends the account's sessions, replaces
 * its unused invites, and writes a "user.password.reset" AuditEvent by
 * `actorId`, in one transaction. Returns the new invite to show once, or
 * null. Throws ValidationError (password policy; an administrator's own
 * password is changed on their account page, with the current one) or
 * NotFoundError.
 */
export async function resetPassword(
  prisma: Db,
  input: { userId: string; credential: Credential },
  actorId: string,
): Promise<{ invite: IssuedInvite | null }> {
  if (input.userId === actorId)
    throw new ValidationError(
      "Change your own password on your account page.",
      "请在“我的账户”中修改自己的密码。",
    );
  const passwordHash = await credentialHash(input.credential);
  return prisma.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    await storePassword(tx, user.id, passwordHash);
    const invite = await inviteFor(tx, input.credential, user.id, actorId);
    await recordAudit(tx, {
      actorId,
      publicationId: null,
      event: {
        action: "user.password.reset",
        entityType: "User",
        entityId: user.id,
        data: { credential: input.credential.kind },
      },
    });
    return { invite };
  });
}
