// Text pages from the importer QA report (fixtures/qa, copied from the QA
// run's inputs), each as the report says it must come out, with variants of
// each class written here.

import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { segmentTextPage } from "./segment-text-page";
import type { OcrArticle, OcrBlock } from "./types";

const segment = (text: string, page: number | null = 2) => segmentTextPage(text, { page, repair: true });
const qa = (name: string) => segment(fixtureText(`qa/${name}`));
const credits = (article: OcrArticle | undefined) => (article?.bylines ?? []).map((b) => `${b.role}/${b.label}/${b.names.join(",")}`);
const texts = (blocks: OcrBlock[] | undefined) => (blocks ?? []).map((block) => `${block.type}:${block.text}`);

describe("#1 credit labels glued to the name, no bullet", () => {
  it("c06-unspaced.md: four articles, each with its reporter", () => {
    const { page } = qa("c06-unspaced.md");
    expect(page.furniture).toEqual([]);
    expect(page.articles.map((a) => [a.headline, a.deck, credits(a)])).toEqual([
      ["图书馆夜读", null, ["reporter/记者/王芳", "correspondent/通讯员/李华"]],
      ["公园新添健身步道", null, ["reporter/记者/王芳"]],
      ["菜市场升级", null, ["reporter/本报记者/王芳"]],
      ["新桥通车", null, ["reporter/记者/张三"]],
    ]);
    expect(texts(page.articles[0]?.blocks)).toEqual(["paragraph:市图书馆推出夜间开放服务，每晚延长至21时。"]);
  });

  it("c20-unspaced-plain.txt: the credit is a byline, not the deck", () => {
    const article = qa("c20-unspaced-plain.txt").page.articles[0];
    expect(article?.headline).toBe("公园新添健身步道");
    expect(article?.deck).toBeNull();
    expect(credits(article)).toEqual(["reporter/记者/王芳", "correspondent/通讯员/李华"]);
  });

  it("c05-names.md: the glued credit after a credited article starts a new one; 欧阳 娜娜 is one name (#12)", () => {
    const { page } = qa("c05-names.md");
    expect(page.articles.map((a) => a.headline)).toEqual(["稻田里的新农人", "古镇迎来旅游季", "校园足球联赛开赛", "非遗传承有新人", "图书馆夜读"]);
    expect(credits(page.articles[2])).toEqual(["reporter/记者/欧阳娜娜", "correspondent/通讯员/王五"]);
    expect(credits(page.articles[4])).toEqual(["reporter/记者/王芳", "correspondent/通讯员/李华"]);
    expect(texts(page.articles[4]?.blocks)).toEqual(["paragraph:市图书馆推出夜间开放服务，每晚延长至21时。"]);
  });

  it("plain text: glued credits in traditional characters and after a first article", () => {
    const { page } = segment(
      "鄉村道路完成改造\n本報記者陳小明 通訊員林大華\n今年以來，全縣完成鄉村道路改造一百公里。\n\n新桥今日通车\n记者王芳\n新桥今日正式通车，市民出行更方便。\n",
    );
    expect(page.furniture).toEqual([]);
    expect(page.articles.map((a) => [a.headline, a.deck, credits(a)])).toEqual([
      ["鄉村道路完成改造", null, ["reporter/本報記者/陳小明", "correspondent/通訊員/林大華"]],
      ["新桥今日通车", null, ["reporter/记者/王芳"]],
    ]);
  });

  it("a paragraph opening 记者了解到 stays body text", () => {
    const { page } = segment("新桥今日通车\n记者 王芳\n新桥今日正式通车。\n记者了解到\n大桥全长两公里，历时三年建成。\n");
    expect(page.articles).toHaveLength(1);
    expect(credits(page.articles[0])).toEqual(["reporter/记者/王芳"]);
    expect(texts(page.articles[0]?.blocks).join("")).toContain("记者了解到");
  });
});
