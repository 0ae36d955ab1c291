// The owner sees failed sign-ins on their account (issue 14, item 4): each
// wrong password checked for it is kept with its time and address group, and
// counted since the owner's previous sign-in; every failed sign-in of an
// existing account is also in the audit log. On both databases.
import bcrypt from "bcryptjs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { signInFailures } from "@/lib/auth/sign-in-failures";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { closePools } from "@/lib/workers/pool";

const OWNER = { email: "chief@folio.test", password: "owner-password-1" };

describe(`failed sign-ins shown to the owner (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let userId: string;
  afterAll(() => closePools());
  beforeEach(async () => {
    await truncateAll(database);
    userId = (
      await database.prisma.user.create({
        data: {
          email: OWNER.email,
          name: "chief",
          isAdmin: false,
          passwordHash: bcrypt.hashSync(OWNER.password, 4),
        },
      })
    ).id;
  });

  it("records each wrong password with its address group and counts them since the previous sign-in", async () => {
    const fail = (client: string) =>
      verifyCredentials(
        database.prisma,
        { ...OWNER, password: "wrong" },
        { client },
      );
    for (const client of [
      "203.0.113.7",
      "203.0.113.7",
      "::ffff:203.0.113.7",
      "2001:db8:0:1::1",
      "2001:db8:0:1:ffff::2",
    ])
      expect(await fail(client)).toBeNull();
    // An unknown email is no one's account: nothing to show.
    await verifyCredentials(
      database.prisma,
      { email: "nobody@folio.test", password: "x" },
      { client: "198.51.100.1" },
    );
    expect(
      await verifyCredentials(database.prisma, OWNER, { client: "192.0.2.1" }),
    ).toMatchObject({ email: OWNER.email });
    const shown = await signInFailures(database.prisma, userId);
    expect(shown.sincePrevious).toBe(5);
    expect(shown.previousSignInAt).toBeNull();
    expect(
      shown.groups
        .map(({ addressGroup, count }) => ({ addressGroup, count }))
        .sort((a, b) => b.count - a.count),
    ).toEqual([
      { addressGroup: "203.0.113.7", count: 3 },
      { addressGroup: "2001:db8:0:1::/64", count: 2 },
    ]);
    expect(await database.prisma.signInFailure.count()).toBe(5);
    // Signed in again: nothing new since; the last 30 days are still listed.
    expect(
      await verifyCredentials(database.prisma, OWNER, { client: "192.0.2.1" }),
    ).not.toBeNull();
    const again = await signInFailures(database.prisma, userId);
    expect(again.sincePrevious).toBe(0);
    expect(again.previousSignInAt).not.toBeNull();
    expect(again.groups).toHaveLength(2);
  });

  it("writes each failed sign-in of an existing account to the audit log: a wrong password, or a deactivated account", async () => {
    await verifyCredentials(
      database.prisma,
      { ...OWNER, password: "wrong" },
      { client: "203.0.113.7" },
    );
    await verifyCredentials(
      database.prisma,
      { email: "nobody@folio.test", password: "x" },
      { client: "198.51.100.1" },
    );
    await database.prisma.user.update({
      where: { id: userId },
      data: { active: false },
    });
    expect(
      await verifyCredentials(database.prisma, OWNER, {
        client: "2001:db8:0:1::1",
      }),
    ).toBeNull();
    const events = await database.prisma.auditEvent.findMany({
      where: { action: "auth.sign-in.failed" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, entityType: true, entityId: true, data: true },
    });
    expect(events).toEqual([
      {
        actorId: null,
        entityType: "User",
        entityId: userId,
        data: { reason: "password", addressGroup: "203.0.113.7" },
      },
      {
        actorId: null,
        entityType: "User",
        entityId: userId,
        data: { reason: "inactive", addressGroup: "2001:db8:0:1::/64" },
      },
    ]);
    // The owner's list holds wrong passwords only.
    expect(await database.prisma.signInFailure.count()).toBe(1);
  });
});
