// Deactivating and reactivating accounts (issue 15 item 2), on both
// databases: deactivation ends every session at once (the check every
// request makes, on whichever app server), refuses the next sign-in and is
// audited; reactivation lets the user sign in again without reviving old
// sessions. An administrator cannot deactivate themselves.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => (process.env.NEXTAUTH_SECRET ??= "users-test-secret"));

import { testDatabaseKind } from "@/lib/db/test-database";
import { NotFoundError } from "@/lib/errors";
import {
  LI,
  sessionAccepted,
  userAudit,
  useUsersTest,
} from "@/lib/testing/users-test-seed";

import { setUserActive } from "./set-user-active";

describe(`setUserActive (${testDatabaseKind})`, () => {
  const t = useUsersTest();
  const set = (active: boolean, userId?: string) =>
    setUserActive(
      t.database.prisma,
      { userId: userId ?? t.seed.userId, active },
      t.seed.adminId,
    );

  it("ends every session at once, refuses the next sign-in, and audits who did it", async () => {
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(true);
    await set(false);
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(false);
    expect(await t.signIn(LI.password)).toBeNull();
    expect(
      (await userAudit(t.database, t.seed.userId)).map((e) => [
        e.action,
        e.actorId,
      ]),
    ).toEqual([
      ["user.deactivate", t.seed.adminId],
      ["auth.sign-in.failed", null],
    ]);
  });

  it("reactivates: the user signs in again, and the sessions ended stay ended", async () => {
    await set(false);
    await set(true);
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(false);
    const signedIn = await t.signIn(LI.password);
    expect(signedIn).toMatchObject({ id: t.seed.userId });
    expect(await sessionAccepted(t.seed.userId, signedIn!.sessionVersion)).toBe(
      true,
    );
    const actions = (await userAudit(t.database, t.seed.userId)).map(
      (e) => e.action,
    );
    expect(actions).toContain("user.reactivate");
  });

  it("does nothing to an account already in that state", async () => {
    await set(true);
    expect(await sessionAccepted(t.seed.userId, 0)).toBe(true);
    expect(await userAudit(t.database, t.seed.userId)).toEqual([]);
  });

  it("refuses to deactivate the administrator acting, and an unknown account", async () => {
    await expect(set(false, t.seed.adminId)).rejects.toMatchObject({
      messageZh: "不能停用自己的账户。",
    });
    expect(await sessionAccepted(t.seed.adminId, 0)).toBe(true);
    await expect(set(false, "gone")).rejects.toBeInstanceOf(NotFoundError);
  });
});
