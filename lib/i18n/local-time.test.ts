import { describe, expect, it } from "vitest";

import {
  formatLocalDateTime,
  parseLocalDateTime,
  toLocalInputValue,
} from "@/lib/i18n/local-time";

describe("the publication's wall clock", () => {
  it("reads a datetime-local value in Asia/Shanghai (UTC+8)", () => {
    expect(
      parseLocalDateTime("2026-12-09T06:30", "Asia/Shanghai")?.toISOString(),
    ).toBe("2026-12-08T22:30:00.000Z");
    expect(
      parseLocalDateTime("2026-12-09T06:30:15", "Asia/Shanghai")?.toISOString(),
    ).toBe("2026-12-08T22:30:15.000Z");
  });

  it("follows daylight saving where the zone has it", () => {
    expect(
      parseLocalDateTime("2026-07-01T12:00", "Europe/Berlin")?.toISOString(),
    ).toBe("2026-07-01T10:00:00.000Z");
    expect(
      parseLocalDateTime("2026-01-01T12:00", "Europe/Berlin")?.toISOString(),
    ).toBe("2026-01-01T11:00:00.000Z");
  });

  it("refuses shapes and dates that do not exist", () => {
    for (const bad of [
      "",
      "2026-12-09",
      "2026-12-09 06:30x",
      "2026-02-30T06:30",
      "2026-12-09T24:00",
      "2026-12-09T06:60",
    ])
      expect(parseLocalDateTime(bad, "Asia/Shanghai"), bad).toBeNull();
  });

  it("shows an instant as the zone's wall clock, and round-trips", () => {
    const at = new Date("2026-12-08T22:30:00.000Z");
    expect(formatLocalDateTime(at, "Asia/Shanghai")).toBe("2026-12-09 06:30");
    expect(toLocalInputValue(at, "Asia/Shanghai")).toBe("2026-12-09T06:30");
    expect(
      parseLocalDateTime(
        toLocalInputValue(at, "Asia/Shanghai"),
        "Asia/Shanghai",
      ),
    ).toEqual(at);
  });
});
