// Setting roles per paper (issue 15 item 2), on both databases: replaced as a
// whole in one transaction, effective at the user's next request without
// ending their session, audited with before and after; an administrator
// cannot demote themselves.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => (process.env.NEXTAUTH_SECRET ??= "users-test-secret"));

import { authOptions } from "@/lib/auth/auth-options";
import type { MembershipGrant } from "@/lib/auth/policy";
import { testDatabaseKind } from "@/lib/db/test-database";
import { ValidationError } from "@/lib/errors";
import { userAudit, useUsersTest } from "@/lib/testing/users-test-seed";

import { setMemberships } from "./set-memberships";

describe(`setMemberships (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  const set = (
    isAdmin: boolean,
    memberships: MembershipGrant[],
    userId?: string,
  ) =>
    setMemberships(
      t.database.prisma,
      { userId: userId ?? t.seed.userId, isAdmin, memberships },
      t.seed.adminId,
    );

  /** What the user's current session carries at its next request. */
  async function atNextRequest() {
    const token = (await authOptions().callbacks!.jwt!({
      token: { uid: t.seed.userId, sv: 0 },
    } as never)) as { isAdmin: boolean; memberships: MembershipGrant[] };
    return { isAdmin: token.isAdmin, memberships: token.memberships };
  }

  it("replaces the roles on every paper, takes effect at the next request of the same session, and audits before and after", async () => {
    const { publicationId, otherPaperId } = t.seed;
    await set(false, [
      { publicationId: otherPaperId, role: "PAGE_EDITOR" },
      { publicationId, role: "VIEWER" },
    ]);
    const next = await atNextRequest();
    expect(next.isAdmin).toBe(false);
    expect(next.memberships).toHaveLength(2);
    expect(next.memberships).toEqual(
      expect.arrayContaining([
        { publicationId, role: "VIEWER" },
        { publicationId: otherPaperId, role: "PAGE_EDITOR" },
      ]),
    );
    const events = await userAudit(t.database, t.seed.userId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.roles",
      actorId: t.seed.adminId,
      data: {
        before: {
          isAdmin: false,
          memberships: [{ publicationId, role: "PROOFREADER" }],
        },
        after: { isAdmin: false },
      },
    });
  });

  it("makes an administrator, and takes every role away", async () => {
    await set(true, []);
    expect(await atNextRequest()).toEqual({ isAdmin: true, memberships: [] });
  });

  it("writes nothing when nothing changes", async () => {
    await set(false, [
      { publicationId: t.seed.publicationId, role: "PROOFREADER" },
    ]);
    expect(await userAudit(t.database, t.seed.userId)).toEqual([]);
  });

  it("refuses an unknown paper and keeps the roles as they were", async () => {
    await expect(
      set(false, [
        { publicationId: t.seed.otherPaperId, role: "VIEWER" },
        { publicationId: "no-such-paper", role: "VIEWER" },
      ]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await atNextRequest()).memberships).toEqual([
      { publicationId: t.seed.publicationId, role: "PROOFREADER" },
    ]);
  });

  it("refuses to take an administrator's own rights away", async () => {
    await expect(set(false, [], t.seed.adminId)).rejects.toMatchObject({
      messageZh: "不能取消自己的管理员权限，请由其他管理员操作。",
    });
    expect(
      await t.database.prisma.user.findUniqueOrThrow({
        where: { id: t.seed.adminId },
        select: { isAdmin: true },
      }),
    ).toEqual({ isAdmin: true });
  });
});
