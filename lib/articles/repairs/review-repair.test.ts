import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildImportRows } from "@/lib/import/build-import-rows";
import { groupArticleParts } from "@/lib/import/group-article-parts";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";
import { segmentTextPage } from "@/lib/ocr/segment-text-page";
import { articleSnapshot } from "@/lib/testing/desk-factories";

import { blocksToDoc, docToBlocks } from "../article-doc";
import type { ArticleSnapshot } from "../article-snapshot";
import type { ArticleBlockNode } from "../tiptap-schema";
import {
  locateRepair,
  rejectRepair,
  sortRepairsInTextOrder,
  type StoredRepair,
} from "./review-repair";

const p = (text: string): ArticleBlockNode => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});

const snapshot = (
  body: (string | ArticleBlockNode)[],
  fields: Partial<ArticleSnapshot> = {},
): ArticleSnapshot =>
  articleSnapshot({
    body: {
      type: "doc",
      content: body.map((b) => (typeof b === "string" ? p(b) : b)),
    },
    ...fields,
  });

let nextId = 0;
function repair(
  kind: StoredRepair["kind"],
  blockIndex: number,
  original: string,
  replacement: string,
  field: StoredRepair["field"] = null,
): StoredRepair {
  return { id: `r${nextId++}`, kind, field, blockIndex, original, replacement };
}

const texts = (s: ArticleSnapshot | null) =>
  s ? docToBlocks(s.body).map((b) => b.text) : null;

describe("rejectRepair: punctuation", () => {
  const comma = repair(
    "PUNCTUATION",
    0,
    "资集聚地,外资经济",
    "资集聚地，外资经济",
  );

  it("puts the half-width mark back and nothing else", () => {
    const s = snapshot([
      "平湖是高质量外资集聚地，外资经济在平湖经济社会发展中扮演着重要的角色，对平湖的高质量发展有着举足轻重的作用。",
    ]);
    expect(locateRepair(s, comma)).toEqual({
      field: null,
      block: 0,
      offset: 11,
      length: 1,
    });
    expect(texts(rejectRepair(s, comma))).toEqual([
      "平湖是高质量外资集聚地,外资经济在平湖经济社会发展中扮演着重要的角色，对平湖的高质量发展有着举足轻重的作用。",
    ]);
  });

  it("still finds its place when the context on one side was edited", () => {
    const s = snapshot([
      "平湖是外资集聚地，外资企业在平湖经济社会发展中扮演着重要的角色。",
    ]);
    expect(texts(rejectRepair(s, comma))).toEqual([
      "平湖是外资集聚地,外资企业在平湖经济社会发展中扮演着重要的角色。",
    ]);
    const right = snapshot([
      "平湖是高质量外资聚集区，外资经济在平湖经济社会发展中扮演着重要的角色。",
    ]);
    expect(texts(rejectRepair(right, comma))).toEqual([
      "平湖是高质量外资聚集区,外资经济在平湖经济社会发展中扮演着重要的角色。",
    ]);
  });

  it("gives up when the mark itself was edited or both sides of it rewritten", () => {
    expect(
      rejectRepair(
        snapshot(["平湖是高质量外资集聚地。外资经济在平湖扮演着重要的角色。"]),
        comma,
      ),
    ).toBeNull();
    expect(
      locateRepair(
        snapshot(["平湖是外资聚集区，外资企业在平湖扮演着重要的角色。"]),
        comma,
      ),
    ).toBeNull();
  });

  it("finds its paragraph after paragraphs were inserted or removed before it", () => {
    const body = [
      "新加的导语。",
      "另一段新加的。",
      "平湖是高质量外资集聚地，外资经济在平湖发展中扮演着重要的角色。",
    ];
    expect(locateRepair(snapshot(body), comma)).toMatchObject({
      block: 2,
      offset: 11,
    });
    expect(texts(rejectRepair(snapshot(body), comma))![2]).toBe(
      "平湖是高质量外资集聚地,外资经济在平湖发展中扮演着重要的角色。",
    );
    const later = repair(
      "PUNCTUATION",
      3,
      "何苗表示,他们将坚",
      "何苗表示，他们将坚",
    );
    expect(
      locateRepair(
        snapshot([
          "何苗表示，平湖经开将双轨并行。",
          "何苗表示，他们将坚持产城融合。",
        ]),
        later,
      ),
    ).toMatchObject({ block: 1, offset: 4 });
  });

  it("prefers the occurrence with its whole context over a nearer one with half of it", () => {
    const later = repair(
      "PUNCTUATION",
      0,
      "何苗表示,他们将坚",
      "何苗表示，他们将坚",
    );
    // Block 0 has 何苗表示， with other words after it; block 1 has the quoted phrase whole.
    expect(
      locateRepair(
        snapshot([
          "何苗表示，平湖经开将双轨并行。",
          "何苗表示，他们将坚持产城融合。",
        ]),
        later,
      ),
    ).toMatchObject({ block: 1 });
  });

  it("keeps bold and italic text around the restored mark", () => {
    const body: ArticleBlockNode = {
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "平湖是高质量外资集聚地",
          marks: [{ type: "bold" }],
        },
        { type: "text", text: "，外资经济在平湖扮演着重要的角色。" },
      ],
    };
    expect(rejectRepair(snapshot([body]), comma)!.body.content[0]).toEqual({
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "平湖是高质量外资集聚地,",
          marks: [{ type: "bold" }],
        },
        { type: "text", text: "外资经济在平湖扮演着重要的角色。" },
      ],
    });
  });

  it("undoes a repair in the deck in the deck", () => {
    const deck = repair(
      "PUNCTUATION",
      -1,
      "术开发区(钟埭街道",
      "术开发区（钟埭街道",
      "DECK",
    );
    const s = snapshot([p("平湖经济技术开发区（钟埭街道）党工委书记何苗。")], {
      deck: "访平湖经济技术开发区（钟埭街道）党工委书记何苗",
    });
    expect(locateRepair(s, deck)).toEqual({
      field: "DECK",
      block: -1,
      offset: 10,
      length: 1,
    });
    const rejected = rejectRepair(s, deck)!;
    expect(rejected.deck).toBe("访平湖经济技术开发区(钟埭街道）党工委书记何苗");
    expect(rejected.body).toBe(s.body);
  });
});

