import { describe, expect, it } from "vitest";

import { parseDateline } from "./parse-dateline";

function lead(text: string): { dateline: string; lead: string } | null {
  const found = parseDateline(text);
  return found && { dateline: found.dateline, lead: text.slice(found.length) };
}

describe("parseDateline", () => {
  it("lifts 本报讯 and the separator space", () => {
    expect(lead("本报讯 平湖是高质量外资集聚地,外资经济")).toEqual({
      dateline: "本报讯",
      lead: "平湖是高质量外资集聚地,外资经济",
    });
    expect(lead("本报讯\u3000近日,数字乡村省级试点中期评估结果发布。")).toEqual(
      {
        dateline: "本报讯",
        lead: "近日,数字乡村省级试点中期评估结果发布。",
      },
    );
    expect(lead("本报讯近日,我市获评优秀。")).toEqual({
      dateline: "本报讯",
      lead: "近日,我市获评优秀。",
    });
  });

  it("reads the credit in 本报讯（记者 张三）", () => {
    const found = parseDateline(
      "本报讯（记者 陆佳琪 通讯员 沈逸飞）眼下正是蜜梨开花的时节。",
    );
    expect(found?.dateline).toBe("本报讯");
    expect(found?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["陆佳琪"] },
      { role: "correspondent", label: "通讯员", names: ["沈逸飞"] },
    ]);
    expect(
      "本报讯（记者 陆佳琪 通讯员 沈逸飞）眼下正是蜜梨开花的时节。".slice(
        found?.length,
      ),
    ).toBe("眼下正是蜜梨开花的时节。");
  });

  it("reads agency datelines", () => {
    expect(lead("新华社北京1月2日电 国务院新闻办公室2日举行发布会。")).toEqual({
      dateline: "新华社北京1月2日电",
      lead: "国务院新闻办公室2日举行发布会。",
    });
    expect(lead("据新华社杭州3月5日电 浙江省两会闭幕。")?.dateline).toBe(
      "据新华社杭州3月5日电",
    );
    expect(lead("本报杭州1月2日电 省委全会召开。")?.dateline).toBe(
      "本报杭州1月2日电",
    );
    const credited = parseDateline(
      "新华社北京3月5日电（记者 王磊）国务院新闻办公室5日举行新闻发布会。",
    );
    expect(credited?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["王磊"] },
    ]);
  });

  it("reads 本报记者…报道 as the dateline and its credit", () => {
    const found = parseDateline(
      "本报记者 朱佳慧 报道 连日来,我市春耕备耕工作全面展开。",
    );
    expect(found?.dateline).toBe("本报记者 朱佳慧 报道");
    expect(found?.bylines).toEqual([
      { role: "reporter", label: "本报记者", names: ["朱佳慧"] },
    ]);
    expect(
      "本报记者 朱佳慧 报道 连日来,我市春耕备耕工作全面展开。".slice(
        found?.length,
      ),
    ).toBe("连日来,我市春耕备耕工作全面展开。");
  });

  it("reads credits printed after the dateline without brackets, the lead starting after them", () => {
    const text = "本报讯 记者 王芳 通讯员 李强 昨天，县里开展垃圾分类督查。";
    const found = parseDateline(text);
    expect(found?.dateline).toBe("本报讯");
    expect(found?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["王芳"] },
      { role: "correspondent", label: "通讯员", names: ["李强"] },
    ]);
    expect(text.slice(found?.length)).toBe("昨天，县里开展垃圾分类督查。");
  });

  it("does not take a lead word for a name, even with a stray space after it", () => {
    const text = "本报讯 记者 王芳 近日 县里开展垃圾分类督查。";
    expect(parseDateline(text)?.bylines).toEqual([
      { role: "reporter", label: "记者", names: ["王芳"] },
    ]);
    expect(text.slice(parseDateline(text)?.length)).toBe(
      "近日 县里开展垃圾分类督查。",
    );
  });

  it("leaves a lead that merely starts with 记者 alone", () => {
    expect(lead("本报讯 记者从市发改局获悉，全市用电量创新高。")).toEqual({
      dateline: "本报讯",
      lead: "记者从市发改局获悉，全市用电量创新高。",
    });
  });

  it("reads 据新华社电 and lifts it off the lead", () => {
    expect(lead("据新华社电 日前，国务院常务会议召开。")).toEqual({
      dateline: "据新华社电",
      lead: "日前，国务院常务会议召开。",
    });
    expect(lead("据新华社电日前，国务院常务会议召开。")).toEqual({
      dateline: "据新华社电",
      lead: "日前，国务院常务会议召开。",
    });
  });

  it.each([
    "新华社北京1月5日电",
    "本报讯",
    "据新华社电",
    "本报讯（记者 李四）",
  ])("reads %s alone on its line as a whole dateline", (text) => {
    expect(parseDateline(text)?.length).toBe(text.length);
  });

  it.each([
    "平湖是高质量外资集聚地。",
    "本报记者从市电力局获悉,全市用电量创新高。",
    "新华社记者近日走访了多家企业。",
    "新华社评论员：坚定不移推动高质量发展",
  ])("finds no dateline in %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe("parseDateline: traditional characters", () => {
  it("reads 本報訊 and 新華社…電 as printed, with the credits in them", () => {
    expect(parseDateline("本報訊（記者 張三）昨天，全市召開大會。")).toEqual({
      dateline: "本報訊",
      bylines: [{ role: "reporter", label: "記者", names: ["張三"] }],
      length: 10,
    });
    expect(
      parseDateline("新華社北京1月2日電 記者 李四 王五 今年以來，…")?.dateline,
    ).toBe("新華社北京1月2日電");
    expect(parseDateline("本報記者 周明 報道 連日來，…")?.bylines).toEqual([
      { role: "reporter", label: "本報記者", names: ["周明"] },
    ]);
  });
});
