import { describe, expect, it } from "vitest";

import { ValidationError } from "@/lib/errors";

import { docToBlocks } from "../article-doc";
import {
  type ArticleSnapshot,
  articleSnapshotSchema,
} from "../article-snapshot";
import type { ArticleBlockNode } from "../tiptap-schema";
import {
  type MergeConflict,
  mergeSnapshots,
  resolveConflicts,
} from "./merge-snapshots";

const p = (text: string): ArticleBlockNode => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});
const h = (text: string): ArticleBlockNode => ({
  type: "heading",
  attrs: { level: 3 },
  content: [{ type: "text", text }],
});

const BODY = [
  "新年首个工作日，“项目突破”攻坚行动投旗出征。",
  "市委十五届四次全会明确，要围绕“创新攻坚”主题主线。",
  "蓝图何以变成现实？大道至简，实干为要。",
  "实干担当立潮头，创新争先是核心。",
  "路虽远，行则将至；事虽难，做则必成。",
];

function snapshot(
  body: readonly (string | ArticleBlockNode)[] = BODY,
  fields: Partial<ArticleSnapshot> = {},
): ArticleSnapshot {
  return articleSnapshotSchema.parse({
    kicker: null,
    headline: "实干担当立潮头",
    deck: "——三论学习贯彻市委十五届四次全会精神",
    dateline: null,
    rubric: null,
    genre: "COMMENTARY",
    bylines: [{ role: "COMMENTATOR", label: "本报评论员", name: null }],
    body: {
      type: "doc",
      content: body.map((b) => (typeof b === "string" ? p(b) : b)),
    },
    ...fields,
  });
}

const texts = (s: ArticleSnapshot) => docToBlocks(s.body).map((b) => b.text);
const edit = (i: number, text: string) =>
  BODY.map((b, k) => (k === i ? text : b));
const bodyConflicts = (cs: MergeConflict[]) =>
  cs.filter(
    (c): c is Extract<MergeConflict, { kind: "body" }> => c.kind === "body",
  );
const blockTexts = (nodes: ArticleBlockNode[]) =>
  docToBlocks({ type: "doc", content: nodes }).map((b) => b.text);

/** Every block either side wrote is in the merge or offered in a conflict: nothing is silently dropped. */
function expectNothingLost(
  base: ArticleSnapshot,
  theirs: ArticleSnapshot,
  mine: ArticleSnapshot,
) {
  const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
  const offered = new Set([
    ...texts(merged),
    ...bodyConflicts(conflicts).flatMap((c) => blockTexts(c.myBlocks)),
  ]);
  const baseTexts = new Set(texts(base));
  for (const side of [theirs, mine]) {
    for (const t of texts(side))
      if (!baseTexts.has(t)) expect(offered, t).toContain(t);
  }
  // Resolving every conflict either way gives a valid snapshot.
  for (const choice of ["mine", "theirs"] as const) {
    const resolved = resolveConflicts(
      base,
      theirs,
      mine,
      Object.fromEntries(conflicts.map((c) => [c.id, choice])),
    );
    expect(articleSnapshotSchema.parse(resolved)).toEqual(resolved);
  }
}

