// Slows password guessing without letting a stranger lock the owner out
// (OWASP Authentication Cheat Sheet and "Blocking Brute Force Attacks"):
//
// - per client, across accounts: a client that fails too often is refused
//   for a while, whichever emails it tries (and so cannot make the server
//   hash passwords for it without end);
// - per account and client: the classic ten tries;
// - per account, from everywhere: a growing delay, never a refusal, so a
//   thousand made-up clients slow an account down but cannot close it;
// - a device that signed in to the account before (lib/auth/device-cookie.ts)
//   skips that delay, until it fails too often itself.
//
// Attempts count before the password is checked, so parallel requests cannot
// slip through while bcrypt runs. The counters live in the database
// (rate-limiter-flexible's Prisma store, table "RateLimit"), so several app
// servers share them and a restart does not reset them.
import { createHash } from "node:crypto";

import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

import type { Db } from "@/lib/db/client";

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
  /** Failed sign-ins on an account, from anywhere, before each further attempt is delayed. */
  freeAccountFailures: 10,
  /** The first delay; each further failure doubles it, up to maxDelayMs. */
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

type Limiters = Record<"client" | "accountClient" | "account" | "device", RateLimiterPrisma>;

const hashed = (s: string) => createHash("sha256").update(s).digest("base64url").slice(0, 22);

export class SignInThrottle {
  private readonly limiters = new WeakMap<Db, Limiters>();

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
        accountClient: make("signin-account-client", THROTTLE_LIMITS.perAccountAndClient),
        // Counts only; never refuses (the delay grows instead).
        account: make("signin-account", Number.MAX_SAFE_INTEGER),
        device: make("signin-device", THROTTLE_LIMITS.perDevice),
      };
      this.limiters.set(prisma, limiters);
    }
    return limiters;
  }

  /**
   * Counts an attempt, before the password is checked. Throws
   * TooManyAttemptsError when this client is over its limit (across
   * accounts, or on this account); otherwise returns the delay to wait
   * before checking the password: 0 for the first freeAccountFailures
   * failures on the account and for a trusted device, then doubling from
   * firstDelayMs up to maxDelayMs. Store errors propagate (fail closed).
   */
  async beforeAttempt(prisma: Db, attempt: AttemptContext): Promise<{ delayMs: number }> {
    const limiters = this.limitersFor(prisma);
    const account = hashed(attempt.email);
    await refuseOver(limiters.client.consume(hashed(attempt.client)));
    await refuseOver(limiters.accountClient.consume(`${account}:${hashed(attempt.client)}`));
    let trusted = false;
    if (attempt.device) trusted = await withinLimit(limiters.device.consume(`${account}:${attempt.device}`));
    const failures = (await limiters.account.consume(account)).consumedPoints - 1;
    if (trusted || failures < THROTTLE_LIMITS.freeAccountFailures) return { delayMs: 0 };
    const doublings = Math.min(failures - THROTTLE_LIMITS.freeAccountFailures, 16);
    return { delayMs: Math.min(THROTTLE_LIMITS.firstDelayMs * 2 ** doublings, THROTTLE_LIMITS.maxDelayMs) };
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
    await Promise.all([
      limiters.client.reward(hashed(attempt.client), 1),
      limiters.accountClient.delete(`${account}:${hashed(attempt.client)}`),
      limiters.account.reward(account, 1),
      attempt.device ? limiters.device.delete(`${account}:${attempt.device}`) : undefined,
    ]);
  }
}

/** Resolves when within the limit; TooManyAttemptsError when over it; store errors pass through. */
async function refuseOver(consumed: Promise<RateLimiterRes>): Promise<void> {
  try {
    await consumed;
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new TooManyAttemptsError(e.msBeforeNext);
    throw e;
  }
}

async function withinLimit(consumed: Promise<RateLimiterRes>): Promise<boolean> {
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
