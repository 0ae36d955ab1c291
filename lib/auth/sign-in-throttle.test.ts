import { describe, expect, it } from "vitest";

import { SignInThrottle } from "./sign-in-throttle";

describe("SignInThrottle", () => {
  it("blocks an account after ten failures and frees it after the window", () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 9; i++) throttle.recordFailure("a@b.c");
    expect(throttle.isBlocked("a@b.c")).toBe(false);
    throttle.recordFailure("a@b.c");
    expect(throttle.isBlocked("a@b.c")).toBe(true);
    expect(throttle.isBlocked("other@b.c")).toBe(false);
    now += 16 * 60 * 1000;
    expect(throttle.isBlocked("a@b.c")).toBe(false);
  });

  it("forgets failures after a successful sign-in", () => {
    const throttle = new SignInThrottle(() => 0);
    for (let i = 0; i < 9; i++) throttle.recordFailure("a@b.c");
    throttle.recordSuccess("a@b.c");
    throttle.recordFailure("a@b.c");
    expect(throttle.isBlocked("a@b.c")).toBe(false);
  });
});
