import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { segmentTextPage } from "@/lib/ocr/segment-text-page";

import { findConfusableWords } from "./find-confusable-words";

const flags = (...texts: string[]) =>
  findConfusableWords(texts).map((s) => [s.text, s.replacements[0]]);

describe("findConfusableWords", () => {
  it("flags on the seed page exactly 初劲, suggesting 干劲", () => {
    const page = readFileSync(
      path.join(__dirname, "../../../fixtures/pages/pinghu-2024-01-p1.md"),
      "utf8",
    );
    const { page: seed } = segmentTextPage(page, { page: 1, repair: true });
    expect(seed.articles).toHaveLength(5);
    const found = seed.articles.flatMap((article) =>
      findConfusableWords(article.blocks.map((b) => b.text)).map((s) => ({
        headline: article.headline,
        ...s,
      })),
    );
    // The only misreading on the page: 初 for 干 in “激发…的干劲和斗志” (an observed, not a look-alike, pair).
    expect(found).toEqual([
      {
        headline: "实干担当立潮头",
        kind: "confusable",
        block: 2,
        offset:
          "蓝图何以变成现实？大道至简，实干为要。我们必须按照全会确定的目标任务，坚定“不干则已、干则必成”的志气和决心，保持“时不我待、只争朝夕”的姿态和毅力，激发“大干快上、勇立潮头”的"
            .length,
        length: 2,
        text: "初劲",
        replacements: ["干劲"],
        confidence: null,
        note: "Possibly misread: “初劲” is not a common word; “干劲” is.",
        noteZh: "疑似识别错字：“初劲”不是常用词，常见的是“干劲”。",
      },
    ]);
  });

  it.each([
    ["己经", "已经", "他们己经完成了全年任务。"],
    ["末来", "未来", "展望末来，我们信心满满。"],
    ["土兵", "士兵", "边防土兵坚守岗位。"],
    ["千部", "干部", "全市千部职工积极参与。"],
    ["入民", "人民", "为入民群众办实事。"],
    ["治炼", "冶炼", "当地的钢铁治炼企业。"],
    ["拨河", "拔河", "职工拨河比赛今天举行。"],
    ["辩别", "辨别", "市民要学会辩别真伪。"],
  ])("flags %s as a misreading of %s", (printed, meant, sentence) => {
    expect(flags(sentence)).toEqual([[printed, meant]]);
  });

  it("leaves common words made of confusable characters alone", () => {
    const clean = [
      "今天上午，市委书记主持召开干部大会，已经部署未来五年的工作。",
      "人民群众的获得感不断增强，入党积极分子八人参加培训。",
      "士兵们在土地上训练，日常管理严格，历史经验值得借鉴。",
      "检查组分析了今年的板块数据，申请由甲方负责。",
      "大干快上、勇立潮头，太多的困难挡不住天天向上的干劲。",
      "玉米丰收，主要产区的农民说，这是最初的衬衫厂带来的变化。",
      "他们辨别真伪，治理河道，选拔人才，命令已经下达。",
      "酒店门前洒水降温，墙壁上写着标语，诸侯时代早已过去。",
      "千方百计挖增量，全力推动利用外资量质齐升。",
      "平湖经开汇聚了一大批大好的项目，延伸拓展细分赛道。",
      "请把光标放在要拆出的第一段，折旧费用另计。",
      // 初 is only ever read for 干 where the word as printed is unknown: 初步, 当初, 初心 stay.
      "这项工作初步完成，当初的设想不忘初心，初中生和初创企业都受益。",
    ];
    expect(flags(...clean)).toEqual([]);
  });

  it("ignores numbers, Latin text and punctuation", () => {
    expect(
      flags(
        "2023年实际外资4.8亿美元，同比增长16%。",
        "Made in Pinghu 是品牌。",
      ),
    ).toEqual([]);
  });
});
