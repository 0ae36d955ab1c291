import { describe, expect, it } from "vitest";

import { csvCell, csvRecord } from "./audit-csv";
import { startOfDay, wallClock } from "./audit-query";

describe("CSV cells (RFC 4180, OWASP CSV injection)", () => {
  it.each([
    ["plain", '"plain"'],
    ["王芳", '"王芳"'],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["line\r\nbreak", '"line\r\nbreak"'],
    ["", '""'],
  ])("quotes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ["=1+1", `"'=1+1"`],
    ["+SUM(A1)", `"'+SUM(A1)"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1", `"'\t=1"`],
    ["\r=1", `"'\r=1"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])("neutralises the formula %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("leaves a formula character inside a cell alone, and writes null as empty", () => {
    expect(csvCell("a=b")).toBe('"a=b"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it("ends each record with CRLF", () => {
    expect(csvRecord(["a", null, "=x"])).toBe(`"a","","'=x"\r\n`);
  });
});

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