describe("rejectRepair: column breaks", () => {
  const rejoin = repair("COLUMN_BREAK", 1, "惟创\n\n新者胜", "惟创新者胜");
  const joined =
    "如今，何以破题？惟创新者进，惟创新者强，惟创新者胜。“天高海阔凭鱼跃”，我们要擦亮明珠。";

  it("splits the paragraph back into two where the column broke it", () => {
    const s = snapshot(["第一段。", joined, "最后一段。"]);
    expect(locateRepair(s, rejoin)).toEqual({
      field: null,
      block: 1,
      offset: joined.indexOf("新者胜"),
      length: 0,
    });
    expect(texts(rejectRepair(s, rejoin))).toEqual([
      "第一段。",
      "如今，何以破题？惟创新者进，惟创新者强，惟创",
      "新者胜。“天高海阔凭鱼跃”，我们要擦亮明珠。",
      "最后一段。",
    ]);
  });

  it("splits it after paragraphs were inserted before it and after edits nearby", () => {
    const edited = joined
      .replace("如今，", "如今，外部形势依然复杂，")
      .replace("我们要", "我们必须");
    expect(
      texts(
        rejectRepair(
          snapshot(["新导语。", "第一段。", "又一段。", edited]),
          rejoin,
        ),
      )!.slice(3),
    ).toEqual([
      "如今，外部形势依然复杂，何以破题？惟创新者进，惟创新者强，惟创",
      "新者胜。“天高海阔凭鱼跃”，我们必须擦亮明珠。",
    ]);
  });

  it("keeps a subhead a subhead when it splits one", () => {
    const head: ArticleBlockNode = {
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "聚焦提档升级打造产业体系" }],
    };
    const split = rejectRepair(
      snapshot([head]),
      repair(
        "COLUMN_BREAK",
        0,
        "聚焦提档升级\n\n打造产业体系",
        "聚焦提档升级打造产业体系",
      ),
    );
    expect(split!.body.content).toEqual([
      {
        type: "heading",
        attrs: { level: 3 },
        content: [{ type: "text", text: "聚焦提档升级" }],
      },
      {
        type: "heading",
        attrs: { level: 3 },
        content: [{ type: "text", text: "打造产业体系" }],
      },
    ]);
  });

  it("gives up when the editor already split the paragraph there", () => {
    const s = snapshot([
      "如今，何以破题？惟创新者进，惟创新者强，惟创",
      "新者胜。“天高海阔凭鱼跃”。",
    ]);
    expect(locateRepair(s, rejoin)).toBeNull();
    expect(rejectRepair(s, rejoin)).toBeNull();
  });

  it("splits a Latin phrase at the space the rejoin put in", () => {
    const latin = repair(
      "COLUMN_BREAK",
      0,
      "他说 Made in\n\nPinghu 是品牌",
      "他说 Made in Pinghu 是品牌",
    );
    expect(
      texts(rejectRepair(snapshot(["他说 Made in Pinghu 是品牌。"]), latin)),
    ).toEqual(["他说 Made in", "Pinghu 是品牌。"]);
  });
});

