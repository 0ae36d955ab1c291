// For the account-management tests (lib/users): two papers, the
// administrator who acts, one proofreader to act on, and a way to ask
// whether a session cookie of theirs still works.
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach } from "vitest";

import {
  type SignedInUser,
  verifyCredentials,
} from "@/lib/auth/verify-credentials";
import { type Database, setDatabase } from "@/lib/db/client";
import { truncateAll, useTestDatabase } from "@/lib/db/test-database";
import { closePools } from "@/lib/workers/pool";

import { createStaff } from "./create-staff";

/** The proofreader of 平湖日报 the tests act on. */
export const LI = { email: "li@pinghu.test", password: "pinghu-proof-desk-7" };

export interface UsersSeed {
  publicationId: string;
  otherPaperId: string;
  adminId: string;
  /** LI's account. */
  userId: string;
}

export interface UsersTest {
  readonly database: Database;
  readonly seed: UsersSeed;
  /** Signs in as LI with `password` (null when refused). */
  signIn(password: string): Promise<SignedInUser | null>;
}

/**
 * For an account-management test file: the test database (also given to
 * setDatabase), emptied and seeded with 平湖日报, 平湖周刊, the administrator
 * admin@folio.test and LI before each test; the worker pool closed after.
 */
export function useUsersTest(): UsersTest {
  const database = useTestDatabase();
  // Filled before each test (a holder, not a reassigned variable: this is a hook by name).
  const made: { seed?: UsersSeed } = {};
  beforeAll(() => setDatabase(database));
  afterAll(async () => {
    setDatabase(undefined);
    await closePools();
  });
  beforeEach(async () => {
    await truncateAll(database);
    const prisma = database.prisma;
    const [daily, weekly] = await Promise.all([
      prisma.publication.create({ data: { name: "平湖日报", slug: "pinghu" } }),
      prisma.publication.create({ data: { name: "平湖周刊", slug: "weekly" } }),
    ]);
    made.seed = {
      publicationId: daily.id,
      otherPaperId: weekly.id,
      adminId: await createStaff(prisma, {
        email: "admin@folio.test",
        role: "ADMIN",
      }),
      userId: await createStaff(prisma, {
        email: LI.email,
        name: "李明",
        role: "PROOFREADER",
        publicationIds: [daily.id],
        passwordHash: bcrypt.hashSync(LI.password, 4),
      }),
    };
  });
  return {
    database,
    get seed() {
      if (!made.seed) throw new Error("The users seed is made in beforeEach.");
      return made.seed;
    },
    signIn: (password) =>
      verifyCredentials(database.prisma, { email: LI.email, password }),
  };
}

/**
 * Whether a session cookie issued to `userId` at session version `sv` is
 * still accepted: next-auth's jwt callback with Folio's options, as every
 * request runs it (lib/auth/auth-options.ts). Needs NEXTAUTH_SECRET set
 * before the options are first built (vi.hoisted in the test file).
 */
export async function sessionAccepted(
  userId: string,
  sv: number,
): Promise<boolean> {
  const { authOptions } = await import("@/lib/auth/auth-options");
  try {
    await authOptions().callbacks!.jwt!({
      token: { uid: userId, sv },
    } as never);
    return true;
  } catch (error) {
    if ((error as Error).name === "SessionEndedError") return false;
    throw error;
  }
}

/** The "User" audit events of `userId`, oldest first, as { action, actorId, data }. */
export async function userAudit(database: Database, userId: string) {
  return database.prisma.auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, data: true },
  });
}
