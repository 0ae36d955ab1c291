// Sessions (issue 7, §7) on both databases, through next-auth's own handler
// with Folio's options: sign-out and deactivation end a session on the
// server (a copied cookie stops working at once), the session endpoint never
// reports a deactivated user's old role, and each refused cookie (forged,
// expired, ended) is one line in the log.
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "security-test-secret";
  process.env.NEXTAUTH_URL = "http://desk.folio.test";
  delete process.env.FOLIO_PUBLIC_URL;
});

import { authOptions } from "@/lib/auth/auth-options";
import { deactivateUser } from "@/lib/auth/end-sessions";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { createStaff } from "@/lib/testing/create-staff";

const SECRET = "security-test-secret";
const COOKIE = "next-auth.session-token";

describe(`sessions (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let userId: string;
  let publicationId: string;
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));
  beforeEach(async () => {
    await truncateAll(database);
    publicationId = (
      await database.prisma.publication.create({
        data: { name: "平湖日报", slug: "pinghu" },
      })
    ).id;
    userId = await createStaff(database.prisma, {
      email: "chief@folio.test",
      role: "CHIEF_EDITOR",
      publicationIds: [publicationId],
    });
  });

  /** The cookie next-auth would have set at sign-in (session version 0). */
  const signedInCookie = (claims: Record<string, unknown> = {}) =>
    encode({
      secret: SECRET,
      token: {
        sub: userId,
        uid: userId,
        sv: 0,
        ...claims,
      },
      maxAge: 12 * 60 * 60,
    });

  /** The session next-auth reads from this cookie (as /api/auth/session and every page do), or {}. */
  async function session(cookie: string) {
    const req = {
      headers: { host: "desk.folio.test", cookie: `${COOKIE}=${cookie}` },
      cookies: { [COOKIE]: cookie },
    };
    const res = {
      getHeader: () => undefined,
      setHeader: () => undefined,
      setCookie: () => undefined,
    };
    const body = (await getServerSession(
      req as never,
      res as never,
      authOptions(),
    )) as { uid?: string; memberships?: unknown } | null;
    return body ?? {};
  }

  async function loggedLines(fn: () => Promise<unknown>): Promise<string[]> {
    const lines: string[] = [];
    const spies = (["warn", "error", "log"] as const).map((level) =>
      vi
        .spyOn(console, level)
        .mockImplementation(
          (...args: unknown[]) => void lines.push(args.map(String).join(" ")),
        ),
    );
    try {
      await fn();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    return lines;
  }

  it("reports the session while the account is active and its sessions not ended", async () => {
    expect(await session(await signedInCookie())).toMatchObject({
      uid: userId,
      isAdmin: false,
      memberships: [{ publicationId, role: "CHIEF_EDITOR" }],
    });
  });

  it("ends a copied cookie at sign-out", async () => {
    const copy = await signedInCookie();
    // Signing out in the browser: next-auth's sign-out event with the decoded token.
    await authOptions().events!.signOut!({
      token: { uid: userId, sv: 0 },
    } as never);
    expect(
      await database.prisma.user.findUniqueOrThrow({ where: { id: userId } }),
    ).toMatchObject({ sessionVersion: 1 });
    expect(await session(copy)).toEqual({});
  });

  it("never reports a deactivated user's old role, and picks up a changed role at once", async () => {
    const cookie = await signedInCookie();
    await database.prisma.membership.updateMany({
      where: { userId },
      data: { role: "VIEWER" },
    });
    expect(await session(cookie)).toMatchObject({
      memberships: [{ publicationId, role: "VIEWER" }],
    });
    await deactivateUser(database.prisma, userId, null);
    expect(await session(cookie)).toEqual({});
    expect(
      await database.prisma.auditEvent.count({
        where: { action: "user.deactivate", entityId: userId },
      }),
    ).toBe(1);
  });

  it("starts a re-activated account with no session, however it was deactivated and re-activated", async () => {
    const cookie = await signedInCookie();
    // An administrator's SQL, not deactivateUser: the database itself ends the sessions.
    await database.prisma.user.update({
      where: { id: userId },
      data: { active: false },
    });
    expect(await session(cookie)).toEqual({});
    await database.prisma.user.update({
      where: { id: userId },
      data: { active: true },
    });
    expect(await session(cookie)).toEqual({});
    const stored = await database.prisma.user.findUniqueOrThrow({
      where: { id: userId },
    });
    expect(stored.sessionVersion).toBe(2);
    // A cookie from a sign-in after re-activation works.
    expect(
      await session(await signedInCookie({ sv: stored.sessionVersion })),
    ).toMatchObject({ uid: userId });
  });

  it("writes one line per refused cookie: forged, expired, ended", async () => {
    const forged =
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.cookie.value";
    const expired = await encode({
      secret: SECRET,
      token: { uid: userId, sv: 0 },
      maxAge: -60,
    });
    const otherSecret = await encode({
      secret: "not-ours",
      token: { uid: userId, sv: 0 },
    });
    await deactivateUser(database.prisma, userId, null);
    const ended = await signedInCookie();
    for (const cookie of [forged, expired, otherSecret, ended]) {
      const lines = await loggedLines(() => session(cookie));
      expect(lines, cookie.slice(0, 20)).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^\[auth\] refused a session cookie \(JWT_SESSION_ERROR\): \S/,
      );
      expect(lines[0]).not.toContain("\n");
    }
  });
});
