import "server-only";

import type { Role } from "@prisma/client";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";

import { PermissionError } from "@/lib/errors";

import { authOptions } from "./auth-options";
import { hasPermission, type Permission } from "./permissions";
import type { SessionUser } from "./verify-credentials";

/**
 * The signed-in user as the database has it now: the session's jwt callback
 * (auth-options.ts) re-reads the account on every use of the cookie and
 * refuses a deactivated account or ended sessions (the session version moved
 * on), so a changed role takes effect at once. Once per request (React
 * cache): a layout and its page share the answer, and a refused cookie is
 * logged once.
 */
export const currentUser = cache(readCurrentUser);

async function readCurrentUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as {
    uid?: string;
    role?: Role;
    user?: { name?: string | null; email?: string | null };
  } | null;
  if (!session?.uid || !session.role) return null;
  return {
    id: session.uid,
    email: session.user?.email ?? "",
    name: session.user?.name ?? "",
    role: session.role,
  };
}

/**
 * For staff pages: the user, or a redirect to the sign-in page; a signed-in
 * user without the permission gets a 403 page.
 */
export async function requireUser(
  permission: Permission = "issue.view",
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}

/** For server actions and routes: the user if allowed, else PermissionError. */
export async function requirePermission(
  permission: Permission,
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || !hasPermission(user.role, permission))
    throw new PermissionError(permission);
  return user;
}
