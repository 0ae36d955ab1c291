// The sign-in throttle (issue 7, §6) on both databases, through the same
// authorize function next-auth calls: the client is the socket's address
// whatever X-Forwarded-For says, one client is limited across accounts, a
// flood of guesses slows the account down but never locks its owner out,
// the counters live in the database, and hashing runs off the event loop.
import bcrypt from "bcryptjs";
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
vi.mock("@/lib/setup/prepare-database", () => ({
  prepareDatabase: async () => undefined,
}));

import { GET as health } from "@/app/api/health/route";
import { authOptions } from "@/lib/auth/auth-options";
import {
  DEVICE_COOKIE,
  issueDeviceCookie,
  readDeviceCookie,
} from "@/lib/auth/device-cookie";
import {
  SignInThrottle,
  THROTTLE_LIMITS,
  TooManyAttemptsError,
} from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import {
  clientAddress,
  PEER_HEADER,
  trustPeerHeaderForTests,
} from "@/lib/http/client-address";
import { closePools } from "@/lib/workers/pool";

type Authorize = (
  credentials: unknown,
  req: { headers: Record<string, string> },
) => Promise<{ email: string } | null>;
const authorize: Authorize = (credentials, req) =>
  (
    authOptions().providers[0] as unknown as {
      options: { authorize: Authorize };
    }
  ).options.authorize(credentials, req);

const OWNER = { email: "admin@folio.test", password: "owner-password-1" };
// A cheap hash for the test accounts (bcrypt cost 4): the throttle, not bcrypt, is under test.
const cheapHash = bcrypt.hashSync(OWNER.password, 4);

/** A request from socket address `peer`, with whatever else the client chose to send. */
const from = (peer: string, headers: Record<string, string> = {}) => ({
  headers: { host: "desk.folio.test", [PEER_HEADER]: peer, ...headers },
});

