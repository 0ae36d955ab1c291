import { describe, expect, it } from "vitest";

import { formatTimeIn } from "./format-time";

describe("formatTimeIn", () => {
  it("shows the paper's clock, across the date line of UTC", () => {
    const at = new Date("2024-01-02T15:40:00Z");
    expect(formatTimeIn(at, "Asia/Shanghai")).toBe("2024-01-02 23:40");
    expect(
      formatTimeIn(new Date("2024-01-02T16:05:00Z"), "Asia/Shanghai"),
    ).toBe("2024-01-03 00:05");
    expect(formatTimeIn(at, "UTC")).toBe("2024-01-02 15:40");
  });
});