describe("rejectRepair: whitespace and hyphenation", () => {
  it("puts a removed space back", () => {
    const space = repair(
      "WHITESPACE",
      0,
      "回望2023，财税 收入创历",
      "回望2023，财税收入创历",
    );
    expect(
      texts(rejectRepair(snapshot(["回望2023，财税收入创历史新高。"]), space)),
    ).toEqual(["回望2023，财税 收入创历史新高。"]);
  });

  it("puts the hyphen back without the printed line end", () => {
    const hyphen = repair("HYPHENATION", 0, "Brü-\ncke", "Brücke");
    const s = snapshot([
      "Die Stadtverwaltung hat den Bau einer neuen Brücke beschlossen.",
    ]);
    expect(locateRepair(s, hyphen)).toEqual({
      field: null,
      block: 0,
      offset: 47,
      length: 0,
    });
    expect(texts(rejectRepair(s, hyphen))).toEqual([
      "Die Stadtverwaltung hat den Bau einer neuen Brü-cke beschlossen.",
    ]);
  });
});

describe("sortRepairsInTextOrder", () => {
  it("lists header repairs first, then the body in reading order, the unlocatable at their block's end", () => {
    const s = snapshot(["甲，乙，丙。", "丁，戊。"], { kicker: "引（题）" });
    const a = repair("PUNCTUATION", 1, "丁,戊", "丁，戊");
    const b = repair("PUNCTUATION", 0, "乙,丙", "乙，丙");
    const c = repair("PUNCTUATION", 0, "甲,乙", "甲，乙");
    const d = repair("PUNCTUATION", -1, "引(题", "引（题", "KICKER");
    const gone = repair("PUNCTUATION", 0, "己,庚", "己，庚");
    expect(
      sortRepairsInTextOrder(s, [a, gone, b, c, d]).map((r) => r.id),
    ).toEqual([d.id, c.id, b.id, gone.id, a.id]);
  });

  it("gives repairs that quote the same text the occurrences in turn", () => {
    const s = snapshot(["企业培育，同时实施计划；企业培育，同时强化带动。"]);
    const first = repair("PUNCTUATION", 0, "企业培育,同时", "企业培育，同时");
    const second = { ...first, id: "twin" };
    const sorted = sortRepairsInTextOrder(s, [second, first]);
    expect(sorted).toEqual([second, first]);
  });
});

