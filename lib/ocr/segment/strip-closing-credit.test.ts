import { describe, expect, it } from "vitest";

import { stripClosingCredit } from "./strip-closing-credit";

describe("stripClosingCredit", () => {
  it("lifts a closing reporter credit off the paragraph", () => {
    expect(
      stripClosingCredit("督查组要求各小区做好分类。（记者 李四）"),
    ).toEqual({
      text: "督查组要求各小区做好分类。",
      bylines: [{ role: "reporter", label: "记者", names: ["李四"] }],
    });
  });

  it("keeps several credits in the order printed, with half-width brackets and a space before", () => {
    expect(
      stripClosingCredit("农民们忙着收割。 (通讯员 王五 记者 李四)"),
    ).toEqual({
      text: "农民们忙着收割。",
      bylines: [
        { role: "correspondent", label: "通讯员", names: ["王五"] },
        { role: "reporter", label: "记者", names: ["李四"] },
      ],
    });
  });

  it("reads a caption's （记者 李四 摄） and （李四 摄） as photographers", () => {
    expect(
      stripClosingCredit("图为志愿者在社区宣传垃圾分类。（记者 李四 摄）")
        ?.bylines,
    ).toEqual([{ role: "photographer", label: "记者", names: ["李四"] }]);
    expect(
      stripClosingCredit("图为志愿者在社区宣传垃圾分类。（李四 摄）")?.bylines,
    ).toEqual([{ role: "photographer", label: "摄", names: ["李四"] }]);
  });

  it.each([
    "今年国内生产总值增长目标为5%左右（GDP）",
    "平湖经济技术开发区（钟埭街道）",
    "（记者 李四）",
    "他说，这是好事（记者了解到，确实如此）",
    "没有括号的段落。",
  ])("leaves %s alone", (text) => {
    expect(stripClosingCredit(text)).toBeNull();
  });

  it("lifts an unbracketed photo credit off a caption and keeps the caption", () => {
    expect(stripClosingCredit("▲ 果农在梨园内修剪枝条。 记者 俞佳 摄")).toEqual(
      {
        text: "▲ 果农在梨园内修剪枝条。",
        bylines: [{ role: "photographer", label: "记者", names: ["俞佳"] }],
      },
    );
    expect(
      stripClosingCredit("图为村民在文化礼堂排练节目 本报记者 俞佳 摄")?.text,
    ).toBe("图为村民在文化礼堂排练节目");
  });

  it("leaves running text that merely ends in 摄 alone", () => {
    expect(stripClosingCredit("这张照片是李四摄")).toBeNull();
    expect(stripClosingCredit("他说，这是记者 李四 拍摄")).toBeNull();
  });
});

describe("stripClosingCredit: other photo credits", () => {
  it("reads 王亮摄 glued on, 王亮 摄影 and traditional 攝", () => {
    expect(stripClosingCredit("图为改造后的小桥。王亮摄")).toEqual({
      text: "图为改造后的小桥。",
      bylines: [{ role: "photographer", label: "摄", names: ["王亮"] }],
    });
    expect(stripClosingCredit("图为改造后的小桥。 王亮 摄影")?.bylines).toEqual(
      [{ role: "photographer", label: "摄影", names: ["王亮"] }],
    );
    expect(
      stripClosingCredit("圖為改造後的小橋。 記者 王亮 攝")?.bylines,
    ).toEqual([{ role: "photographer", label: "記者", names: ["王亮"] }]);
  });
});

describe("stripClosingCredit: a caption's labelled credit (QA #6)", () => {
  it.each([
    [
      "图为市民乘坐新开通的公交车。　摄影　记者　李四",
      "图为市民乘坐新开通的公交车。",
      "photographer/摄影 记者/李四",
    ],
    [
      "圖為動工典禮現場。　攝影 記者 諸葛亮",
      "圖為動工典禮現場。",
      "photographer/攝影 記者/諸葛亮",
    ],
    [
      "图为农民在田间劳作。新华社记者 王五 摄",
      "图为农民在田间劳作。",
      "photographer/新华社记者/王五",
    ],
    [
      "▲游客在樱花树下拍照留念。 摄影 张三",
      "▲游客在樱花树下拍照留念。",
      "photographer/摄影/张三",
    ],
  ])("%s", (text, kept, credit) => {
    const result = stripClosingCredit(text);
    expect(result?.text).toBe(kept);
    expect(
      result?.bylines.map((b) => `${b.role}/${b.label}/${b.names.join(",")}`),
    ).toEqual([credit]);
  });

  it("leaves a caption without a credit, and running text ending in a name, alone", () => {
    expect(stripClosingCredit("图为通车仪式现场。")).toBeNull();
    expect(stripClosingCredit("会上，大家一致推选了 记者 李四")).toBeNull();
  });
});
