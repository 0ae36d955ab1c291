// A user changes their own password (issue 15 item 2), on both databases:
// only with the current one; the new one passes the policy; the other
// sessions end (the browser signs in again with the new password); audited.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => (process.env.NEXTAUTH_SECRET ??= "users-test-secret"));

import { testDatabaseKind } from "@/lib/db/test-database";
import { ValidationError } from "@/lib/errors";
import {
  LI,
  sessionAccepted,
  userAudit,
  useUsersTest,
} from "@/lib/testing/users-test-seed";

import { changeOwnPassword } from "./change-own-password";

const NEW = "night-shift-pinghu-8";

describe(`changeOwnPassword (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  const change = (currentPassword: string, newPassword: string) =>
    changeOwnPassword(t.database.prisma, {
      userId: t.seed.userId,
      currentPassword,
      newPassword,
    });
  /** The Chinese message the change is refused with. */
  const refusal = (currentPassword: string, newPassword: string) =>
    change(currentPassword, newPassword).then(
      () => null,
      (e: unknown) => {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).messageZh;
      },
    );

  it("changes it with the current password: the new one signs in, the old one and old sessions no longer", async () => {
    await change(LI.password, NEW);
    expect(await t.signIn(LI.password)).toBeNull();
    const again = await t.signIn(NEW);
    expect(again).toMatchObject({ id: t.seed.userId });
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(false);
    // The browser that changed it signs in again: that session works.
    expect(await sessionAccepted(t.seed.userId, again!.sessionVersion)).toBe(
      true,
    );
    expect(await userAudit(t.database, t.seed.userId)).toContainEqual({
      action: "user.password.change",
      actorId: t.seed.userId,
      data: {},
    });
  });

  it("refuses a wrong current password, a weak new one and the same one, changing nothing", async () => {
    expect(await refusal("not-the-password", NEW)).toBe("当前密码不正确。");
    expect(await refusal(LI.password, "short")).toBe(
      "密码至少需要 10 个字符。",
    );
    expect(await refusal(LI.password, "iloveyou123")).toBe(
      "该密码属于最常见的密码，容易被猜中，请换一个。",
    );
    expect(await refusal(LI.password, LI.password)).toBe(
      "新密码与当前密码相同。",
    );
    expect(await t.signIn(LI.password)).not.toBeNull();
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(true);
  });
});
