import { describe, expect, it } from "vitest";

import { getDictionary } from "../suggestions/dictionary";
import {
  correctionKey,
  findCorrections,
  MAX_CORRECTIONS_PER_ARTICLE,
  parseCorrectionKey,
} from "./find-corrections";

const corrections = (before: string, after: string) =>
  findCorrections(before, after, getDictionary()).map(
    (c) => `${c.misread}→${c.correction}`,
  );

describe("findCorrections", () => {
  it("takes a misread brand name whole, not its one changed character", () => {
    expect(
      corrections(
        "今年引进各创优品等品牌门店。",
        "今年引进名创优品等品牌门店。",
      ),
    ).toEqual(["各创优品→名创优品"]);
  });

  it("takes a misread inside a known word as that word", () => {
    expect(
      corrections("激发大干快上的初劲和斗志。", "激发大干快上的干劲和斗志。"),
    ).toEqual(["初劲→干劲"]);
    expect(corrections("项目己经开工。", "项目已经开工。")).toEqual([
      "己经→已经",
    ]);
  });

  it("ignores repairs of punctuation and spacing, insertions and deletions", () => {
    expect(corrections("平湖,嘉兴 。", "平湖，嘉兴。")).toEqual([]);
    expect(corrections("全市经济稳步发展。", "全市经济持续稳步发展。")).toEqual(
      [],
    );
    expect(corrections("全市经济持续稳步发展。", "全市经济稳步发展。")).toEqual(
      [],
    );
  });

  it("ignores a change of one common word for another, and Chinese changes of length: an editor's choices, not misreads", () => {
    expect(corrections("他们来到现场。", "她们来到现场。")).toEqual([]);
    expect(corrections("村民们来到现场。", "她们来到现场。")).toEqual([]);
  });

  it("widens an unknown name to four characters wherever it stands in the sentence", () => {
    expect(
      corrections(
        "家门口就能逛到各创优品这样的店。",
        "家门口就能逛到名创优品这样的店。",
      ),
    ).toEqual(["各创优品→名创优品"]);
    expect(
      corrections("入口处新开的各创优品门店前", "入口处新开的名创优品门店前"),
    ).toEqual(["各创优品→名创优品"]);
  });

  it("reads a correction across a line break the importer joined", () => {
    expect(
      corrections(
        "今年引进各创\n优品等品牌门店。",
        "今年引进名创优品等品牌门店。",
      ),
    ).toEqual(["各创优品→名创优品"]);
  });

  it("takes Latin words whole", () => {
    expect(
      corrections(
        "He said tlie vote was close.",
        "He said the vote was close.",
      ),
    ).toEqual(["tlie→the"]);
  });

  it("leaves out rewrites longer than a word, and repeats", () => {
    expect(
      corrections(
        "会议听取了工作报告并审议通过。",
        "会议认真学习贯彻全会精神。",
      ),
    ).toEqual([]);
    expect(corrections("各创优品和各创优品。", "名创优品和名创优品。")).toEqual(
      ["各创优品→名创优品"],
    );
  });

  it("is bounded: at most MAX_CORRECTIONS_PER_ARTICLE, nothing for a huge text", () => {
    const before = Array.from(
      { length: 400 },
      (_, i) => `第${i}段tlie${i}x。`,
    ).join("\n");
    const after = before.replaceAll("tlie", "the");
    expect(corrections(before, after)).toHaveLength(
      MAX_CORRECTIONS_PER_ARTICLE,
    );
    expect(corrections("各".repeat(100_001), "名".repeat(100_001))).toEqual([]);
  });

  it("stores a correction under a key that reads back", () => {
    const c = { misread: "各创优品", correction: "名创优品" };
    expect(parseCorrectionKey(correctionKey(c))).toEqual(c);
    expect(parseCorrectionKey("no tab")).toBeNull();
  });
});
