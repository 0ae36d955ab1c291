import { describe, expect, it } from "vitest";

import { confusablesOf } from "./confusables";

describe("confusablesOf", () => {
  it("knows the classic look-alikes, both ways", () => {
    expect(confusablesOf("己")).toEqual(expect.arrayContaining(["已", "巳"]));
    expect(confusablesOf("已")).toContain("己");
    expect(confusablesOf("戌")).toEqual(expect.arrayContaining(["戊", "戍"]));
    expect(confusablesOf("末")).toContain("未");
    expect(confusablesOf("未")).toContain("末");
    expect(confusablesOf("士")).toContain("土");
    expect(confusablesOf("干")).toEqual(expect.arrayContaining(["千", "于"]));
  });

  it("suggests an observed, not look-alike, pair only the way it was seen: 初 read for 干", () => {
    expect(confusablesOf("初")).toContain("干");
    expect(confusablesOf("干")).not.toContain("初");
  });

  it("never offers a character for itself, and knows nothing of ordinary ones", () => {
    for (const ch of "己已巳末未人入八干千于")
      expect(confusablesOf(ch)).not.toContain(ch);
    expect(confusablesOf("的")).toEqual([]);
    expect(confusablesOf("A")).toEqual([]);
  });
});
