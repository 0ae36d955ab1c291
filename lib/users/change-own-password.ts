// A signed-in user changes their own password, proving it is them with the
// current one. Their sessions end everywhere (a password is changed because
// it may be known to someone else); the browser they changed it in signs in
// again with the new password (components/users/change-password-form.tsx),
// since a session is a cookie bound to the session version
// (lib/auth/auth-options.ts) that only a sign-in can renew.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { assertPasswordAllowed } from "./password-policy";
import { storePassword } from "./store-password";

export interface ChangeOwnPasswordInput {
  userId: string;
  currentPassword: string;
  newPassword: string;
}

/**
 * Checks the current password (in a worker) and the new one against the
 * policy, then stores the new hash, ends the user's sessions and writes a
 * "user.password.change" AuditEvent, in one transaction. Throws
 * ValidationError for a wrong current password (also said for an unknown or
 * deactivated account), a new one the policy refuses, or one equal to the
 * current.
 */
export async function changeOwnPassword(
  prisma: Db,
  input: ChangeOwnPasswordInput,
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: input.userId },
    select: { id: true, active: true, passwordHash: true },
  });
  const matches =
    user?.active === true &&
    input.currentPassword.length <= 200 &&
    (await verifyPassword(input.currentPassword, user.passwordHash));
  if (!user || !matches)
    throw new ValidationError(
      "The current password is not right.",
      "当前密码不正确。",
    );
  assertPasswordAllowed(input.newPassword);
  if (input.newPassword === input.currentPassword)
    throw new ValidationError(
      "The new password is the same as the current one.",
      "新密码与当前密码相同。",
    );
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await storePassword(tx, user.id, passwordHash);
    await recordAudit(tx, {
      actorId: user.id,
      publicationId: null,
      event: {
        action: "user.password.change",
        entityType: "User",
        entityId: user.id,
        data: {},
      },
    });
  });
}
