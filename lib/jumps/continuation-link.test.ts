import { describe, expect, it } from "vitest";

import {
  type LinkEnd,
  linkProblem,
  markersPair,
  startsStory,
} from "./continuation-link";

const part = (
  over: Partial<LinkEnd> = {},
): LinkEnd & { continues: boolean; hasOrigin: boolean } => ({
  issueId: "i1",
  pageId: "p1",
  articleId: "a1",
  part: 1,
  continues: false,
  hasOrigin: false,
  ...over,
});

describe("linkProblem", () => {
  it("accepts a part on another page, of another article or the next part of its own", () => {
    expect(
      linkProblem("i1", part(), part({ pageId: "p2", articleId: "a2" })),
    ).toBeNull();
    expect(linkProblem("i1", part(), part({ pageId: "p2", part: 2 }))).toBe(
      null,
    );
  });

  it("refuses an end outside the issue being laid out", () => {
    expect(
      linkProblem("i1", part({ issueId: "i2" }), part({ pageId: "p2" })),
    ).toBe("not-in-issue");
    expect(
      linkProblem("i1", part(), part({ issueId: "i2", pageId: "p2" })),
    ).toBe("not-in-issue");
  });

  it("refuses a jump to the same page", () => {
    expect(linkProblem("i1", part(), part({ articleId: "a2" }))).toBe(
      "same-page",
    );
  });

  it("links parts of one article only in their order", () => {
    expect(
      linkProblem("i1", part({ part: 2 }), part({ pageId: "p2", part: 1 })),
    ).toBe("out-of-order");
    expect(linkProblem("i1", part(), part({ pageId: "p2", part: 3 }))).toBe(
      "out-of-order",
    );
  });

  it("allows one continuation per origin and one origin per continuation", () => {
    const to = part({ pageId: "p2", articleId: "a2" });
    expect(linkProblem("i1", { ...part(), continues: true }, to)).toBe(
      "origin-continues",
    );
    expect(linkProblem("i1", part(), { ...to, hasOrigin: true })).toBe(
      "continuation-has-origin",
    );
  });

  it("names the first rule broken, in the order the editor is told", () => {
    expect(
      linkProblem(
        "i1",
        { ...part({ issueId: "i2" }), continues: true },
        { ...part(), hasOrigin: true },
      ),
    ).toBe("not-in-issue");
    expect(
      linkProblem(
        "i1",
        { ...part(), continues: true },
        { ...part({ part: 3 }), hasOrigin: true },
      ),
    ).toBe("same-page");
  });
});

describe("markersPair", () => {
  it("pairs 下转2版 on page 1 with 上接1版 on page 2", () => {
    expect(
      markersPair({ fromPage: 1, toPage: 2 }, { page: 2, fromPage: 1 }),
    ).toBe(true);
  });

  it("pairs a jump backwards too: the markers decide, not page order", () => {
    expect(
      markersPair({ fromPage: 3, toPage: 2 }, { page: 2, fromPage: 3 }),
    ).toBe(true);
  });

  it("does not pair markers that name other pages", () => {
    expect(
      markersPair({ fromPage: 1, toPage: 3 }, { page: 2, fromPage: 1 }),
    ).toBe(false);
    expect(
      markersPair({ fromPage: 1, toPage: 2 }, { page: 2, fromPage: 4 }),
    ).toBe(false);
    expect(
      markersPair({ fromPage: 1, toPage: 2 }, { page: 2, fromPage: null }),
    ).toBe(false);
  });
});

describe("startsStory", () => {
  it("is a first part that prints no 上接", () => {
    expect(startsStory({ part: 1, continuesFromPage: null })).toBe(true);
  });

  it("is not a later part, nor a lone continuation still waiting for its origin", () => {
    expect(startsStory({ part: 2, continuesFromPage: null })).toBe(false);
    expect(startsStory({ part: 1, continuesFromPage: 1 })).toBe(false);
  });
});
