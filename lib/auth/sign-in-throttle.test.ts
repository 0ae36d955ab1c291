import { describe, expect, it } from "vitest";

import { SignInThrottle } from "./sign-in-throttle";

describe("SignInThrottle", () => {
  it("blocks an account after ten attempts and frees it after the window", () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 10; i++) expect(throttle.tryAttempt("a@b.c|1.2.3.4")).toBe(true);
    expect(throttle.tryAttempt("a@b.c|1.2.3.4")).toBe(false);
    expect(throttle.tryAttempt("a@b.c|5.6.7.8")).toBe(true);
    now += 16 * 60 * 1000;
    expect(throttle.tryAttempt("a@b.c|1.2.3.4")).toBe(true);
  });

  it("forgets attempts after a successful sign-in", () => {
    const throttle = new SignInThrottle(() => 0);
    for (let i = 0; i < 9; i++) throttle.tryAttempt("k");
    throttle.recordSuccess("k");
    for (let i = 0; i < 10; i++) expect(throttle.tryAttempt("k")).toBe(true);
  });
});
