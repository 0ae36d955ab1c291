import "server-only";

import type { Role } from "@prisma/client";
import { z } from "zod";

import type { Db } from "@/lib/db/client";

import { verifyPassword } from "./password";
import { signInThrottle, type SignInThrottle } from "./sign-in-throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Compared against when the email is unknown, so that a wrong email takes as
// long as a wrong password and response times do not reveal accounts.
const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.6sT0VjEJ8NbzSVAm0xJYPXJUw7Ay";

const ACCOUNT_LIMIT = 100;

export class TooManyAttemptsError extends Error {
  constructor() {
    super("TooManyAttempts");
    this.name = "TooManyAttemptsError";
  }
}

/**
 * The active user with these credentials, or null. Never says which part
 * was wrong; throws TooManyAttemptsError while the account is throttled.
 */
export async function verifyCredentials(
  prisma: Db,
  input: unknown,
  options: { client?: string; throttle?: SignInThrottle } = {},
): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Per account and client, so a stranger's guesses cannot lock the admin out
  // at every desk; plus a looser cap per account, since a client address
  // taken from X-Forwarded-For can be forged.
  const key = `${email}|${options.client ?? ""}`;
  const throttle = options.throttle ?? signInThrottle;
  if (!throttle.tryAttempt(key) || !throttle.tryAttempt(email, ACCOUNT_LIMIT)) throw new TooManyAttemptsError();
  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user?.active || !matches) return null;
  throttle.recordSuccess(key);
  throttle.recordSuccess(email);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