describe("rejecting every repair the importer made on the seed page", () => {
  const text = readFileSync(
    path.join(__dirname, "../../../fixtures/pages/pinghu-2024-01-p1.md"),
    "utf8",
  );
  const repaired = segmentTextPage(text, { page: 1, repair: true });
  const unrepaired = segmentTextPage(text, { page: 1, repair: false });
  const rows = buildImportRows(groupArticleParts([repaired.page]).groups, {
    issueId: "issue",
    authorId: null,
    pages: [{ id: "page-1", number: 1, file: null, replaced: false }],
    sourceIds: new Map(),
    contributorIds: new Map(),
    repairs: repaired.repairs,
  });
  const articles = rows.articles.map((row, k) => {
    const snapshotOf: ArticleSnapshot = {
      kicker: row.kicker,
      headline: row.headline,
      deck: row.deck,
      dateline: row.dateline,
      rubric: row.rubric,
      genre: row.genre,
      bylines: [],
      body: row.body as ArticleSnapshot["body"],
    };
    return {
      snapshot: snapshotOf,
      repairs: rows.repairs.filter(
        (r) => r.articleId === row.id,
      ) as StoredRepair[],
      original: unrepaired.page.articles[k]!,
    };
  });

  it("stores repairs of every kind the text importer makes", () => {
    expect(new Set(rows.repairs.map((r) => r.kind))).toEqual(
      new Set(["COLUMN_BREAK", "PUNCTUATION"]),
    );
    expect(rows.repairs.length).toBeGreaterThan(250);
  });

  it("locates every repair in the imported text", () => {
    for (const a of articles)
      for (const r of a.repairs)
        expect(locateRepair(a.snapshot, r), r.original).not.toBeNull();
  });

  it("undoes each repair on its own, changing only its own characters", () => {
    const halfWidth = new Map([
      ["，", ","],
      ["？", "?"],
      ["！", "!"],
      ["：", ":"],
      ["；", ";"],
      ["（", "("],
      ["）", ")"],
    ]);
    for (const a of articles) {
      for (const r of a.repairs) {
        const place = locateRepair(a.snapshot, r)!;
        const rejected = rejectRepair(a.snapshot, r)!;
        expect(rejected, r.original).not.toBeNull();
        if (r.kind === "COLUMN_BREAK") {
          const [before, after] = [texts(a.snapshot)!, texts(rejected)!];
          expect(after.length).toBe(before.length + 1);
          expect(after[place.block]! + after[place.block + 1]).toBe(
            before[place.block],
          );
          expect(after[place.block]!.length).toBe(place.offset);
          continue;
        }
        const key = r.field ? (r.field.toLowerCase() as "deck") : null;
        const was = key ? a.snapshot[key]! : texts(a.snapshot)![place.block]!;
        const now = key ? rejected[key]! : texts(rejected)![place.block]!;
        const mark = was.charAt(place.offset);
        expect(now, r.original).toBe(
          was.slice(0, place.offset) +
            halfWidth.get(mark) +
            was.slice(place.offset + 1),
        );
      }
    }
  });

  it.each([
    ["in text order", (rs: StoredRepair[]) => rs],
    ["in reverse", (rs: StoredRepair[]) => [...rs].reverse()],
    [
      "column breaks last",
      (rs: StoredRepair[]) =>
        [...rs].sort(
          (x, y) =>
            Number(x.kind === "COLUMN_BREAK") -
            Number(y.kind === "COLUMN_BREAK"),
        ),
    ],
  ])(
    "gives back exactly the un-repaired text when all are undone, %s",
    (_, order) => {
      for (const a of articles) {
        let s: ArticleSnapshot = a.snapshot;
        for (const r of order(sortRepairsInTextOrder(a.snapshot, a.repairs))) {
          const next = rejectRepair(s, r);
          expect(next, r.original).not.toBeNull();
          s = next!;
        }
        expect(texts(s)).toEqual(a.original.blocks.map((b) => b.text));
        expect(s.body).toEqual(blocksToDoc(a.original.blocks));
        expect([s.kicker, s.headline, s.deck]).toEqual([
          a.original.kicker,
          a.original.headline ?? "",
          a.original.deck,
        ]);
      }
    },
  );
});

describe("rejecting the hyphenation joins the ALTO reader made", () => {
  it("puts each hyphen back where the word now stands", () => {
    const file = path.join(
      __dirname,
      "../../../fixtures/alto/alto-v1-docworks.xml",
    );
    const doc = readOcrFiles(
      [{ name: "alto-v1-docworks.xml", bytes: readFileSync(file) }],
      { page: 1, repair: true },
    );
    const rows = buildImportRows(groupArticleParts(doc.pages).groups, {
      issueId: "issue",
      authorId: null,
      pages: [
        {
          id: "page-1",
          number: 1,
          file: "alto-v1-docworks.xml",
          replaced: false,
        },
      ],
      sourceIds: new Map(),
      contributorIds: new Map(),
      repairs: doc.repairs,
    });
    const hyphenations = rows.repairs.filter(
      (r) => r.kind === "HYPHENATION",
    ) as StoredRepair[];
    expect(hyphenations.map((r) => [r.original, r.replacement])).toEqual([
      ["Brü-\ncke", "Brücke"],
      ["Pla-\nnung", "Planung"],
    ]);
    let s = snapshot([]);
    s = { ...s, body: rows.articles[0]!.body as ArticleSnapshot["body"] };
    // An editor's paragraph before them does not lose them.
    s = {
      ...s,
      body: {
        ...s.body,
        content: [p("Vorbemerkung der Redaktion."), ...s.body.content],
      },
    };
    for (const r of sortRepairsInTextOrder(s, hyphenations))
      s = rejectRepair(s, r)!;
    const text = texts(s)!.join("\n\n");
    expect(text).toContain("einer neuen Brü-cke beschlossen");
    expect(text).toContain("über die Pla-nung seit");
    expect(text).not.toMatch(/Brücke|Planung/);
  });
});
