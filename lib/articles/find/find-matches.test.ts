// Find in one article: byline names are searched (issue 13 item 6), the
// lazy sequence resumes exactly after a cursor, replace changes only the
// chosen matches.
import { describe, expect, it } from "vitest";

import type { ArticleSnapshot } from "../article-snapshot";
import { findMatches, matchPositions, replaceMatches } from "./find-matches";

const snapshot: ArticleSnapshot = {
  kicker: null,
  headline: "林旭东走访共富工坊",
  deck: null,
  dateline: null,
  rubric: null,
  genre: "NEWS",
  bylines: [
    { role: "REPORTER", label: "记者", name: "林旭东" },
    { role: "COMMENTATOR", label: "本报评论员", name: null },
    { role: "CORRESPONDENT", label: "通讯员", name: "王晨慧" },
  ],
  body: {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [{ type: "text", text: "记者林旭东报道：林旭东说，好。" }],
      },
    ],
  },
};

describe("findMatches", () => {
  it("finds byline names between the deck and the body, by byline index, not the labels", () => {
    const found = findMatches(snapshot, "林旭东");
    expect(found.map((m) => [m.field, m.block, m.offset])).toEqual([
      ["headline", -1, 0],
      ["bylines", 0, 0],
      ["body", 0, 2],
      ["body", 0, 8],
    ]);
    expect(findMatches(snapshot, "王晨慧")).toMatchObject([
      { field: "bylines", block: 2, offset: 0, before: "", after: "" },
    ]);
    expect(findMatches(snapshot, "通讯员")).toEqual([]);
  });

  it("resumes after a position without repeating or skipping a match", () => {
    const all = findMatches(snapshot, "林旭东");
    for (let i = 0; i < all.length; i++) {
      const rest = Array.from(
        matchPositions(snapshot, "林旭东", false, all[i]),
        (p) => [p.field, p.block, p.offset],
      );
      expect(rest).toEqual(
        all.slice(i + 1).map((m) => [m.field, m.block, m.offset]),
      );
    }
    const commas = {
      ...snapshot,
      body: {
        type: "doc" as const,
        content: [
          {
            type: "paragraph" as const,
            content: [{ type: "text" as const, text: "，".repeat(10) }],
          },
        ],
      },
    };
    expect(
      Array.from(
        matchPositions(commas, "，", false, {
          field: "body",
          block: 0,
          offset: 6,
        }),
        (p) => p.offset,
      ),
    ).toEqual([7, 8, 9]);
  });

  it("replaces a chosen byline name only, and an emptied name becomes no name", () => {
    const [, inByline] = findMatches(snapshot, "林旭东");
    const next = replaceMatches(snapshot, [inByline!], "林旭冬");
    expect(next.bylines[0]).toEqual({
      role: "REPORTER",
      label: "记者",
      name: "林旭冬",
    });
    expect(next.headline).toBe(snapshot.headline);
    expect(snapshot.bylines[0]!.name).toBe("林旭东");
    const emptied = replaceMatches(
      snapshot,
      findMatches(snapshot, "王晨慧"),
      "",
    );
    expect(emptied.bylines[2]!.name).toBeNull();
  });
});