describe(`sign-in throttle (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  beforeAll(() => {
    setDatabase(database);
    trustPeerHeaderForTests();
  });
  afterAll(async () => {
    setDatabase(undefined);
    await closePools();
  });
  beforeEach(async () => {
    await truncateAll(database);
    await database.prisma.user.create({
      data: {
        email: OWNER.email,
        name: "admin",
        isAdmin: true,
        passwordHash: cheapHash,
      },
    });
  });

  it("takes the socket's address, not a client's X-Forwarded-For (trusted only as far as configured proxies append)", () => {
    const spoofed = new Headers({
      [PEER_HEADER]: "203.0.113.7",
      "x-forwarded-for": "1.2.3.4, 5.6.7.8",
    });
    expect(clientAddress(spoofed, 0)).toBe("203.0.113.7");
    // One proxy in front: it appended the address it saw; what the client wrote before stays ignored.
    expect(clientAddress(spoofed, 1)).toBe("5.6.7.8");
    expect(
      clientAddress(new Headers({ [PEER_HEADER]: "::ffff:10.0.0.5" }), 0),
    ).toBe("10.0.0.5");
  });

  it("gives a made-up X-Forwarded-For no extra tries, and the right password with one does not get in", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.perAccountAndClient; i++) {
      expect(
        await authorize(
          { ...OWNER, password: `guess-${i}` },
          from("203.0.113.7", { "x-forwarded-for": `10.9.${i}.1` }),
        ),
      ).toBeNull();
    }
    await expect(
      authorize(
        OWNER,
        from("203.0.113.7", { "x-forwarded-for": "192.0.2.99" }),
      ),
    ).rejects.toThrow(TooManyAttemptsError);
    // Another desk is another client.
    expect(await authorize(OWNER, from("203.0.113.8"))).toMatchObject({
      email: OWNER.email,
    });
  });

  it("counts parallel guesses before checking any: exactly the limit is checked", async () => {
    const guesses = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        authorize({ ...OWNER, password: `parallel-${i}` }, from("203.0.113.9")),
      ),
    );
    expect(guesses.filter((g) => g.status === "fulfilled")).toHaveLength(
      THROTTLE_LIMITS.perAccountAndClient,
    );
    expect(
      guesses.filter(
        (g) =>
          g.status === "rejected" && g.reason instanceof TooManyAttemptsError,
      ),
    ).toHaveLength(10);
  });

  it("limits one client across accounts: a new email each time does not buy new tries", async () => {
    const others = Array.from(
      { length: THROTTLE_LIMITS.perClient },
      (_, i) => ({
        email: `staff${i}@folio.test`,
        name: `s${i}`,
        passwordHash: cheapHash,
      }),
    );
    await database.prisma.user.createMany({ data: others });
    for (const { email } of others)
      expect(
        await authorize({ email, password: "wrong" }, from("198.51.100.4")),
      ).toBeNull();
    await expect(
      authorize(
        { email: "another@folio.test", password: "wrong" },
        from("198.51.100.4"),
      ),
    ).rejects.toThrow(TooManyAttemptsError);
    await expect(authorize(OWNER, from("198.51.100.4"))).rejects.toThrow(
      TooManyAttemptsError,
    );
    expect(await authorize(OWNER, from("198.51.100.5"))).toMatchObject({
      email: OWNER.email,
    });
  });

  it("paces an account after a flood from made-up addresses, but never locks its owner out", async () => {
    let clock = Date.parse("2026-12-07T06:00:00Z");
    const throttle = new SignInThrottle({ now: () => clock });
    let checked = 0;
    const onPasswordCheck = () => void checked++;
    const flood = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        verifyCredentials(
          database.prisma,
          { ...OWNER, password: `flood-${i}` },
          { client: `100.64.${i >> 8}.${i & 255}`, throttle, onPasswordCheck },
        ),
      ),
    );
    // The first failures are free; then one attempt holds the account's turn, the rest are refused unchecked.
    expect(checked).toBe(THROTTLE_LIMITS.freeAccountFailures + 1);
    expect(
      flood.filter(
        (g) =>
          g.status === "rejected" && g.reason instanceof TooManyAttemptsError,
      ),
    ).toHaveLength(100 - checked);
    // The owner at a new desk: refused while the turn is held, in once it has run out.
    await expect(
      verifyCredentials(database.prisma, OWNER, {
        client: "192.0.2.10",
        throttle,
      }),
    ).rejects.toThrow(TooManyAttemptsError);
    clock += THROTTLE_LIMITS.maxDelayMs;
    expect(
      await verifyCredentials(database.prisma, OWNER, {
        client: "192.0.2.10",
        throttle,
      }),
    ).toMatchObject({ email: OWNER.email });
    // The owner on a device that signed in before: no pace at all, through next-auth's path, while the turn is held.
    await verifyCredentials(
      database.prisma,
      { ...OWNER, password: "again" },
      {
        client: "100.64.9.9",
        throttle: new SignInThrottle({ now: () => Date.now() + 60_000 }),
      },
    );
    const device = issueDeviceCookie("security-test-secret", OWNER.email);
    expect(
      await authorize(
        OWNER,
        from("192.0.2.11", { cookie: `other=1; ${DEVICE_COOKIE}=${device}` }),
      ),
    ).toMatchObject({ email: OWNER.email });
    // A device cookie of another account, or a forged one, is no device of the owner's.
    const foreign = issueDeviceCookie(
      "security-test-secret",
      "someone@folio.test",
    );
    for (const cookie of [foreign, `${device.slice(0, -2)}xx`, "a.b.c"])
      expect(
        readDeviceCookie("security-test-secret", OWNER.email, cookie),
      ).toBeNull();
    expect(
      readDeviceCookie("security-test-secret", OWNER.email, device),
    ).not.toBeNull();
  });

  it("checks few of 60 wrong passwords sent at once for one account from 60 addresses (issue 14, item 4)", async () => {
    // Past the free failures already, as an attack that has run a while.
    for (let i = 0; i < THROTTLE_LIMITS.freeAccountFailures; i++) {
      await verifyCredentials(
        database.prisma,
        { ...OWNER, password: `earlier-${i}` },
        { client: `198.51.100.${i}` },
      );
    }
    let checked = 0;
    // A clock that stands still while they run: the first pace (0.25 s) does not run out meanwhile on a slow machine.
    const now = Date.now();
    const throttle = new SignInThrottle({ now: () => now });
    const guesses = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        verifyCredentials(
          database.prisma,
          { ...OWNER, password: `parallel-${i}` },
          {
            client: `127.0.${i >> 8}.${(i & 255) + 1}`,
            throttle,
            onPasswordCheck: () => void checked++,
          },
        ),
      ),
    );
    // One turn: one password checked, 59 refused before bcrypt (it was all 60, ≈ 1.8 guesses a second).
    expect(checked).toBe(1);
    expect(
      guesses.filter(
        (g) =>
          g.status === "rejected" && g.reason instanceof TooManyAttemptsError,
      ),
    ).toHaveLength(59);
  });

  it("counts an IPv6 /64 as one client: fresh addresses inside it buy no new tries", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.perAccountAndClient; i++) {
      expect(
        await authorize(
          { ...OWNER, password: `v6-${i}` },
          from(`2001:db8:0:7::${(i + 1).toString(16)}`),
        ),
      ).toBeNull();
    }
    await expect(
      authorize(OWNER, from("2001:db8:0:7:abcd::1")),
    ).rejects.toThrow(TooManyAttemptsError);
    // The next /64 is another client; an IPv4-mapped address is its IPv4 client.
    expect(await authorize(OWNER, from("2001:db8:0:8::1"))).toMatchObject({
      email: OWNER.email,
    });
  });

  it("keeps the counters in the database, where a second server sees them", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.perAccountAndClient; i++) {
      await verifyCredentials(
        database.prisma,
        { ...OWNER, password: `g${i}` },
        { client: "203.0.113.50" },
      );
    }
    expect(await database.prisma.rateLimit.count()).toBeGreaterThan(0);
    const otherServer = new SignInThrottle();
    await expect(
      verifyCredentials(database.prisma, OWNER, {
        client: "203.0.113.50",
        throttle: otherServer,
      }),
    ).rejects.toThrow(TooManyAttemptsError);
  });

  it("hashes passwords off the event loop: other requests are answered while sign-ins run", async () => {
    // Unknown emails cost a full bcrypt (cost 11) each, so that timing reveals no account.
    const signIns = Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        verifyCredentials(
          database.prisma,
          { email: `nobody${i}@folio.test`, password: "x" },
          { client: `198.18.0.${i}` },
        ),
      ),
    );
    let finished = false;
    void signIns.then(() => (finished = true));
    let answeredDuring = 0;
    while (!finished) {
      const res = await health();
      if (res.status === 200 && !finished) answeredDuring++;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await signIns).toEqual([null, null, null, null]);
    expect(answeredDuring).toBeGreaterThan(0);
  });
});
