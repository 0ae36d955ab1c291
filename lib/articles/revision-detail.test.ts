import { describe, expect, it } from "vitest";

import { readRevisionDetail } from "./revision-detail";

describe("readRevisionDetail", () => {
  it("reads a restore's 'revision N' as the version restored", () => {
    expect(readRevisionDetail("restore", "revision 1")).toEqual({
      key: "restoredFrom",
      values: { version: 1 },
    });
    expect(readRevisionDetail("restore", "revision 12")).toEqual({
      key: "restoredFrom",
      values: { version: 12 },
    });
  });

  it("reads a repair review's 'KIND × N' and 'selected × N'", () => {
    expect(readRevisionDetail("repair.accept", "PUNCTUATION × 56")).toEqual({
      key: "repairsOfKind",
      kind: "PUNCTUATION",
      values: { count: 56 },
    });
    expect(readRevisionDetail("repair.reject", "selected × 2")).toEqual({
      key: "repairsSelected",
      values: { count: 2 },
    });
  });

  it("leaves free text and other reasons' details as stored", () => {
    expect(readRevisionDetail("merge", "revision 1")).toEqual({
      text: "revision 1",
    });
    expect(readRevisionDetail("repair.reject", "，→ ,")).toEqual({
      text: "，→ ,",
    });
    expect(readRevisionDetail("repair.accept", "BOGUS × 3")).toEqual({
      text: "BOGUS × 3",
    });
    expect(readRevisionDetail("suggestion.accept", "初劲 → 干劲")).toEqual({
      text: "初劲 → 干劲",
    });
  });
});
