// The account an administrator's change names, read inside its transaction.
import "server-only";

import type { Prisma } from "@prisma/client";

import { NotFoundError } from "@/lib/errors";

/** The user `userId` with the fields account changes compare; NotFoundError when there is none. */
export async function findUserForChange(
  tx: Prisma.TransactionClient,
  userId: string,
) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      active: true,
      isAdmin: true,
      memberships: { select: { publicationId: true, role: true } },
    },
  });
  if (!user) throw userNotFound();
  return user;
}

/** The refusal for an account that does not exist (any more). */
export function userNotFound(): NotFoundError {
  return new NotFoundError(
    "This account does not exist (any more).",
    "找不到该账户。",
  );
}
