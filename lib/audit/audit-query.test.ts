import { describe, expect, it } from "vitest";

import { startOfDay, wallClock } from "./audit-query";

describe("days and clocks in a time zone", () => {
  it("starts a Shanghai day at 16:00 UTC the day before, a UTC day at midnight", () => {
    expect(startOfDay("2026-01-10", "Asia/Shanghai").toISOString()).toBe(
      "2026-01-09T16:00:00.000Z",
    );
    expect(startOfDay("2026-01-10", "UTC").toISOString()).toBe(
      "2026-01-10T00:00:00.000Z",
    );
  });

  it("follows daylight saving time where a zone has it", () => {
    expect(startOfDay("2026-07-01", "Europe/Paris").toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(startOfDay("2026-03-29", "Europe/Paris").toISOString()).toBe(
      "2026-03-28T23:00:00.000Z",
    );
  });

  it("shows an instant on the zone's clock", () => {
    const at = new Date("2026-01-09T16:30:05.000Z");
    expect(wallClock(at, "Asia/Shanghai")).toBe("2026-01-10 00:30:05");
    expect(wallClock(at, "UTC")).toBe("2026-01-09 16:30:05");
  });
});
