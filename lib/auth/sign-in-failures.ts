// Failed sign-ins an account's owner is shown (issue 14, item 4): each wrong
// password checked for an existing account is written with its time and the
// client's address group; after signing in, the owner sees those since their
// previous sign-in on the desk and the last 30 days on their account page.
// Every failed sign-in of an existing account is also an AuditEvent.
import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { addressGroup } from "@/lib/http/address-group";

/** How long failures are kept and listed. */
export const FAILURE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a sign-in with an existing account's email failed. */
export type SignInFailureReason = "password" | "inactive";

/**
 * Records one failed sign-in of `userId` from `client` (an address; stored as
 * its group), in one transaction: an "auth.sign-in.failed" AuditEvent for
 * the installation's record, and for a wrong password also the
 * SignInFailure the owner is shown. "inactive": the right password of a
 * deactivated account.
 */
export async function recordSignInFailure(
  prisma: Db,
  userId: string,
  client: string,
  reason: SignInFailureReason = "password",
): Promise<void> {
  const group = addressGroup(client);
  await prisma.$transaction([
    ...(reason === "password"
      ? [
          prisma.signInFailure.create({
            data: { userId, addressGroup: group },
          }),
        ]
      : []),
    recordAudit(prisma, {
      actorId: null,
      publicationId: null,
      event: {
        action: "auth.sign-in.failed",
        entityType: "User",
        entityId: userId,
        data: { reason, addressGroup: group },
      },
    }),
  ]);
}

/**
 * A successful sign-in: the one before becomes the "previous" sign-in the
 * desk counts failures from, and failures older than FAILURE_DAYS go.
 */
export async function recordSignIn(
  prisma: Db,
  userId: string,
  now = new Date(),
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { lastSignInAt: true },
  });
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { previousSignInAt: user?.lastSignInAt ?? null, lastSignInAt: now },
    }),
    prisma.signInFailure.deleteMany({
      where: {
        userId,
        at: { lt: new Date(now.getTime() - FAILURE_DAYS * DAY_MS) },
      },
    }),
  ]);
}

export interface FailureGroup {
  /** An IPv4 address or an IPv6 /64 ("2001:db8:0:1::/64"). */
  addressGroup: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
}

export interface SignInFailures {
  /** Failures since the previous sign-in (all kept ones for a first sign-in). */
  sincePrevious: number;
  previousSignInAt: Date | null;
  /** The last FAILURE_DAYS days by address group, most recent first. */
  groups: FailureGroup[];
}

/** What the owner `userId` is shown about failed sign-ins on their account. */
export async function signInFailures(
  prisma: Db,
  userId: string,
  now = new Date(),
): Promise<SignInFailures> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { previousSignInAt: true },
  });
  const previousSignInAt = user?.previousSignInAt ?? null;
  const since = new Date(now.getTime() - FAILURE_DAYS * DAY_MS);
  const [sincePrevious, rows] = await Promise.all([
    prisma.signInFailure.count({
      where: { userId, at: { gt: previousSignInAt ?? since } },
    }),
    prisma.signInFailure.groupBy({
      by: ["addressGroup"],
      where: { userId, at: { gte: since } },
      _count: { _all: true },
      _min: { at: true },
      _max: { at: true },
    }),
  ]);
  const groups = rows
    .map((r) => ({
      addressGroup: r.addressGroup,
      count: r._count._all,
      firstAt: r._min.at!,
      lastAt: r._max.at!,
    }))
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  return { sincePrevious, previousSignInAt, groups };
}
