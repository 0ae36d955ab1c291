import { describe, expect, it } from "vitest";

import { parseIssueDate } from "./parse-issue-date";

describe("parseIssueDate", () => {
  it("reads a calendar date as UTC midnight", () => {
    expect(parseIssueDate("2024-02-29").toISOString()).toBe(
      "2024-02-29T00:00:00.000Z",
    );
  });

  it("refuses impossible and malformed dates instead of rolling them over", () => {
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-1-3",
      "20240103",
      "",
    ]) {
      expect(() => parseIssueDate(bad), bad).toThrow(/Invalid issue date/);
    }
  });

  it("refuses year 0 and years no newspaper has, which the database would refuse with a 500", () => {
    expect(() => parseIssueDate("0000-01-01")).toThrow(
      'Invalid issue date "0000-01-01": the year must be between 1600 and 2999.',
    );
    expect(() => parseIssueDate("9999-12-31")).toThrow(/between 1600 and 2999/);
    expect(parseIssueDate("1605-01-01").getUTCFullYear()).toBe(1605);
  });
});
