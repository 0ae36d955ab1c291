import { describe, expect, it } from "vitest";

import { compareSnapshots, htmlText } from "./compare-versions";
import type { IssueSnapshot, SnapshotPage } from "./issue-snapshot";

const part = (articleId: string, bodyHtml: string, extra = {}) => ({
  placementId: `${articleId}-1`,
  articleId,
  part: 1,
  partCount: 1,
  kicker: null,
  headline: `题${articleId}`,
  deck: null,
  dateline: null,
  rubric: null,
  bylines: [],
  bodyHtml,
  jumpIn: null,
  jumpOut: null,
  ...extra,
});
const page = (number: number, parts: SnapshotPage["parts"]): SnapshotPage => ({
  number,
  name: null,
  rubrics: [],
  furniture: [],
  parts,
});
const snapshot = (
  pages: SnapshotPage[],
  corrections: IssueSnapshot["corrections"] = {},
): IssueSnapshot => ({
  format: 1,
  issue: { id: "i", date: "2024-01-03", number: null },
  publication: {
    id: "p",
    name: "平湖日报",
    slug: "pinghu",
    timezone: "Asia/Shanghai",
  },
  corrections,
  pages,
});

describe("htmlText", () => {
  it("reads sanitized HTML as paragraphs of text, entities decoded", () => {
    expect(
      htmlText("<p>甲&amp;乙</p><p><strong>丙</strong>&lt;丁&gt;</p>"),
    ).toBe("甲&乙\n\n丙<丁>");
  });
});

describe("compareSnapshots", () => {
  it("names added, removed, changed and unchanged articles, with the diff and the new 更正", () => {
    const note = {
      date: "2024-01-05",
      note: "本文于2024年1月5日更正。",
      version: 2,
    };
    const a = snapshot([
      page(1, [part("a", "<p>外资项目开工</p>"), part("b", "<p>不变</p>")]),
      page(2, [part("gone", "<p>撤下的稿件</p>")]),
    ]);
    const b = snapshot(
      [
        page(1, [
          part("a", "<p>外资项目顺利开工</p>"),
          part("b", "<p>不变</p>"),
        ]),
        page(3, [part("new", "<p>新稿</p>")]),
      ],
      { a: [note] },
    );
    const result = compareSnapshots(a, b, { from: 1, to: 2 });
    expect(result.articles.map((x) => [x.articleId, x.change])).toEqual([
      ["a", "changed"],
      ["b", "unchanged"],
      ["new", "added"],
      ["gone", "removed"],
    ]);
    const changed = result.articles[0]!;
    expect(changed.ops.filter(([op]) => op === 1).map(([, t]) => t)).toEqual([
      "顺利",
    ]);
    expect(result.articles[1]!.ops).toEqual([]);
    expect(result.articles[3]).toMatchObject({
      pagesBefore: [2],
      pagesAfter: [],
    });
    expect(result.pagesAdded).toEqual([3]);
    expect(result.pagesRemoved).toEqual([2]);
    expect(result.newCorrections).toEqual([{ articleId: "a", note }]);
  });

  it("joins an article's parts across pages and sees a changed headline", () => {
    const jumped = (body2: string, headline = "题j") =>
      snapshot([
        page(1, [part("j", "<p>上半</p>", { headline, partCount: 2 })]),
        page(2, [
          part("j", body2, {
            placementId: "j-2",
            part: 2,
            partCount: 2,
            headline,
          }),
        ]),
      ]);
    const same = compareSnapshots(
      jumped("<p>下半</p>"),
      jumped("<p>下半</p>"),
      { from: 1, to: 2 },
    );
    expect(same.articles).toMatchObject([
      { change: "unchanged", pagesAfter: [1, 2] },
    ]);
    const retitled = compareSnapshots(
      jumped("<p>下半</p>"),
      jumped("<p>下半</p>", "新题"),
      {
        from: 1,
        to: 2,
      },
    );
    expect(retitled.articles[0]!.change).toBe("changed");
  });
});
