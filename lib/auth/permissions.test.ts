import { describe, expect, it } from "vitest";

import { hasPermission } from "./permissions";

describe("hasPermission", () => {
  it("lets only chief editors and admins publish", () => {
    expect(hasPermission("ADMIN", "issue.publish")).toBe(true);
    expect(hasPermission("CHIEF_EDITOR", "issue.publish")).toBe(true);
    expect(hasPermission("EDITOR", "issue.publish")).toBe(false);
    expect(hasPermission("PROOFREADER", "issue.publish")).toBe(false);
  });

  it("lets editors import but not proofreaders or viewers", () => {
    expect(hasPermission("EDITOR", "issue.import")).toBe(true);
    expect(hasPermission("PROOFREADER", "issue.import")).toBe(false);
    expect(hasPermission("VIEWER", "issue.import")).toBe(false);
  });

  it("lets editors retire a learned correction, not proofreaders or viewers", () => {
    expect(hasPermission("EDITOR", "learned.manage")).toBe(true);
    expect(hasPermission("CHIEF_EDITOR", "learned.manage")).toBe(true);
    expect(hasPermission("PROOFREADER", "learned.manage")).toBe(false);
    expect(hasPermission("VIEWER", "learned.manage")).toBe(false);
  });

  it("keeps user management to admins", () => {
    expect(hasPermission("ADMIN", "user.manage")).toBe(true);
    expect(hasPermission("CHIEF_EDITOR", "user.manage")).toBe(false);
  });
});
