import "server-only";

import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { verifyPassword } from "./password";
import type { Actor } from "./policy";
import { recordSignIn, recordSignInFailure } from "./sign-in-failures";
import {
  type SignInThrottle,
  signInThrottle,
  TooManyAttemptsError,
} from "./sign-in-throttle";

export { TooManyAttemptsError };

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** The signed-in user: who they are and, for the policy, their roles per publication. */
export interface SessionUser extends Actor {
  email: string;
  name: string;
}

/** A user as sign-in returns them: with the session version their session is bound to. */
export interface SignedInUser extends SessionUser {
  sessionVersion: number;
}

// Compared against when the email is unknown, so that a wrong email takes as
// long as a wrong password and response times do not reveal accounts.
const DUMMY_HASH =
  "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.6sT0VjEJ8NbzSVAm0xJYPXJUw7Ay";

export interface VerifyOptions {
  /** The client's address (lib/http/client-address.ts); "unknown" when not known. */
  client?: string;
  /** The device id of a valid device cookie for this email (lib/auth/device-cookie.ts), or null. */
  device?: string | null;
  throttle?: SignInThrottle;
  /** Called just before the password is checked (tests count the checks). */
  onPasswordCheck?: () => void;
}

/**
 * The active user with these credentials, or null. Never says which part
 * was wrong. Every attempt passes the sign-in throttle first (counted before
 * the password is checked): throws TooManyAttemptsError while this client is
 * over its limits or, unless the device is trusted, while the account is
 * paced and another attempt holds its turn. The password is checked in a
 * worker thread; a wrong one for an existing account is recorded for its
 * owner to see, and in the audit log as is the right one of a deactivated
 * account; a right one of an active account records the sign-in.
 */
export async function verifyCredentials(
  prisma: Db,
  input: unknown,
  options: VerifyOptions = {},
): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const attempt = {
    email,
    client: options.client || "unknown",
    device: options.device ?? null,
  };
  const throttle = options.throttle ?? signInThrottle;
  await throttle.beforeAttempt(prisma, attempt);
  options.onPasswordCheck?.();
  const user = await prisma.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { select: { publicationId: true, role: true } } },
  });
  const matches = await verifyPassword(
    password,
    user?.passwordHash ?? DUMMY_HASH,
  );
  // The owner is shown each wrong password checked for their account (lib/auth/sign-in-failures.ts).
  if (user && !matches)
    await recordSignInFailure(prisma, user.id, attempt.client);
  else if (user && !user.active)
    await recordSignInFailure(prisma, user.id, attempt.client, "inactive");
  if (!user?.active || !matches) return null;
  await throttle.afterSuccess(prisma, attempt);
  await recordSignIn(prisma, user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    memberships: user.memberships,
    sessionVersion: user.sessionVersion,
  };
}
