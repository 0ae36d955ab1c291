import { describe, expect, it } from "vitest";

import type {
  IssueLayout,
  LayoutArticle,
  LayoutJump,
  LayoutPart,
} from "../layout-types";
import { validateLayout } from "./validate-layout";

/** A clean two-page issue: a proofread, signed article on each page. */
function layout(): IssueLayout {
  return {
    issue: {
      id: "i",
      date: "2024-01-04",
      number: 1,
      status: "DRAFT",
      layoutVersion: 0,
      publicationId: "pub",
      publicationName: "平湖日报",
    },
    pages: [
      { id: "pg1", number: 1, name: "要闻", capacity: 1000, rubrics: [] },
      { id: "pg2", number: 2, name: "综合", capacity: null, rubrics: [] },
    ],
    parts: [part("a", "pg1", 1), part("b", "pg2", 2)],
    articles: [
      article("a", "不断擦亮高质量外资“金名片”"),
      article("b", "平湖数字乡村获省级“优秀”"),
    ],
    jumps: [],
    waivers: [],
  };
}

function part(
  articleId: string,
  pageId: string,
  pageNumber: number,
  extra: Partial<LayoutPart> = {},
): LayoutPart {
  return {
    id: `${articleId}-${pageNumber}`,
    articleId,
    pageId,
    pageNumber,
    order: 1,
    part: 1,
    partCount: 1,
    words: 300,
    startBlock: 0,
    continuesFromPage: null,
    continuationMarker: null,
    ...extra,
  };
}

function article(
  id: string,
  headline: string,
  extra: Partial<LayoutArticle> = {},
): LayoutArticle {
  return {
    id,
    kicker: null,
    headline,
    deck: null,
    genre: "NEWS",
    status: "PROOFREAD",
    wordCount: 300,
    bylines: [{ role: "REPORTER", label: "记者", name: "林旭东" }],
    partIds: [`${id}-${id === "a" ? 1 : 2}`],
    ...extra,
  };
}

function jump(extra: Partial<LayoutJump> = {}): LayoutJump {
  return {
    id: "j",
    fromPlacementId: "a-1",
    toPlacementId: null,
    toPageNumber: 2,
    markerOut: "(下转2版)",
    markerIn: null,
    ...extra,
  };
}

const rules = (l: IssueLayout) => validateLayout(l).map((f) => f.rule);

