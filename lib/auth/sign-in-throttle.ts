// Slows password guessing: after too many failed attempts for one account
// from one client within a window, sign-in is refused until the window
// passes. Attempts count before the password is checked, so parallel
// requests cannot slip through while bcrypt runs. In memory: one server
// process holds it (the embedded database allows no other anyway).
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;
const PRUNE_ABOVE = 10_000;

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  private live(key: string) {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.since > WINDOW_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Counts an attempt as failed until recordSuccess says otherwise; false when blocked. */
  tryAttempt(key: string, max = MAX_FAILURES): boolean {
    const entry = this.live(key);
    if (entry && entry.count >= max) return false;
    if (entry) entry.count++;
    else {
      if (this.failures.size > PRUNE_ABOVE) this.prune();
      this.failures.set(key, { count: 1, since: this.now() });
    }
    return true;
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.live(key);
  }
}

export const signInThrottle = new SignInThrottle();