describe("mergeSnapshots: the body", () => {
  it("merges edits to different paragraphs and says whose they were", () => {
    const base = snapshot();
    const theirs = snapshot(
      edit(1, "市委十五届四次全会明确，要紧紧围绕“创新攻坚”主题主线。"),
    );
    const mine = snapshot(edit(3, "实干担当立潮头，创新争先是关键。"));
    const { merged, changes, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual([
      BODY[0],
      "市委十五届四次全会明确，要紧紧围绕“创新攻坚”主题主线。",
      BODY[2],
      "实干担当立潮头，创新争先是关键。",
      BODY[4],
    ]);
    expect(changes).toEqual([
      {
        side: "theirs",
        what: "body",
        block: 1,
        description: "Another editor edited paragraph 2",
        descriptionZh: "另一位编辑修改了第2段",
      },
      {
        side: "mine",
        what: "body",
        block: 3,
        description: "You edited paragraph 4",
        descriptionZh: "你修改了第4段",
      },
    ]);
    expectNothingLost(base, theirs, mine);
  });

  it("merges edits to neighbouring paragraphs", () => {
    const base = snapshot();
    const theirs = snapshot(edit(2, "蓝图何以变成现实？实干为要。"));
    const mine = snapshot(edit(3, "实干担当立潮头，创新是核心。"));
    const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual([
      BODY[0],
      BODY[1],
      "蓝图何以变成现实？实干为要。",
      "实干担当立潮头，创新是核心。",
      BODY[4],
    ]);
  });

  it("refuses to choose when both changed the same sentence, holding theirs until the editor does", () => {
    const base = snapshot();
    const theirs = snapshot(edit(2, "蓝图何以变成现实？大道至简，实干为先。"));
    const mine = snapshot(edit(2, "蓝图如何变成现实？大道至简，实干为要。"));
    const { merged, conflicts, changes } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toHaveLength(1);
    const [conflict] = bodyConflicts(conflicts);
    expect(conflict!.id).toMatch(/^body-[0-9a-f]{16}$/);
    expect(blockTexts(conflict!.baseBlocks)).toEqual([BODY[2]]);
    expect(blockTexts(conflict!.theirBlocks)).toEqual([
      "蓝图何以变成现实？大道至简，实干为先。",
    ]);
    expect(blockTexts(conflict!.myBlocks)).toEqual([
      "蓝图如何变成现实？大道至简，实干为要。",
    ]);
    expect(texts(merged)).toEqual(texts(theirs));
    expect(changes).toEqual([]);
    expect(
      texts(resolveConflicts(base, theirs, mine, { [conflict!.id]: "mine" })),
    ).toEqual(texts(mine));
    expect(
      texts(resolveConflicts(base, theirs, mine, { [conflict!.id]: "theirs" })),
    ).toEqual(texts(theirs));
    expectNothingLost(base, theirs, mine);
  });

  it("keeps a conflict to its paragraph while other paragraphs still merge", () => {
    const base = snapshot();
    const theirs = snapshot(
      edit(2, "蓝图何以变成现实？实干为先。").map((b, i) =>
        i === 0 ? "新年首个工作日，攻坚行动投旗出征。" : b,
      ),
    );
    const mine = snapshot(
      edit(2, "蓝图如何变成现实？").map((b, i) =>
        i === 4 ? "路虽远，行则将至。" : b,
      ),
    );
    const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(
      bodyConflicts(conflicts).map((c) => blockTexts(c.baseBlocks)),
    ).toEqual([[BODY[2]]]);
    expect(texts(merged)).toEqual([
      "新年首个工作日，攻坚行动投旗出征。",
      BODY[1],
      "蓝图何以变成现实？实干为先。",
      BODY[3],
      "路虽远，行则将至。",
    ]);
    const id = conflicts[0]!.id;
    expect(
      texts(resolveConflicts(base, theirs, mine, { [id]: "mine" })),
    ).toEqual([
      "新年首个工作日，攻坚行动投旗出征。",
      BODY[1],
      "蓝图如何变成现实？",
      BODY[3],
      "路虽远，行则将至。",
    ]);
    expectNothingLost(base, theirs, mine);
  });

  it("takes the same change made on both sides once, without a conflict", () => {
    const base = snapshot();
    const both = snapshot(edit(2, "蓝图何以变成现实？实干为要。"));
    const { merged, conflicts, changes } = mergeSnapshots(
      base,
      both,
      snapshot(edit(2, "蓝图何以变成现实？实干为要。")),
    );
    expect(conflicts).toEqual([]);
    expect(changes).toEqual([]);
    expect(texts(merged)).toEqual(texts(both));
  });

  it("merges insertions at both ends", () => {
    const base = snapshot();
    const theirs = snapshot(["（编者按）本文为系列评论之三。", ...BODY]);
    const mine = snapshot([...BODY, "（作者系本报评论员）"]);
    const { merged, conflicts, changes } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual([
      "（编者按）本文为系列评论之三。",
      ...BODY,
      "（作者系本报评论员）",
    ]);
    expect(changes.map((c) => [c.side, c.block, c.descriptionZh])).toEqual([
      ["theirs", 0, "另一位编辑新增了1段（第1段）"],
      ["mine", 6, "你新增了1段（第7段）"],
    ]);
    expectNothingLost(base, theirs, mine);
  });

  it("merges an insertion on one side with an edit of the paragraph before it on the other", () => {
    const base = snapshot();
    const theirs = snapshot(
      edit(1, "市委全会明确，要围绕“创新攻坚”主题主线。"),
    );
    const mine = snapshot([
      ...BODY.slice(0, 2),
      h("创新争先是核心"),
      ...BODY.slice(2),
    ]);
    const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual([
      BODY[0],
      "市委全会明确，要围绕“创新攻坚”主题主线。",
      "创新争先是核心",
      ...BODY.slice(2),
    ]);
    expect(merged.body.content[2]!.type).toBe("heading");
  });

  it("conflicts when both insert different paragraphs at the same place, and keeps both to choose from", () => {
    const base = snapshot();
    const theirs = snapshot([
      ...BODY.slice(0, 3),
      "他们插入的一段。",
      ...BODY.slice(3),
    ]);
    const mine = snapshot([
      ...BODY.slice(0, 3),
      "我插入的一段。",
      ...BODY.slice(3),
    ]);
    const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
    const [conflict] = bodyConflicts(conflicts);
    expect(conflict).toMatchObject({
      baseBlocks: [],
      theirBlocks: [p("他们插入的一段。")],
      myBlocks: [p("我插入的一段。")],
    });
    expect(texts(merged)).toEqual(texts(theirs));
    expectNothingLost(base, theirs, mine);
  });

  it("merges deletions and edits in different places", () => {
    const base = snapshot();
    const theirs = snapshot([BODY[0]!, BODY[2]!, BODY[3]!, BODY[4]!]);
    const mine = snapshot(edit(3, "实干担当立潮头。"));
    const { merged, conflicts, changes } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual([
      BODY[0],
      BODY[2],
      "实干担当立潮头。",
      BODY[4],
    ]);
    expect(changes[0]).toMatchObject({
      side: "theirs",
      block: 1,
      description: "Another editor deleted 1 paragraph after paragraph 1",
    });
  });

  it("conflicts when one edits a paragraph the other deleted", () => {
    const base = snapshot();
    const theirs = snapshot([BODY[0]!, BODY[1]!, BODY[3]!, BODY[4]!]);
    const mine = snapshot(edit(2, "蓝图何以变成现实？实干为要。"));
    const { conflicts } = mergeSnapshots(base, theirs, mine);
    const [conflict] = bodyConflicts(conflicts);
    expect(conflict).toMatchObject({
      baseBlocks: [p(BODY[2]!)],
      theirBlocks: [],
      myBlocks: [p("蓝图何以变成现实？实干为要。")],
    });
    expect(
      texts(resolveConflicts(base, theirs, mine, { [conflict!.id]: "mine" })),
    ).toEqual(texts(mine));
    expectNothingLost(base, theirs, mine);
  });

  it("offers a split paragraph whole against an edit of it, never half of each", () => {
    // Theirs rejected a column-break rejoin (the paragraph is split in two); mine corrected a character in it.
    const base = snapshot([
      "在勇当先行者谱写新篇章中彰显璀璨明珠新担当。",
      BODY[2]!,
    ]);
    const theirs = snapshot([
      "在勇当先行者谱写",
      "新篇章中彰显璀璨明珠新担当。",
      BODY[2]!,
    ]);
    const mine = snapshot([
      "在勇当先行者谱写新篇章中彰显璀璨明珠新担當。",
      BODY[2]!,
    ]);
    const { conflicts } = mergeSnapshots(base, theirs, mine);
    const [conflict] = bodyConflicts(conflicts);
    expect(blockTexts(conflict!.theirBlocks)).toEqual([
      "在勇当先行者谱写",
      "新篇章中彰显璀璨明珠新担当。",
    ]);
    expect(blockTexts(conflict!.myBlocks)).toEqual([
      "在勇当先行者谱写新篇章中彰显璀璨明珠新担當。",
    ]);
    expect(
      texts(resolveConflicts(base, theirs, mine, { [conflict!.id]: "mine" })),
    ).toEqual(texts(mine));
    expect(
      texts(resolveConflicts(base, theirs, mine, { [conflict!.id]: "theirs" })),
    ).toEqual(texts(theirs));
  });

  it("treats spellings of one paragraph that the editor considers equal as unchanged", () => {
    const base = snapshot();
    // The editor may send textAlign: null, split text nodes and reorder keys without changing anything.
    const respelled = snapshot([
      {
        content: [
          { text: "新年首个工作日，", type: "text" },
          { type: "text", text: "“项目突破”攻坚行动投旗出征。" },
        ],
        type: "paragraph",
        attrs: { textAlign: null },
      },
      ...BODY.slice(1),
    ]);
    const theirs = snapshot(edit(0, "新年首个工作日，攻坚行动投旗出征。"));
    const { merged, conflicts } = mergeSnapshots(base, theirs, respelled);
    expect(conflicts).toEqual([]);
    expect(texts(merged)[0]).toBe("新年首个工作日，攻坚行动投旗出征。");
  });

  it("gives the same conflict ids for the same inputs", () => {
    const base = snapshot();
    const theirs = snapshot(edit(2, "甲。"), { headline: "实干担当" });
    const mine = snapshot(edit(2, "乙。"), { headline: "立潮头" });
    const ids = mergeSnapshots(base, theirs, mine).conflicts.map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(
      mergeSnapshots(
        structuredClone(base),
        structuredClone(theirs),
        structuredClone(mine),
      ).conflicts.map((c) => c.id),
    ).toEqual(ids);
    expect(
      mergeSnapshots(
        base,
        snapshot(edit(2, "丙。"), { headline: "实干担当" }),
        mine,
      ).conflicts.map((c) => c.id)[1],
    ).not.toBe(ids[1]);
  });

  it("loses nothing across many random concurrent edits", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const mutate = (tag: string) => {
        const out = [...BODY];
        for (let k = 0, n = 1 + random(3); k < n; k++) {
          const i = random(out.length + 1);
          const op = random(3);
          if (op === 0 && i < out.length) out[i] = `${out[i]}${tag}${k}`;
          else if (op === 1 && i < out.length && out.length > 1)
            out.splice(i, 1);
          else out.splice(i, 0, `${tag}新段${k}`);
        }
        return out;
      };
      expectNothingLost(
        snapshot(),
        snapshot(mutate("他")),
        snapshot(mutate("我")),
      );
    }
  });
});

