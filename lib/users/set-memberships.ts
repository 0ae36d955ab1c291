// An administrator sets what an account may do: administrator or not, and
// its roles per paper, replaced as a whole. Sessions carry on: every request
// re-reads the roles (lib/auth/auth-options.ts jwt callback), so a change
// takes effect at the user's next request without signing them out.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { MembershipGrant } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

import { findUserForChange } from "./find-user";
import { checkedGrants } from "./membership-grants";

export interface SetMembershipsInput {
  userId: string;
  isAdmin: boolean;
  memberships: readonly MembershipGrant[];
}

const key = (grants: readonly MembershipGrant[]) =>
  grants
    .map((g) => `${g.publicationId}\t${g.role}`)
    .sort()
    .join("\n");

/**
 * Replaces the user's memberships and administrator flag in one
 * transaction, with a "user.roles" AuditEvent holding before and after;
 * nothing is written when nothing changes. Throws NotFoundError for an
 * unknown user, ValidationError for an unknown paper or when `actorId`
 * would take away their own administrator rights (the installation always
 * keeps the administrator who is acting).
 */
export async function setMemberships(
  prisma: Db,
  input: SetMembershipsInput,
  actorId: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await findUserForChange(tx, input.userId);
    if (user.id === actorId && user.isAdmin && !input.isAdmin)
      throw new ValidationError(
        "You cannot take away your own administrator rights; another administrator can.",
        "不能取消自己的管理员权限，请由其他管理员操作。",
      );
    const memberships = await checkedGrants(tx, input.memberships);
    if (
      user.isAdmin === input.isAdmin &&
      key(user.memberships) === key(memberships)
    )
      return;
    await tx.membership.deleteMany({ where: { userId: user.id } });
    await tx.membership.createMany({
      data: memberships.map((m) => ({ ...m, userId: user.id })),
    });
    if (user.isAdmin !== input.isAdmin)
      await tx.user.update({
        where: { id: user.id },
        data: { isAdmin: input.isAdmin },
      });
    await recordAudit(tx, {
      actorId,
      publicationId: null,
      event: {
        action: "user.roles",
        entityType: "User",
        entityId: user.id,
        data: {
          before: {
            isAdmin: user.isAdmin,
            memberships: user.memberships.map((m) => ({ ...m })),
          },
          after: {
            isAdmin: input.isAdmin,
            memberships: memberships.map((m) => ({ ...m })),
          },
        },
      },
    });
  });
}
