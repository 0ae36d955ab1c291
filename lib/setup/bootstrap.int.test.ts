import { beforeAll, describe, expect, it } from "vitest";

import { SignInThrottle } from "@/lib/auth/sign-in-throttle";
import {
  TooManyAttemptsError,
  verifyCredentials,
} from "@/lib/auth/verify-credentials";
import { testDatabaseKind, useTestDatabase } from "@/lib/db/test-database";

import { bootstrap } from "./bootstrap";

describe(`bootstrap (${testDatabaseKind})`, () => {
  const database = useTestDatabase();

  it("creates the publication, an admin with a printed password and the demo issue, once", async () => {
    const first = await bootstrap(database.prisma, {
      adminEmail: "admin@folio.local",
      adminPassword: undefined,
      loadDemo: true,
    });
    expect(first.createdAdmin).toBe("admin@folio.local");
    expect(first.generatedPassword).toMatch(/^\S{16}$/);
    expect(first.demoIssueId).not.toBeNull();
    expect(
      await verifyCredentials(database.prisma, {
        email: "admin@folio.local",
        password: first.generatedPassword,
      }),
    ).toMatchObject({
      isAdmin: true,
    });
    const issue = await database.prisma.issue.findUniqueOrThrow({
      where: { id: first.demoIssueId! },
      include: { publication: true },
    });
    expect(issue.publication.name).toBe("平湖日报");
    expect(issue.date.toISOString().slice(0, 10)).toBe("2024-01-03");
    expect(await database.prisma.article.count()).toBe(5);

    // An editor's correction survives a restart: nothing is seeded again.
    await database.prisma.article.updateMany({
      data: { headline: "改过的标题", version: 2 },
    });
    const second = await bootstrap(database.prisma, {
      adminEmail: "admin@folio.local",
      adminPassword: undefined,
      loadDemo: true,
    });
    expect(second).toEqual({
      generatedPassword: null,
      createdAdmin: null,
      demoIssueId: null,
    });
    expect(await database.prisma.article.count()).toBe(5);
    expect(
      await database.prisma.article.count({
        where: { headline: "改过的标题" },
      }),
    ).toBe(5);
    expect(await database.prisma.user.count()).toBe(1);
  });
});

describe(`verifyCredentials (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await bootstrap(database.prisma, {
      adminEmail: "chief@paper.cn",
      adminPassword: "right-password",
      loadDemo: false,
    });
  });

  it("accepts the right password, case-insensitively for the email", async () => {
    const user = await verifyCredentials(database.prisma, {
      email: "Chief@Paper.CN",
      password: "right-password",
    });
    expect(user).toMatchObject({ email: "chief@paper.cn", isAdmin: true });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("refuses an account after ten failed attempts, even with the right password", async () => {
    const throttle = new SignInThrottle();
    const guesses = Array.from({ length: 10 }, (_, i) =>
      verifyCredentials(
        database.prisma,
        { email: "chief@paper.cn", password: `guess-${i}` },
        { throttle, client: "10.0.0.9" },
      ),
    );
    // In parallel, as an attacker would send them: each one still counts.
    expect(await Promise.all(guesses)).toEqual(Array(10).fill(null));
    await expect(
      verifyCredentials(
        database.prisma,
        { email: "chief@paper.cn", password: "right-password" },
        { throttle, client: "10.0.0.9" },
      ),
    ).rejects.toThrow(TooManyAttemptsError);
    // The editor at another desk can still sign in.
    expect(
      await verifyCredentials(
        database.prisma,
        { email: "chief@paper.cn", password: "right-password" },
        { throttle, client: "10.0.0.2" },
      ),
    ).toMatchObject({ email: "chief@paper.cn" });
  });

  it("refuses a wrong password, an unknown email, malformed input and a deactivated account", async () => {
    // Earlier tests' failures on this account would pace these attempts (lib/auth/sign-in-throttle.ts).
    await database.prisma.rateLimit.deleteMany();
    expect(
      await verifyCredentials(database.prisma, {
        email: "chief@paper.cn",
        password: "wrong",
      }),
    ).toBeNull();
    expect(
      await verifyCredentials(database.prisma, {
        email: "nobody@paper.cn",
        password: "right-password",
      }),
    ).toBeNull();
    expect(
      await verifyCredentials(database.prisma, {
        email: "not-an-email",
        password: "x",
      }),
    ).toBeNull();
    await database.prisma.user.updateMany({ data: { active: false } });
    expect(
      await verifyCredentials(database.prisma, {
        email: "chief@paper.cn",
        password: "right-password",
      }),
    ).toBeNull();
  });
});
