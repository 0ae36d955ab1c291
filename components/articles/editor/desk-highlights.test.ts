import { describe, expect, it } from "vitest";

import type { DeskRepair, DeskSuggestion } from "../desk-types";
import { deskHighlights } from "./desk-highlights";

const repair = (
  id: string,
  kind: DeskRepair["kind"],
  offset: number,
  length: number,
  status: DeskRepair["status"] = "PENDING",
): DeskRepair => ({
  id,
  kind,
  field: null,
  blockIndex: 0,
  original: "",
  replacement: "",
  status,
  reviewedBy: null,
  reviewedAt: null,
  place: { field: null, block: 0, offset, length },
});

const suggestion = (
  key: string,
  kind: DeskSuggestion["kind"],
  offset: number,
  length: number,
): DeskSuggestion => ({
  key,
  kind,
  block: 0,
  offset,
  length,
  text: "初劲",
  replacements: ["干劲"],
  confidence: null,
  note: "Look-alike",
  noteZh: "形近字",
});

const input = {
  heat: [],
  showHeat: true,
  repairs: [
    repair("r-comma", "PUNCTUATION", 3, 1),
    repair("r-join", "COLUMN_BREAK", 8, 0),
    repair("r-done", "PUNCTUATION", 9, 1, "ACCEPTED"),
  ],
  suggestions: [
    suggestion("s-conf", "confusable", 10, 2),
    suggestion("s-break", "mid-sentence-break", 20, 0),
  ],
  selected: null,
  locale: "zh-CN",
};

describe("deskHighlights", () => {
  it("marks pending repairs with the quiet class only, and suggestions by kind", () => {
    const list = deskHighlights(input);
    expect(list.map((h) => [h.id, h.className])).toEqual([
      ["r-comma", "hl-repair"],
      ["r-join", "hl-repair hl-repair-join"],
      ["s-conf", "hl-suggestion hl-confusable"],
      ["s-break", "hl-suggestion hl-mid-sentence-break"],
    ]);
    expect(list.find((h) => h.id === "s-conf")?.title).toBe("形近字");
  });

  it("draws ¶ only at a paragraph end, never where a column break was rejoined inside a paragraph", () => {
    const list = deskHighlights(input);
    expect(list.find((h) => h.id === "s-break")?.glyph).toBe("¶");
    expect(list.find((h) => h.id === "r-join")?.glyph).toBeUndefined();
    expect(list.filter((h) => h.glyph === "¶")).toHaveLength(1);
  });

  it("draws no ¶ at an ALTO printed line end whose hyphen was rejoined (Brü-⏎cke → Brücke, a point repair)", () => {
    const list = deskHighlights({
      ...input,
      repairs: [repair("r-hyph", "HYPHENATION", 3, 0)],
      suggestions: [],
    });
    expect(list).toEqual([
      {
        id: "r-hyph",
        block: 0,
        offset: 3,
        length: 0,
        className: "hl-repair hl-repair-join",
      },
    ]);
  });

  it("outlines the selected repair even though repairs are quiet, and colours low confidence unless heat is off", () => {
    const heat = [
      { block: 0, offset: 0, length: 2, confidence: 0.5 },
      { block: 0, offset: 2, length: 2, confidence: 0.95 },
    ];
    const list = deskHighlights({ ...input, heat, selected: "r-comma" });
    expect(list.find((h) => h.id === "r-comma")?.className).toBe(
      "hl-repair hl-selected",
    );
    expect(
      list
        .filter((h) => h.className.startsWith("heat"))
        .map((h) => h.className),
    ).toEqual(["heat heat-3"]);
    expect(
      deskHighlights({ ...input, heat, showHeat: false }).some((h) =>
        h.className.startsWith("heat"),
      ),
    ).toBe(false);
  });
});
