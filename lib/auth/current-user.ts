import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";

import { NotFoundError, PermissionError } from "@/lib/errors";

import { authOptions } from "./auth-options";
import {
  type Action,
  type Actor,
  can,
  canSomewhere,
  type MembershipGrant,
  type Resource,
} from "./policy";
import type { SessionUser } from "./verify-credentials";

/**
 * The signed-in user as the database has it now: the session's jwt callback
 * (auth-options.ts) re-reads the account and its memberships on every use of
 * the cookie and refuses a deactivated account or ended sessions (the
 * session version moved on), so a changed role takes effect at once. Once
 * per request (React cache): a layout and its page share the answer, and a
 * refused cookie is logged once.
 */
export const currentUser = cache(readCurrentUser);

async function readCurrentUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as {
    uid?: string;
    isAdmin?: boolean;
    memberships?: MembershipGrant[];
    user?: { name?: string | null; email?: string | null };
  } | null;
  if (!session?.uid) return null;
  return {
    id: session.uid,
    email: session.user?.email ?? "",
    name: session.user?.name ?? "",
    isAdmin: session.isAdmin === true,
    memberships: session.memberships ?? [],
  };
}

/**
 * Throws unless `actor` may do `action` to `resource`: a NotFoundError when
 * the actor holds no role at all on the resource's publication (another
 * paper's issues are not confirmed to exist), else a PermissionError.
 */
export function authorize(
  actor: Actor,
  action: Action,
  resource: Resource,
): void {
  if (can(actor, action, resource)) return;
  if (
    resource.kind !== "installation" &&
    !actor.isAdmin &&
    !actor.memberships.some((m) => m.publicationId === resource.publicationId)
  )
    throw new NotFoundError(
      "This does not exist, or it belongs to a paper you have no role on.",
      "找不到该内容，或它属于您没有角色的报纸。",
    );
  throw new PermissionError(action);
}

/**
 * For staff pages: the user, or a redirect to the sign-in page. With an
 * action, a user who holds it on no publication gets a 403 page; the page
 * still authorizes against the resource it shows (authorizePage).
 */
export async function requireUser(action?: Action): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  if (action && !canSomewhere(user, action)) forbidden();
  return user;
}

/** For staff pages: authorize(), answered with the 404 or 403 page. */
export function authorizePage(
  actor: Actor,
  action: Action,
  resource: Resource,
): void {
  try {
    authorize(actor, action, resource);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    forbidden();
  }
}

/** For routes and server actions: the signed-in user, else PermissionError. */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new PermissionError("signed-in");
  return user;
}