describe("mergeSnapshots: fields", () => {
  it("merges changes to different fields, and a field one side changed", () => {
    const base = snapshot();
    const theirs = snapshot(BODY, { headline: "实干担当 立潮头" });
    const mine = snapshot(BODY, { rubric: "评论", genre: "NEWS" });
    const { merged, changes, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({
      headline: "实干担当 立潮头",
      rubric: "评论",
      genre: "NEWS",
    });
    expect(changes).toEqual([
      {
        side: "theirs",
        what: "headline",
        description: "Another editor changed the headline",
        descriptionZh: "另一位编辑修改了标题",
      },
      {
        side: "mine",
        what: "rubric",
        description: "You changed the rubric",
        descriptionZh: "你修改了栏目",
      },
      {
        side: "mine",
        what: "genre",
        description: "You changed the genre",
        descriptionZh: "你修改了体裁",
      },
    ]);
  });

  it("reports a field both changed differently, with all three values", () => {
    const base = snapshot();
    const theirs = snapshot(BODY, { deck: "——三论学习贯彻全会精神" });
    const mine = snapshot(BODY, { deck: null });
    const { merged, conflicts } = mergeSnapshots(base, theirs, mine);
    expect(conflicts).toEqual([
      {
        id: "field-deck",
        kind: "field",
        field: "deck",
        base: base.deck,
        theirs: "——三论学习贯彻全会精神",
        mine: null,
      },
    ]);
    expect(merged.deck).toBe("——三论学习贯彻全会精神");
    expect(
      resolveConflicts(base, theirs, mine, { "field-deck": "mine" }).deck,
    ).toBeNull();
  });

  it("merges bylines as one value: key order does not matter, different lists conflict", () => {
    const base = snapshot();
    const reordered = snapshot(BODY, {
      bylines: [{ name: null, label: "本报评论员", role: "COMMENTATOR" }],
    });
    const added = snapshot(BODY, {
      bylines: [
        ...base.bylines,
        { role: "EDITOR", label: "责任编辑", name: "李泽峰" },
      ],
    });
    expect(mergeSnapshots(base, reordered, added)).toMatchObject({
      conflicts: [],
      merged: { bylines: added.bylines },
    });
    const other = snapshot(BODY, {
      bylines: [{ role: "REPORTER", label: "记者", name: "林旭东" }],
    });
    const { conflicts } = mergeSnapshots(base, other, added);
    expect(conflicts).toMatchObject([
      {
        id: "field-bylines",
        kind: "field",
        theirs: other.bylines,
        mine: added.bylines,
      },
    ]);
  });
});

describe("resolveConflicts", () => {
  it("throws a user-facing error when a conflict has no choice", () => {
    const base = snapshot();
    const theirs = snapshot(edit(0, "甲。"), { headline: "甲" });
    const mine = snapshot(edit(0, "乙。"), { headline: "乙" });
    expect(() =>
      resolveConflicts(base, theirs, mine, { "field-headline": "mine" }),
    ).toThrow(ValidationError);
    expect(() => resolveConflicts(base, theirs, mine, {})).toThrow(
      /every conflict/,
    );
  });

  it("returns the merge itself when there is nothing to decide", () => {
    const base = snapshot();
    const theirs = snapshot(edit(0, "甲。"));
    const mine = snapshot(edit(4, "乙。"));
    expect(resolveConflicts(base, theirs, mine, {})).toEqual(
      mergeSnapshots(base, theirs, mine).merged,
    );
  });
});
