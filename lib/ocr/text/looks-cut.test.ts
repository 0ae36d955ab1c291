import { describe, expect, it } from "vitest";

import { looksCut, startsMidClause } from "./looks-cut";

describe("looksCut: a paragraph's first line cut off by a column break", () => {
  it.each([
    ["镇里统一规划了六十个", "摊位，其中三分之一留给了周边农户。"], // numeral + measure word
    ["全镇新建了三座", "便民桥，方便村民出行。"],
    ["镇里统一规划了六十", "个摊位，其中三分之一留给了周边农户。"], // numeral, then the measure word
    ["镇里统一规划了", "六十个摊位，其中三分之一留给了周边农户。"], // 了 before a counted noun
    ["游客纷至沓来，丰", "富的本地小吃也让游客流连忘返。"], // a word across the break (丰富)
    ["乡村振兴离不开广大农民的", "积极参与和共同努力。"], // ends in 的
    ["镇政府联合多个部门和", "村集体共同出资改造。"], // ends in a conjunction
    ["这项工作的关键在", "于落实责任。"],
    ["市里将进一步加大对", "农户的扶持力度。"], // ends in a preposition
    ["截至2023年1", "月6日，平湖首个招商团队已赴欧洲。"], // a number running on
    ["昨天下午", "，嘉兴市政协主席带队来平走访。"], // the next piece opens with a comma
    ["村民们纷纷", "们的笑脸映在新修的桥面上。"],
    ["記者了解到全鎮共有十二個", "村完成了道路改造。"], // traditional characters
    ["各部門聯手優化攤位管理的", "具體做法是什麼。"],
  ])("%s ⏎ %s", (text, next) => {
    expect(looksCut(text, next)).toBe(true);
  });

  it.each([
    [
      "特色小吃引客来",
      "烧烤、米糕、酒酿圆子……三十多种本地小吃摆满了整条老街。",
    ],
    ["小桥修好了", "清晨，村民们三三两两走过新修的小桥。"],
    ["夜市火了", "去年，镇政府引导商户开展夜间消费活动。"],
    ["文明乡风润万家", "近年来，我市持续推进移风易俗。"],
    ["幸福是奋斗出来的", "这两年，村里的日子越过越红火。"],
    ["一个都不能少", "数字同样也为和美乡村建设注入了新活力。"],
    ["强化服务保障", "市人力社保局相关负责人表示，下一步将持续开展系列活动。"],
    ["聚焦提档升级", "经济高质量是平湖经开最具辨识度的标签。"],
    ["携手共进", "下一步，平湖经开将围绕主线持续发力。"],
    ["以人为本", "和往年相比，今年的服务更加精细。"],
    [
      "Council approves new bridge",
      "The county council on Monday approved it.",
    ],
  ])("keeps the subhead %s ⏎ %s", (text, next) => {
    expect(looksCut(text, next)).toBe(false);
  });
});

describe("startsMidClause", () => {
  it.each([
    "，其中三分之一留给了农户。",
    "的本地小吃也让游客流连忘返。",
    "了一批新项目。",
    "们纷纷点赞。",
    "个摊位，其中…",
  ])("%s", (text) => {
    expect(startsMidClause(text)).toBe(true);
  });

  it.each([
    "的确，今年的变化很大。",
    "下一步，将持续推进。",
    "和往年相比，客流更旺。",
    "个别企业仍存在困难。",
    "The bridge opened.",
  ])("not %s", (text) => {
    expect(startsMidClause(text)).toBe(false);
  });
});

describe("looksCut: a verb waiting for its object, a job title before a name (QA #9)", () => {
  it.each([
    ["改造内容包括", "屋面防水、外墙保温、管网更新等。"],
    ["会议指出", "要坚持稳中求进。"],
    ["县住建局局长", "陈明表示，将持续推进城市更新行动。"],
    ["镇党委副书记", "李华介绍，全镇已完成改造。"],
  ])("%s ⏎ %s is cut", (line, next) => {
    expect(looksCut(line, next)).toBe(true);
  });

  it.each([
    ["村里来了新书记", "王奶奶说：“好日子来了。”"],
    ["加装电梯受欢迎", "在阳光小区，新加装的电梯已投入使用。"],
    ["县住建局局长", "今年全县完成改造32个小区。"],
  ])("%s ⏎ %s is not", (line, next) => {
    expect(looksCut(line, next)).toBe(false);
  });
});
