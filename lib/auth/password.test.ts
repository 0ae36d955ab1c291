import { describe, expect, it } from "vitest";

import { hashPassword, randomPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("平湖-secret-1");
    expect(hash).not.toContain("平湖-secret-1");
    expect(await verifyPassword("平湖-secret-1", hash)).toBe(true);
    expect(await verifyPassword("平湖-secret-2", hash)).toBe(false);
  });

  it("generates distinct readable passwords of the asked length", () => {
    const a = randomPassword();
    const b = randomPassword();
    expect(a).toHaveLength(16);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
  });
});
