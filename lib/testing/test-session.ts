// Route tests sign in by replacing currentUser (lib/auth/current-user.ts)
// with this: the session of `as.id` holding `as.role` on `as.publicationIds`.
import type { Role } from "@prisma/client";

import type { SessionUser } from "@/lib/auth/verify-credentials";

export interface TestSession {
  /** "ADMIN" for an administrator; null for nobody signed in. */
  role: Role | "ADMIN" | null;
  id: string;
  /** The papers the role is held on. */
  publicationIds: string[];
}

/** The SessionUser a route sees for `session`, or null when signed out. */
export function sessionUser(session: TestSession): SessionUser | null {
  if (session.role === null) return null;
  const { role } = session;
  return {
    id: session.id,
    email: "x@folio.test",
    name: "x",
    isAdmin: role === "ADMIN",
    memberships:
      role === "ADMIN"
        ? []
        : session.publicationIds.map((publicationId) => ({
            publicationId,
            role,
          })),
  };
}

/**
 * The current-user module with currentUser (and requireUser, for pages)
 * answering `session()`, for `vi.mock("@/lib/auth/current-user", async (o)
 * => (await import("@/lib/testing/test-session")).withSession(await o(), …))`.
 */
export function withSession<M extends object>(
  original: M,
  session: () => TestSession,
): M {
  return {
    ...original,
    currentUser: async () => sessionUser(session()),
    requireUser: async () => sessionUser(session()),
  };
}

/** An administrator's session: every right on every paper. */
export const ADMIN_SESSION: TestSession = {
  role: "ADMIN",
  id: "u1",
  publicationIds: [],
};
