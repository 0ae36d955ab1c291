import { describe, expect, it } from "vitest";

import { ValidationError } from "@/lib/errors";

import { assertPasswordAllowed, isCommonPassword } from "./password-policy";

/** The Chinese message assertPasswordAllowed refuses `password` with, or null when allowed. */
function refusal(password: string): string | null {
  try {
    assertPasswordAllowed(password);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).messageZh;
  }
}

describe("password policy", () => {
  it("refuses fewer than 10 characters, counting each Chinese character once", () => {
    expect(refusal("Short-pw9")).toBe("密码至少需要 10 个字符。");
    expect(refusal("平湖日报编辑部值班室")).toBeNull(); // 10 characters, 30 bytes
    expect(refusal("平湖日报编辑部值班")).toBe("密码至少需要 10 个字符。");
  });

  it("refuses more than 200 characters", () => {
    expect(refusal("x7".repeat(100))).toBeNull();
    expect(refusal("x7".repeat(100) + "y")).toBe("密码最多 200 个字符。");
  });

  it("refuses common passwords whatever their case, from zxcvbn's list", () => {
    for (const p of ["password123", "Password123", "1234567890", "qwertyuiop"])
      expect(refusal(p), p).toBe(
        "该密码属于最常见的密码，容易被猜中，请换一个。",
      );
    expect(isCommonPassword("iloveyou")).toBe(true);
    expect(isCommonPassword("pinghu-night-desk-42")).toBe(false);
  });

  it("allows a long uncommon passphrase with spaces", () => {
    expect(refusal("correct horse battery 平湖")).toBeNull();
  });

  it("says the same in English", () => {
    expect(() => assertPasswordAllowed("short")).toThrow(
      "The password must be at least 10 characters long.",
    );
  });
});
