// Slows password guessing without letting a stranger lock the owner out
// (OWASP Authentication Cheat Sheet and "Blocking Brute Force Attacks"):
//
// - per client, across accounts: a client that fails too often is refused
//   for a while, whichever emails it tries (and so cannot make the server
//   hash passwords for it without end);
// - per account and client: the classic ten tries;
// - per account, from everywhere: after the first failures, one attempt per
//   pace (0.25 s doubling to 10 s) is checked; the others meanwhile are
//   refused unchecked. A pace paid by waiting would be paid in parallel (60
//   guesses at once from 60 addresses were all checked), so each attempt
//   reserves its turn in one atomic statement instead;
// - a device that signed in to the account before (lib/auth/device-cookie.ts)
//   skips that pace, until it fails too often itself, so a flood from a
//   thousand made-up clients never locks the owner out of their own browser.
//
// A client is its address group (lib/http/address-group.ts: IPv4 address,
// IPv6 /64). Attempts count before the password is checked, so parallel
// requests cannot slip through while bcrypt runs. The counters live in the database
// (rate-limiter-flexible's Prisma store, table "RateLimit"), so several app
// servers share them and a restart does not reset them.
import { createHash } from "node:crypto";

import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

import type { Db } from "@/lib/db/client";
import { addressGroup } from "@/lib/http/address-group";

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterMs: number) {
    // next-auth passes the message to the sign-in page as its error code.
    super("TooManyAttempts");
    this.name = "TooManyAttemptsError";
  }
}

const WINDOW_S = 15 * 60;

/** The throttle's numbers; OWASP leaves them to the site, these suit a newsroom of tens of staff. */
export const THROTTLE_LIMITS = {
  /** Failed sign-ins one client may make in WINDOW_S, all accounts together. */
  perClient: 30,
  /** Failed sign-ins one client may make on one account in WINDOW_S. */
  perAccountAndClient: 10,
  /** Failed sign-ins from one device cookie in WINDOW_S before it stops exempting its device. */
  perDevice: 10,
  /** Failed sign-ins on an account, from anywhere, before further attempts are paced. */
  freeAccountFailures: 10,
  /** The first pace (one checked attempt per pace); each further failure doubles it, up to maxDelayMs. */
  firstDelayMs: 250,
  maxDelayMs: 10_000,
  windowSeconds: WINDOW_S,
} as const;

export interface AttemptContext {
  /** The account tried (lowercased email), known or not. */
  email: string;
  /** The client's address (lib/http/client-address.ts). */
  client: string;
  /** The id of a valid device cookie issued for this account, or null. */
  device: string | null;
}

type Limiters = Record<
  "client" | "accountClient" | "account" | "device",
  RateLimiterPrisma
>;

const hashed = (s: string) =>
  createHash("sha256").update(s).digest("base64url").slice(0, 22);

export interface ThrottleOptions {
  /** The clock of the account's pace, ms since the epoch (tests move it). */
  now?: () => number;
}

export class SignInThrottle {
  private readonly limiters = new WeakMap<Db, Limiters>();
  private readonly now: () => number;

