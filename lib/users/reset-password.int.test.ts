// An administrator resets a password (issue 15 item 2), on both databases: to
// a typed one or to a new invite link; either way the old password stops
// working, every session ends, earlier links die, and it is audited.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => (process.env.NEXTAUTH_SECRET ??= "users-test-secret"));

import { testDatabaseKind } from "@/lib/db/test-database";
import {
  LI,
  sessionAccepted,
  userAudit,
  useUsersTest,
} from "@/lib/testing/users-test-seed";

import { lookUpInvite } from "./accept-invite";
import type { Credential } from "./credential";
import { resetPassword } from "./reset-password";

const NEW = "night-shift-pinghu-8";

describe(`resetPassword (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  const reset = (credential: Credential, userId?: string) =>
    resetPassword(
      t.database.prisma,
      { userId: userId ?? t.seed.userId, credential },
      t.seed.adminId,
    );

  it("sets a typed password: the old one stops working, every session ends, audited without the password", async () => {
    await reset({ kind: "password", password: NEW });
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(false);
    expect(await t.signIn(LI.password)).toBeNull();
    expect(await t.signIn(NEW)).toMatchObject({ id: t.seed.userId });
    const events = await userAudit(t.database, t.seed.userId);
    expect(events.find((e) => e.action === "user.password.reset")).toEqual({
      action: "user.password.reset",
      actorId: t.seed.adminId,
      data: { credential: "password" },
    });
  });

  it("issues a new invite: no password works until it is accepted, and the earlier link dies", async () => {
    const first = await reset({ kind: "invite" });
    const second = await reset({ kind: "invite" });
    expect(await t.signIn(LI.password)).toBeNull();
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(false);
    const prisma = t.database.prisma;
    expect(await lookUpInvite(prisma, first.invite!.token)).toEqual({
      status: "unknown",
    });
    expect(await lookUpInvite(prisma, second.invite!.token)).toMatchObject({
      status: "valid",
      email: LI.email,
    });
  });

  it("refuses a weak password and the administrator's own account, changing nothing", async () => {
    await expect(
      reset({ kind: "password", password: "qwertyuiop" }),
    ).rejects.toMatchObject({
      messageZh: "该密码属于最常见的密码，容易被猜中，请换一个。",
    });
    await expect(
      reset({ kind: "invite" }, t.seed.adminId),
    ).rejects.toMatchObject({ messageZh: "请在“我的账户”中修改自己的密码。" });
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(true);
    expect(await t.signIn(LI.password)).not.toBeNull();
  });
});
