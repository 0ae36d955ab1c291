import { describe, expect, it } from "vitest";

import { parseBylineLine } from "./parse-byline";
import { parseEnglishByline } from "./parse-english-byline";

describe("parseEnglishByline", () => {
  it.each([
    [["By Jane Doe"], [{ role: "reporter", label: "By", names: ["Jane Doe"] }]],
    [
      ["BY JANE DOE, Staff Writer"],
      [{ role: "reporter", label: "BY Staff Writer", names: ["JANE DOE"] }],
    ],
    [
      ["By Jane Doe", "Staff Writer"],
      [{ role: "reporter", label: "By Staff Writer", names: ["Jane Doe"] }],
    ],
    [
      ["By Jane Doe and John O'Brien"],
      [{ role: "reporter", label: "By", names: ["Jane Doe", "John O'Brien"] }],
    ],
    [
      ["By JANE DOE, JOHN SMITH and ANN LEE"],
      [
        {
          role: "reporter",
          label: "By",
          names: ["JANE DOE", "JOHN SMITH", "ANN LEE"],
        },
      ],
    ],
    [
      ["By Maria de la Cruz / The Associated Press"],
      [
        {
          role: "reporter",
          label: "By The Associated Press",
          names: ["Maria de la Cruz"],
        },
      ],
    ],
    [
      ["Photos by Ann Lee"],
      [{ role: "photographer", label: "Photos by", names: ["Ann Lee"] }],
    ],
    [
      ["By Tom Hill, Staff Photographer"],
      [
        {
          role: "photographer",
          label: "By Staff Photographer",
          names: ["Tom Hill"],
        },
      ],
    ],
    [
      ["Story and photos by Tom Hill"],
      [{ role: "reporter", label: "Story and photos by", names: ["Tom Hill"] }],
    ],
    [
      ["By J. R. Hartley, Special to the Herald"],
      [
        {
          role: "correspondent",
          label: "By Special to the Herald",
          names: ["J. R. Hartley"],
        },
      ],
    ],
    [
      ["By: Jean-Luc Picard"],
      [{ role: "reporter", label: "By", names: ["Jean-Luc Picard"] }],
    ],
  ])("reads %j", (lines, expected) => {
    expect(parseEnglishByline(lines)).toEqual(expected);
    expect(parseBylineLine(lines)).toEqual(expected);
  });

  it.each([
    "By Monday, the council had approved the plan.",
    "By the end of the year the bridge will be open",
    "By Jane",
    "Bypass road to open in May",
    "By Jane Doe and the council",
    "Standby crews by the river",
  ])("rejects %s", (line) => {
    expect(parseEnglishByline([line])).toBeNull();
    expect(parseBylineLine([line])).toBeNull();
  });
});

describe("parseEnglishByline: other Latin-script papers (QA #4)", () => {
  it.each([
    ["Par Jean DUPONT", "Par", ["Jean DUPONT"]],
    ["Von Hans MÜLLER", "Von", ["Hans MÜLLER"]],
    ["Door Pieter de Vries", "Door", ["Pieter de Vries"]],
    ["Di Marco ROSSI", "Di", ["Marco ROSSI"]],
    ["By Jean DUPONT", "By", ["Jean DUPONT"]],
  ])("%s", (line, label, names) => {
    expect(parseEnglishByline([line])).toEqual([
      { role: "reporter", label, names },
    ]);
  });

  it.each([
    "Par ailleurs, le ministre a reçu les délégués",
    "Von Anfang an war klar",
    "Door de regen",
  ])("%s is a sentence", (line) => {
    expect(parseEnglishByline([line])).toBeNull();
  });
});
