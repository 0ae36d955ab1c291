import { describe, expect, it } from "vitest";

import { blockHints, type BlockLayout } from "./alto-block-hints";

/** A block of the given lines; `at` is [vpos, height, hpos, width]. */
function block(
  lines: string[],
  at: [number, number, number, number] | null = null,
  font: { size?: number; bold?: boolean } = {},
): BlockLayout {
  const chars = lines.join("").length;
  return {
    margin: false,
    lines,
    chars,
    sizedChars: font.size ? chars : 0,
    sizeSum: font.size ? font.size * chars : 0,
    boldChars: font.bold ? chars : 0,
    box: at ? { vpos: at[0], height: at[1], hpos: at[2], width: at[3] } : null,
    lineHeight: at ? at[1] / lines.length : null,
  };
}

const BODY = [
  "Le conseil municipal a voté hier soir",
  "le budget de la ville pour l'année",
  "prochaine, après une longue discussion.",
];

describe("blockHints", () => {
  it("reads a short line in capitals as a heading, unless the whole page is set in capitals", () => {
    expect(blockHints([block(["UN PEU PARTOUT"]), block(BODY)], null)).toEqual([
      "heading",
      "unknown",
    ]);
    const shouting = BODY.map((l) => l.toUpperCase());
    expect(
      blockHints([block(["UN PEU PARTOUT"]), block(shouting)], null),
    ).toEqual(["unknown", "unknown"]);
    // A line in capitals that ends a clause is text (PARIS, 12 JANVIER.), not a heading.
    expect(
      blockHints([block(["PARIS, LE 12 JANVIER."]), block(BODY)], null),
    ).toEqual(["unknown", "unknown"]);
  });

  it("reads a larger font as a heading, and a capitals line right above it as its kicker", () => {
    const hints = blockHints(
      [
        block(["LA VILLE"], null, { size: 9 }),
        block(["Un budget voté"], null, { size: 18 }),
        block(BODY, null, { size: 9 }),
      ],
      9,
    );
    expect(hints).toEqual(["kicker", "heading", "unknown"]);
  });

  it("reads lines half again as tall as the body's as a heading where no font size is given", () => {
    expect(
      blockHints(
        [
          block(["Un budget voté"], [0, 90, 0, 800]),
          block(BODY, [100, 120, 0, 800]),
        ],
        null,
      ),
    ).toEqual(["heading", "unknown"]);
    expect(
      blockHints(
        [
          block(["Un budget voté"], [0, 50, 0, 800]),
          block(BODY, [100, 120, 0, 800]),
        ],
        null,
      ),
    ).toEqual(["unknown", "unknown"]);
  });

  it("reads a centred line with twice the space above it as below as a heading", () => {
    const page = (hpos: number, gapBelow: number) => [
      block(BODY, [0, 120, 0, 800]),
      block(["Un budget voté"], [300, 40, hpos, 400]),
      block(BODY, [340 + gapBelow, 120, 0, 800]),
    ];
    expect(blockHints(page(200, 20), null)[1]).toBe("heading");
    expect(blockHints(page(0, 20), null)[1]).toBe("unknown"); // not centred
    expect(blockHints(page(200, 120), null)[1]).toBe("unknown"); // as far from the text below as above
  });

  it("reads a name alone between body text and the next heading as a signature", () => {
    expect(
      blockHints(
        [
          block(BODY),
          block(["Jeanne MARTIN."]),
          block(["UN PEU PARTOUT"]),
          block(BODY),
        ],
        null,
      ),
    ).toEqual(["unknown", "byline", "heading", "unknown"]);
    expect(blockHints([block(BODY), block(["J. DUPONT"])], null)).toEqual([
      "unknown",
      "byline",
    ]);
    // The same line with more text after it is the start of a paragraph.
    expect(
      blockHints([block(BODY), block(["Jeanne Martin"]), block(BODY)], null),
    ).toEqual(["unknown", "unknown", "unknown"]);
  });

  it("keeps short all-bold blocks as subheads and leaves Chinese text to the text rules", () => {
    expect(
      blockHints(
        [
          block(["特色小吃引客来"], null, { bold: true }),
          block(["镇里统一规划了六十个摊位，其中三十个", "留给本地农户。"]),
        ],
        null,
      ),
    ).toEqual(["subhead", "unknown"]);
  });
});
