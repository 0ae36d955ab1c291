// Slows password guessing: after too many failures for one account within a
// window, sign-in for it is refused until the window passes. In memory: one
// server process holds it (the embedded database allows no other anyway).
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60 * 1000;

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  isBlocked(key: string): boolean {
    const entry = this.failures.get(key);
    if (!entry) return false;
    if (this.now() - entry.since > WINDOW_MS) {
      this.failures.delete(key);
      return false;
    }
    return entry.count >= MAX_FAILURES;
  }

  recordFailure(key: string): void {
    const entry = this.failures.get(key);
    if (!entry || this.now() - entry.since > WINDOW_MS) this.failures.set(key, { count: 1, since: this.now() });
    else entry.count++;
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }
}

export const signInThrottle = new SignInThrottle();
