// The invited user opens their link and chooses a password: the link works
// once, for INVITE_DAYS, and only for an active account.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";

import { hashInviteToken } from "./invite-token";
import { assertPasswordAllowed } from "./password-policy";
import { storePassword } from "./store-password";

/** What an invite link leads to, for the page that shows it. */
export type InviteLookup =
  | { status: "valid"; email: string; name: string; expiresAt: Date }
  | { status: "used" | "expired" | "unknown" };

/** What `token` is now: valid (for whom), used, expired, or unknown (also for a deactivated account). */
export async function lookUpInvite(
  prisma: Db,
  token: string,
  now = new Date(),
): Promise<InviteLookup> {
  const invite = await prisma.userInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, name: true, active: true } },
    },
  });
  if (!invite?.user.active) return { status: "unknown" };
  if (invite.usedAt) return { status: "used" };
  if (invite.expiresAt <= now) return { status: "expired" };
  const { email, name } = invite.user;
  return { status: "valid", email, name, expiresAt: invite.expiresAt };
}

/** The refusal for an invite that is not (or no longer) valid. */
function refused(status: "used" | "expired" | "unknown"): Error {
  if (status === "used")
    return new ConflictError(
      "This invite link was already used. Sign in with the password you chose, or ask an administrator for a new link.",
      "此邀请链接已使用过。请用您设置的密码登录，或请管理员重新发送邀请。",
    );
  if (status === "expired")
    return new ConflictError(
      "This invite link has expired. Ask an administrator for a new one.",
      "此邀请链接已过期，请联系管理员重新发送。",
    );
  return new NotFoundError(
    "This invite link is not valid. Ask an administrator for a new one.",
    "此邀请链接无效，请联系管理员重新发送。",
  );
}

/**
 * Sets the invited account's password from `token`: the password passes the
 * policy (ValidationError), the invite is consumed in the same transaction
 * as the new hash and a "user.invite.accept" AuditEvent, and any session the
 * account had ends. A token used, expired, unknown or of a deactivated
 * account throws ConflictError or NotFoundError; of two acceptances at
 * once, one wins. Returns the email to sign in with.
 */
export async function acceptInvite(
  prisma: Db,
  input: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const found = await lookUpInvite(prisma, input.token, now);
  if (found.status !== "valid") throw refused(found.status);
  assertPasswordAllowed(input.password);
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashInviteToken(input.token);
  return prisma.$transaction(async (tx) => {
    const consumed = await tx.userInvite.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const invite = await tx.userInvite.findUnique({
      where: { tokenHash },
      select: { userId: true, user: { select: { active: true } } },
    });
    if (consumed.count !== 1 || !invite?.user.active)
      throw refused(consumed.count !== 1 ? "used" : "unknown");
    await storePassword(tx, invite.userId, passwordHash);
    await recordAudit(tx, {
      actorId: invite.userId,
      publicationId: null,
      event: {
        action: "user.invite.accept",
        entityType: "User",
        entityId: invite.userId,
        data: {},
      },
    });
    return { email: found.email };
  });
}
