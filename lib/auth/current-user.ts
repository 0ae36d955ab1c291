import "server-only";

import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db/client";
import { PermissionError } from "@/lib/errors";

import { authOptions } from "./auth-options";
import { hasPermission, type Permission } from "./permissions";
import type { SessionUser } from "./verify-credentials";

/**
 * The signed-in user, re-read from the database so that a deactivated
 * account, a changed role or ended sessions (sign-out elsewhere: the session
 * version moved on) take effect at once. Once per request (React cache): a
 * layout and its page share the answer, and a refused cookie is logged once.
 */
export const currentUser = cache(readCurrentUser);

async function readCurrentUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db().user.findUnique({ where: { id: session.uid } });
  if (!user?.active || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * For staff pages: the user, or a redirect to the sign-in page; a signed-in
 * user without the permission gets a 403 page.
 */
export async function requireUser(permission: Permission = "issue.view"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}

/** For server actions and routes: the user if allowed, else PermissionError. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || !hasPermission(user.role, permission)) throw new PermissionError(permission);
  return user;
}
