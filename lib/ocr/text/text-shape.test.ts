import { describe, expect, it } from "vitest";

import {
  isHeadlineShaped,
  isItemsLabel,
  isNeverHeadline,
  isParagraphBoundary,
  isRubricShaped,
  stripFinalMark,
  stripLeadingDash,
  stripTrailingDash,
} from "./text-shape";

describe("isParagraphBoundary", () => {
  it.each(["。", "！", "？", "!", "?", "…", "”", "’", "」", "』", "）", ")"])(
    "treats a paragraph ending in %s as ended",
    (end) => {
      expect(isParagraphBoundary(`他说${end}`, "新的一年")).toBe(true);
    },
  );

  it.each(["惟创", "18批次,", "近年来，", "我们的目标——"])(
    "treats a paragraph ending in %s as cut",
    (text) => {
      expect(isParagraphBoundary(text, "新者胜。")).toBe(false);
    },
  );

  it("ends a paragraph at a colon only before a quote or an enumerated item", () => {
    expect(isParagraphBoundary("他说：", "“我们一定能做到。”")).toBe(true);
    expect(isParagraphBoundary("主要做法有：", "一是加强组织领导。")).toBe(
      true,
    );
    expect(
      isParagraphBoundary("她表示：", "新的一年，平湖经开将围绕主线。"),
    ).toBe(false);
  });

  it("ends a paragraph before an enumerated item even without punctuation", () => {
    expect(isParagraphBoundary("一是加强组织领导", "二是强化要素保障。")).toBe(
      true,
    );
    expect(isParagraphBoundary("打通服务群众", "最后一公里。")).toBe(false);
  });
});

describe("shapes", () => {
  it("knows a headline from a sentence", () => {
    expect(isHeadlineShaped("勇挑大梁担使命 提质进位走前列")).toBe(true);
    expect(isHeadlineShaped("平湖数字乡村获省级“优秀”")).toBe(true);
    expect(
      isHeadlineShaped("近日,数字乡村省级试点中期评估结果发布,我市获评优秀。"),
    ).toBe(false);
    expect(isHeadlineShaped("拼经济,拼的是产业。近年来,")).toBe(false);
  });

  it("knows a rubric banner", () => {
    expect(isRubricShaped("贯彻落实全会精神 创新攻坚2024")).toBe(true);
    expect(isRubricShaped("一把手访谈")).toBe(true);
    expect(isRubricShaped("聚焦提档升级，打造更具竞争力的产业体系")).toBe(
      false,
    );
    expect(isRubricShaped("——三论学习贯彻")).toBe(false);
  });

  it("strips a question or exclamation headline's final mark, and nothing else", () => {
    expect(stripFinalMark("垃圾分类，你做对了吗？")).toBe(
      "垃圾分类，你做对了吗",
    );
    expect(stripFinalMark("幸福来敲门！")).toBe("幸福来敲门");
    expect(stripFinalMark("真的假的?!")).toBe("真的假的");
    expect(stripFinalMark("会议召开。")).toBe("会议召开。");
    expect(isHeadlineShaped(stripFinalMark("垃圾分类，你做对了吗？"))).toBe(
      true,
    );
    expect(isHeadlineShaped("垃圾分类，你做对了吗？")).toBe(false);
  });

  it("strips deck and kicker dashes", () => {
    expect(stripLeadingDash("——三论学习贯彻市委十五届四次全会精神")).toBe(
      "三论学习贯彻市委十五届四次全会精神",
    );
    expect(stripLeadingDash("—访市发改局局长")).toBe("访市发改局局长");
    expect(stripLeadingDash("--锚定目标 拼搏实干")).toBe("锚定目标 拼搏实干");
    expect(stripTrailingDash("一把手访谈——")).toBe("一把手访谈");
  });
});

describe("isNeverHeadline", () => {
  it.each([
    "2024年1月27日 星期六",
    "今日8版",
    "第3版",
    "综合",
    "要闻",
    "东湖·副刊",
    "图为旅客在客运中心有序候车",
    "▲ 果农在梨园内修剪枝条",
  ])("is true for %s", (line) => {
    expect(isNeverHeadline(line)).toBe(true);
  });

  it.each(["春运首日客流平稳", "综合施策稳就业", "平湖版图再扩容"])(
    "is false for the headline %s",
    (line) => {
      expect(isNeverHeadline(line)).toBe(false);
    },
  );
});

describe("QA: page number and section on one line; 简讯 labels", () => {
  it.each([
    "第2版  县域新闻",
    "第2版 县域新闻",
    "A03版·要闻",
    "第三版　综合新闻",
    "第12版｜文体",
  ])("%s is never a headline", (line) => {
    expect(isNeverHeadline(line)).toBe(true);
  });

  it.each(["第2版县域新闻取得突破性进展", "县域新闻"])(
    "%s is not a page header",
    (line) => {
      expect(isNeverHeadline(line)).toBe(false);
    },
  );

  it.each(["简讯", "本版简讯", "新闻速览", "一周快讯", "本期簡訊"])(
    "%s labels a column of items",
    (line) => {
      expect(isItemsLabel(line)).toBe(true);
    },
  );

  it.each(["简讯一则引发热议", "城关镇开展消防安全大检查"])(
    "%s does not",
    (line) => {
      expect(isItemsLabel(line)).toBe(false);
    },
  );
});