  constructor(options: ThrottleOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  private limitersFor(prisma: Db): Limiters {
    let limiters = this.limiters.get(prisma);
    if (!limiters) {
      const make = (keyPrefix: string, points: number, clearExpired = false) =>
        new RateLimiterPrisma({
          storeClient: prisma,
          tableName: "rateLimit",
          keyPrefix,
          points,
          duration: WINDOW_S,
          clearExpiredByTimeout: clearExpired,
        });
      limiters = {
        client: make("signin-client", THROTTLE_LIMITS.perClient, true),
        accountClient: make(
          "signin-account-client",
          THROTTLE_LIMITS.perAccountAndClient,
        ),
        // Counts only; never refuses (the delay grows instead).
        account: make("signin-account", Number.MAX_SAFE_INTEGER),
        device: make("signin-device", THROTTLE_LIMITS.perDevice),
      };
      this.limiters.set(prisma, limiters);
    }
    return limiters;
  }

  /**
   * Counts an attempt, before the password is checked, and resolves when the
   * password may be checked. Throws TooManyAttemptsError when this client
   * (address group) is over its limit, across accounts or on this account,
   * and when the account is paced (after freeAccountFailures failures, from
   * an untrusted device) and another attempt holds the current turn: one
   * attempt per pace, firstDelayMs doubling per failure up to maxDelayMs.
   * Store errors propagate (fail closed).
   */
  async beforeAttempt(prisma: Db, attempt: AttemptContext): Promise<void> {
    const limiters = this.limitersFor(prisma);
    const account = hashed(attempt.email);
    const client = hashed(addressGroup(attempt.client));
    await refuseOver(limiters.client.consume(client));
    await refuseOver(limiters.accountClient.consume(`${account}:${client}`));
    let trusted = false;
    if (attempt.device)
      trusted = await withinLimit(
        limiters.device.consume(`${account}:${attempt.device}`),
      );
    const failures =
      (await limiters.account.consume(account)).consumedPoints - 1;
    if (trusted || failures < THROTTLE_LIMITS.freeAccountFailures) return;
    const doublings = Math.min(
      failures - THROTTLE_LIMITS.freeAccountFailures,
      16,
    );
    const paceMs = Math.min(
      THROTTLE_LIMITS.firstDelayMs * 2 ** doublings,
      THROTTLE_LIMITS.maxDelayMs,
    );
    if (
      !(await takeTurn(
        prisma,
        `signin-account-turn:${account}`,
        this.now(),
        paceMs,
      ))
    )
      throw new TooManyAttemptsError(paceMs);
  }

  /**
   * A successful sign-in: this attempt no longer counts anywhere, and the
   * client's and device's failures on this account are forgiven. The
   * account's other failures stay, so an attacker gains nothing from the
   * owner signing in meanwhile.
   */
  async afterSuccess(prisma: Db, attempt: AttemptContext): Promise<void> {
    const limiters = this.limitersFor(prisma);
    const account = hashed(attempt.email);
    const client = hashed(addressGroup(attempt.client));
    await Promise.all([
      limiters.client.reward(client, 1),
      limiters.accountClient.delete(`${account}:${client}`),
      limiters.account.reward(account, 1),
      attempt.device
        ? limiters.device.delete(`${account}:${attempt.device}`)
        : undefined,
    ]);
  }
}

/**
 * Takes the account's turn when the last one has run out: one statement, so
 * of attempts arriving together exactly one wins (PostgreSQL's INSERT … ON
 * CONFLICT DO UPDATE … WHERE locks the row; the embedded database runs one
 * statement at a time). The row is a "RateLimit" row like the limiters' own,
 * cleared with theirs once expired.
 */
async function takeTurn(
  prisma: Db,
  key: string,
  now: number,
  paceMs: number,
): Promise<boolean> {
  const until = new Date(now + paceMs);
  const taken = await prisma.$executeRaw`
    INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${key}, 1, ${until})
    ON CONFLICT ("key") DO UPDATE SET "points" = "RateLimit"."points" + 1, "expire" = EXCLUDED."expire"
    WHERE "RateLimit"."expire" IS NULL OR "RateLimit"."expire" <= ${new Date(now)}`;
  return taken === 1;
}

/** Resolves when within the limit; TooManyAttemptsError when over it; store errors pass through. */
async function refuseOver(consumed: Promise<RateLimiterRes>): Promise<void> {
  try {
    await consumed;
  } catch (e) {
    if (e instanceof RateLimiterRes)
      throw new TooManyAttemptsError(e.msBeforeNext);
    throw e;
  }
}

async function withinLimit(
  consumed: Promise<RateLimiterRes>,
): Promise<boolean> {
  try {
    await consumed;
    return true;
  } catch (e) {
    if (e instanceof RateLimiterRes) return false;
    throw e;
  }
}

/** The process's throttle; its counters are in the database it is given. */
export const signInThrottle = new SignInThrottle();
