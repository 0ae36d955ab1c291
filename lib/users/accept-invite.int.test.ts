// Accepting an invite (issue 15 item 2), on both databases: the link sets a
// password once; used, expired, unknown links and deactivated accounts are
// refused with a clear message; of two acceptances at once, one wins.
import bcrypt from "bcryptjs";
import { beforeEach, describe, expect, it } from "vitest";

import { testDatabaseKind } from "@/lib/db/test-database";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { LI, userAudit, useUsersTest } from "@/lib/testing/users-test-seed";

import { acceptInvite, lookUpInvite } from "./accept-invite";
import { INVITE_DAYS } from "./invite-token";
import { resetPassword } from "./reset-password";

const PASSWORD = "night-shift-pinghu-8";
const DAY_MS = 86_400_000;

describe(`acceptInvite (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  let token: string;
  beforeEach(async () => {
    const { invite } = await resetPassword(
      t.database.prisma,
      { userId: t.seed.userId, credential: { kind: "invite" } },
      t.seed.adminId,
    );
    token = invite!.token;
  });

  const accept = (password = PASSWORD, at?: Date) =>
    acceptInvite(t.database.prisma, { token, password }, at);
  const look = (at?: Date) => lookUpInvite(t.database.prisma, token, at);

  it("sets the password once: the user signs in with it, and the link is used up", async () => {
    expect(await look()).toMatchObject({
      status: "valid",
      email: LI.email,
      name: "李明",
    });
    expect(await accept()).toEqual({ email: LI.email });
    expect(await t.signIn(PASSWORD)).toMatchObject({ id: t.seed.userId });
    expect(await look()).toEqual({ status: "used" });
    const again = accept("another-good-password-9");
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({
      messageZh:
        "此邀请链接已使用过。请用您设置的密码登录，或请管理员重新发送邀请。",
    });
    expect(
      (await userAudit(t.database, t.seed.userId)).map((e) => [
        e.action,
        e.actorId,
      ]),
    ).toEqual([
      ["user.password.reset", t.seed.adminId],
      ["user.invite.accept", t.seed.userId],
    ]);
  });

  it("refuses a link past its 7 days, and an unknown one", async () => {
    const late = new Date(Date.now() + INVITE_DAYS * DAY_MS + 60_000);
    expect(await look(late)).toEqual({ status: "expired" });
    await expect(accept(PASSWORD, late)).rejects.toMatchObject({
      messageZh: "此邀请链接已过期，请联系管理员重新发送。",
    });
    token = "x".repeat(43);
    await expect(accept()).rejects.toBeInstanceOf(NotFoundError);
    await expect(accept()).rejects.toMatchObject({
      messageZh: "此邀请链接无效，请联系管理员重新发送。",
    });
  });

  it("refuses a weak password and keeps the link for another try", async () => {
    await expect(accept("1234567890")).rejects.toBeInstanceOf(ValidationError);
    expect(await look()).toMatchObject({ status: "valid" });
  });

  it("refuses the link of a deactivated account", async () => {
    await t.database.prisma.user.update({
      where: { id: t.seed.userId },
      data: { active: false },
    });
    expect(await look()).toEqual({ status: "unknown" });
    await expect(accept()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets one of two acceptances at once win", async () => {
    const second = "second-browser-pass-3";
    const results = await Promise.allSettled([accept(), accept(second)]);
    expect(results.map((r) => r.status).sort()).toEqual([
      "fulfilled",
      "rejected",
    ]);
    const user = await t.database.prisma.user.findUniqueOrThrow({
      where: { id: t.seed.userId },
      omit: { passwordHash: false },
    });
    const winner = results[0]!.status === "fulfilled" ? PASSWORD : second;
    expect(bcrypt.compareSync(winner, user.passwordHash)).toBe(true);
  });
});
