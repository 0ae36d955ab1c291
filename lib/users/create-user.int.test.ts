// Creating accounts (issue 15 item 2), on both databases: a first password
// that signs in, or an invite link stored only as its hash; the roles per
// paper; a clear conflict for a taken email; the policy's refusals; and the
// "user.create" audit event.
import { describe, expect, it } from "vitest";

import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { testDatabaseKind } from "@/lib/db/test-database";
import { ConflictError, ValidationError } from "@/lib/errors";
import { userAudit, useUsersTest } from "@/lib/testing/users-test-seed";

import { createUser, type CreateUserInput } from "./create-user";
import { hashInviteToken, INVITE_DAYS } from "./invite-token";

const PASSWORD = "night-shift-pinghu-8";

describe(`createUser (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  const create = (input: Partial<CreateUserInput>) =>
    createUser(
      t.database.prisma,
      {
        email: "  Wang.Fang@Pinghu.test ",
        name: " 王芳 ",
        isAdmin: false,
        memberships: [
          { publicationId: t.seed.publicationId, role: "PROOFREADER" },
          { publicationId: t.seed.publicationId, role: "PROOFREADER" },
          { publicationId: t.seed.otherPaperId, role: "VIEWER" },
        ],
        credential: { kind: "invite" },
        ...input,
      },
      t.seed.adminId,
    );
  const count = () => t.database.prisma.user.count();

  it("creates an account with a first password that signs in, its roles per paper, and an audit event", async () => {
    const created = await create({
      credential: { kind: "password", password: PASSWORD },
    });
    expect(created).toMatchObject({
      email: "wang.fang@pinghu.test",
      invite: null,
    });
    const signedIn = await verifyCredentials(t.database.prisma, {
      email: "wang.fang@pinghu.test",
      password: PASSWORD,
    });
    expect(signedIn).toMatchObject({
      id: created.userId,
      name: "王芳",
      isAdmin: false,
    });
    expect(
      [...signedIn!.memberships].sort((a, b) => a.role.localeCompare(b.role)),
    ).toEqual([
      { publicationId: t.seed.publicationId, role: "PROOFREADER" },
      { publicationId: t.seed.otherPaperId, role: "VIEWER" },
    ]);
    const [event] = await userAudit(t.database, created.userId);
    expect(event).toMatchObject({
      action: "user.create",
      actorId: t.seed.adminId,
      data: { email: "wang.fang@pinghu.test", credential: "password" },
    });
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
  });

  it("creates an invited account, keeping only the token's hash, valid 7 days", async () => {
    const before = Date.now();
    const { userId, invite } = await create({});
    expect(invite!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.database.prisma.userInvite.findFirstOrThrow({
      where: { userId },
    });
    expect(stored.tokenHash).toBe(hashInviteToken(invite!.token));
    expect(stored.tokenHash).not.toContain(invite!.token);
    expect(stored.usedAt).toBeNull();
    const days = (stored.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(INVITE_DAYS - 0.01);
    expect(days).toBeLessThan(INVITE_DAYS + 0.01);
    expect(await userAudit(t.database, userId)).toMatchObject([
      { action: "user.create", data: { credential: "invite" } },
    ]);
  });

  it("refuses an email that already has an account, whatever its case, with a clear conflict", async () => {
    const again = create({ email: "LI@pinghu.test" });
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({
      message: "There is already an account with the email li@pinghu.test.",
      messageZh: "邮箱 li@pinghu.test 已有账户。",
    });
    expect(await count()).toBe(2);
  });

  it("refuses a short or common first password, a bad email, no name or an unknown paper, and writes nothing", async () => {
    const refusals: string[] = [];
    for (const input of [
      { credential: { kind: "password", password: "short-pw" } },
      { credential: { kind: "password", password: "Password123" } },
      { email: "not-an-email" },
      { name: "   " },
      { memberships: [{ publicationId: "gone", role: "VIEWER" }] },
    ] as const) {
      const error = await create(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      refusals.push((error as ValidationError).messageZh);
    }
    expect(refusals).toEqual([
      "密码至少需要 10 个字符。",
      "该密码属于最常见的密码，容易被猜中，请换一个。",
      "请填写有效的邮箱地址。",
      "请填写姓名。",
      "所选角色对应的报纸不存在（可能已被删除）。",
    ]);
    expect(await count()).toBe(2);
    expect(await t.database.prisma.auditEvent.count()).toBe(0);
  });

  it("creates an administrator with no roles", async () => {
    const { userId } = await create({ isAdmin: true, memberships: [] });
    expect(
      await t.database.prisma.user.findUniqueOrThrow({
        where: { id: userId },
        select: { isAdmin: true, memberships: true },
      }),
    ).toEqual({ isAdmin: true, memberships: [] });
  });
});
