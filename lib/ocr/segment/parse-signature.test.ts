import { describe, expect, it } from "vitest";

import { parseSignature } from "./parse-signature";

describe("parseSignature", () => {
  it("reads capitalised names, initials and particles, without the closing full stop", () => {
    expect(parseSignature(["Jeanne MARTIN."])).toEqual([
      { role: "reporter", label: "", names: ["Jeanne MARTIN"] },
    ]);
    expect(parseSignature(["J.-P. de La Fontaine"])).toEqual([
      { role: "reporter", label: "", names: ["J.-P. de La Fontaine"] },
    ]);
    expect(parseSignature(["Pierre DUPONT et Paul Durand."])).toEqual([
      { role: "reporter", label: "", names: ["Pierre DUPONT", "Paul Durand"] },
    ]);
  });

  it("refuses anything that is not names alone", () => {
    expect(parseSignature(["Le conseil a voté."])).toBeNull();
    expect(parseSignature(["J."])).toBeNull();
    expect(parseSignature(["记者 王芳"])).toBeNull();
    expect(parseSignature(["Jeanne", "MARTIN"])).toBeNull();
  });
});