describe("validating an issue's layout", () => {
  it("finds nothing in a clean issue", () => {
    expect(validateLayout(layout())).toEqual([]);
  });

  it("a jump without continuation, pointing at the part to link", () => {
    const l = layout();
    l.jumps = [jump()];
    expect(validateLayout(l)).toEqual([
      {
        key: "jump-without-continuation:a-1",
        rule: "jump-without-continuation",
        params: { headline: "不断擦亮高质量外资“金名片”", page: 1, to: 2 },
        target: { kind: "part", placementId: "a-1", pageNumber: 1 },
      },
    ]);
  });

  it("a continuation without origin: printed 上接 with no jump, or a later part nothing jumps to", () => {
    const l = layout();
    l.parts[1] = part("b", "pg2", 2, {
      continuesFromPage: 1,
      continuationMarker: "（上接1版）",
    });
    expect(validateLayout(l)).toMatchObject([
      {
        key: "continuation-without-origin:b-2",
        params: { page: 2, from: 1 },
        target: { kind: "part", placementId: "b-2" },
      },
    ]);
    l.parts[1] = part("a", "pg2", 2, { id: "a-2", part: 2, partCount: 2 });
    l.articles = [
      article("a", "甲", { partIds: ["a-1", "a-2"] }),
      article("b", "乙", { partIds: [] }),
    ];
    expect(rules(l)).toEqual([
      "continuation-without-origin",
      "unassigned-article",
    ]);
    // Linked: neither finding.
    l.jumps = [
      jump({
        toPlacementId: "a-2",
        markerOut: "（下转2版）",
        markerIn: "（上接1版）",
      }),
    ];
    expect(rules(l)).toEqual(["unassigned-article"]);
  });

  it("a continuation without origin is not also reported as missing its byline", () => {
    const l = layout();
    // Imported on its own: 上接1版 printed, no byline (the byline is printed where the story starts).
    l.parts[1] = part("b", "pg2", 2, {
      continuesFromPage: 1,
      continuationMarker: "（上接1版）",
    });
    l.articles[1] = article("b", "乙", { bylines: [] });
    expect(rules(l)).toEqual(["continuation-without-origin"]);
    // A later part nothing jumps to, of an article placed nowhere else.
    l.parts[1] = part("b", "pg2", 2, { part: 2, partCount: 2 });
    expect(rules(l)).toEqual(["continuation-without-origin"]);
    // The story's start still needs its byline.
    l.parts[1] = part("b", "pg2", 2);
    expect(rules(l)).toEqual(["missing-byline"]);
  });

  it("a printed marker that disagrees with its link, until the markers follow it", () => {
    const l = layout();
    l.parts[1] = part("a", "pg2", 2, { id: "a-2", part: 2, partCount: 2 });
    l.articles = [
      article("a", "甲", { partIds: ["a-1", "a-2"] }),
      article("b", "乙", { partIds: [] }),
    ];
    l.pages.push({
      id: "pg3",
      number: 3,
      name: null,
      capacity: null,
      rubrics: [],
    });
    l.parts.push(part("b", "pg3", 3));
    l.articles[1]!.partIds = ["b-3"];
    l.jumps = [
      jump({
        toPlacementId: "a-2",
        markerOut: "(下转3版)",
        markerIn: "（上接1版）",
      }),
    ];
    expect(validateLayout(l)).toMatchObject([
      {
        key: "marker-mismatch:j:1-2",
        rule: "marker-mismatch",
        params: { page: 1, to: 2, printed: "(下转3版) / （上接1版）" },
      },
    ]);
    l.jumps = [
      jump({
        toPlacementId: "a-2",
        markerOut: "（下转2版）",
        markerIn: "（上接3版）",
      }),
    ];
    expect(rules(l)).toEqual(["marker-mismatch"]);
    l.jumps = [
      jump({
        toPlacementId: "a-2",
        markerOut: "（下转2版）",
        markerIn: "（上接1版）",
      }),
    ];
    expect(rules(l)).toEqual([]);
    // Parts linked without printed markers (METS) print generated ones: nothing to disagree with.
    l.jumps = [jump({ toPlacementId: "a-2", markerOut: "", markerIn: null })];
    expect(rules(l)).toEqual([]);
  });

  it("an article without the byline its genre needs; 本报评论员 signs a commentary, 简讯 may run unsigned", () => {
    const l = layout();
    l.articles[0]!.bylines = [];
    l.articles[1]!.bylines = [{ role: "REPORTER", label: "记者", name: null }];
    expect(validateLayout(l)).toMatchObject([
      {
        rule: "missing-byline",
        key: "missing-byline:a",
        target: { kind: "article", articleId: "a" },
      },
      { rule: "missing-byline", key: "missing-byline:b" },
    ]);
    l.articles[0]!.genre = "BRIEF";
    l.articles[1]!.genre = "COMMENTARY";
    l.articles[1]!.bylines = [
      { role: "COMMENTATOR", label: "本报评论员", name: null },
    ];
    expect(rules(l)).toEqual([]);
    l.articles[1]!.bylines = [];
    expect(rules(l)).toEqual(["missing-byline"]);
  });

  it("an empty page, pointing at the page", () => {
    const l = layout();
    l.pages.push({
      id: "pg3",
      number: 3,
      name: "评论",
      capacity: null,
      rubrics: [],
    });
    expect(validateLayout(l)).toEqual([
      {
        key: "empty-page:pg3",
        rule: "empty-page",
        params: { page: 3 },
        target: { kind: "page", pageNumber: 3 },
      },
    ]);
  });

  it("an unassigned article", () => {
    const l = layout();
    l.articles.push(
      article("c", "我市开展节前安全生产大检查", { partIds: [] }),
    );
    expect(validateLayout(l)).toMatchObject([
      {
        key: "unassigned-article:c",
        rule: "unassigned-article",
        target: { kind: "unassigned", articleId: "c" },
      },
    ]);
  });

  it("an article not yet 已校对 (待校 or 校对中); 已签发 passes", () => {
    const l = layout();
    l.articles[0]!.status = "IMPORTED";
    l.articles[1]!.status = "EDITING";
    expect(validateLayout(l)).toMatchObject([
      {
        key: "not-proofread:a",
        rule: "not-proofread",
        params: { status: "IMPORTED" },
      },
      {
        key: "not-proofread:b",
        rule: "not-proofread",
        params: { status: "EDITING" },
      },
    ]);
    l.articles[0]!.status = "APPROVED";
    l.articles[1]!.status = "PROOFREAD";
    expect(rules(l)).toEqual([]);
  });

  it("a headline printed twice, but not a continuation repeating its headline", () => {
    const l = layout();
    l.articles[1]!.headline = "不断擦亮 高质量外资“金名片”";
    expect(validateLayout(l)).toMatchObject([
      {
        key: "duplicate-headline:不断擦亮高质量外资“金名片”",
        rule: "duplicate-headline",
        params: { count: 2 },
        target: { articleId: "b" },
      },
    ]);
    l.parts[1] = { ...l.parts[1]!, continuesFromPage: 1 };
    l.jumps = [
      jump({
        toPlacementId: "b-2",
        markerOut: "（下转2版）",
        markerIn: "（上接1版）",
      }),
    ];
    expect(rules(l)).toEqual([]);
  });

  it("a page over its capacity; a page without one is never over", () => {
    const l = layout();
    l.parts.push(part("c", "pg1", 1, { id: "c-1", order: 2, words: 701 }));
    l.articles.push(article("c", "丙", { partIds: ["c-1"] }));
    l.parts.push(part("d", "pg2", 2, { id: "d-2", order: 2, words: 99_999 }));
    l.articles.push(article("d", "丁", { partIds: ["d-2"] }));
    expect(validateLayout(l)).toEqual([
      {
        key: "over-capacity:pg1",
        rule: "over-capacity",
        params: { page: 1, words: 1001, capacity: 1000, over: 1 },
        target: { kind: "page", pageNumber: 1 },
      },
    ]);
  });

  it("lists findings by rule, in the order of the issue's checklist", () => {
    const l = layout();
    l.pages.push({
      id: "pg3",
      number: 3,
      name: null,
      capacity: null,
      rubrics: [],
    });
    l.articles[0]!.status = "IMPORTED";
    l.articles[1]!.bylines = [];
    l.jumps = [jump()];
    expect(rules(l)).toEqual([
      "jump-without-continuation",
      "missing-byline",
      "empty-page",
      "not-proofread",
    ]);
  });
});
