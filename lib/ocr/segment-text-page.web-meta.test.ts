// Issue 13 item 12: pages saved from a news website, in traditional and
// simplified characters, with a bracketed rubric on the headline and the
// site's metadata lines (發布時間／來源／作者／編輯) under it: the headline is
// kept, the metadata lines are furniture and their authors credits.
import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { readOcrFiles } from "./read-ocr-input";
import { segmentArticleBlocks } from "./segment/segment-article";
import { segmentTextPage } from "./segment-text-page";
import { parseWebMetaLine } from "./text/web-meta-line";
import type { OcrArticle } from "./types";

const segment = (text: string) =>
  segmentTextPage(text, { page: 1, repair: true });
const head = (a: OcrArticle | undefined) => [a?.rubric, a?.headline, a?.deck];
const credits = (a: OcrArticle | undefined) =>
  (a?.bylines ?? []).map((b) => `${b.role}/${b.label}/${b.names.join(" ")}`);
const LEAD =
  "歲末年初，走進新埭鎮的田間地頭，處處是一派繁忙景象。今年以來，我縣堅持農業農村優先發展。";

describe("web metadata lines under a headline", () => {
  it("i12-web-traditional.txt: one field a line; headline kept, fields furniture, 作者 credited", () => {
    const { page, warnings } = segment(
      fixtureText("qa/i12-web-traditional.txt"),
    );
    expect(page.furniture).toEqual([
      "發布時間：2024-03-08 09:30",
      "來源：平湖日報",
      "作者：張偉",
      "編輯：李華",
    ]);
    expect(page.articles.map(head)).toEqual([
      ["經濟頭條", "鄉村振興繪新景", null],
    ]);
    expect(credits(page.articles[0])).toEqual(["other/作者/張偉"]);
    expect(page.articles[0]?.blocks.map((b) => b.text)).toEqual([LEAD]);
    expect(warnings).toEqual([]);
  });

  it.each([
    [
      "fields on one line, full-width space",
      "鄉村振興繪新景（經濟頭條）\n發布時間：2024-03-08 09:30　來源：平湖日報\n" +
        LEAD +
        "\n",
      ["發布時間：2024-03-08 09:30　來源：平湖日報"],
      [],
    ],
    [
      "Markdown, fields split by |",
      "# 鄉村振興繪新景（經濟頭條）\n\n發布時間：2024年03月08日 09:30 | 來源：平湖日報 | 作者：張偉\n\n" +
        LEAD +
        "\n",
      ["發布時間：2024年03月08日 09:30 | 來源：平湖日報 | 作者：張偉"],
      ["other/作者/張偉"],
    ],
    [
      "simplified, with 记者 and 编辑",
      "乡村振兴绘新景（经济头条）\n发布时间：2024-03-08 09:30  来源：平湖日报  记者：张伟  编辑：李华\n岁末年初，走进新埭镇的田间地头，处处是一派繁忙景象。\n",
      ["发布时间：2024-03-08 09:30  来源：平湖日报  记者：张伟  编辑：李华"],
      ["reporter/记者/张伟"],
    ],
    [
      "simplified, 来源／发布时间 split by a slash",
      "乡村振兴绘新景\n来源：平湖日报／发布时间：2024-03-08\n岁末年初，走进新埭镇的田间地头，处处是一派繁忙景象。\n",
      ["来源：平湖日报／发布时间：2024-03-08"],
      [],
    ],
  ])("%s", (_, text, furniture, bylines) => {
    const { page } = segment(text);
    expect(page.furniture).toEqual(furniture);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.headline).toMatch(
      /^(?:鄉村振興繪新景|乡村振兴绘新景)$/,
    );
    expect(page.articles[0]?.deck).toBeNull();
    expect(credits(page.articles[0])).toEqual(bylines);
  });

  it("takes metadata above the headline as furniture, and the headline still heads the article", () => {
    const { page } = segment(
      "來源：平湖日報\n發布時間：2024-03-08\n鄉村振興繪新景\n本報記者 張偉\n本報訊 歲末年初，走進新埭鎮的田間地頭。\n",
    );
    expect(page.furniture).toEqual(["來源：平湖日報", "發布時間：2024-03-08"]);
    expect(page.articles.map((a) => a.headline)).toEqual(["鄉村振興繪新景"]);
  });

  it("leaves a newspaper's own byline and labelled text lines alone", () => {
    const { page } = segment(
      "乡村道路完成改造\n记者：王芳\n本报讯 今年以来，我镇共完成十二条乡村道路的改造。\n咨询电话：0573-85012345\n时间：每周一上午\n",
    );
    expect(page.furniture).toEqual([]);
    expect(credits(page.articles[0])).toEqual(["reporter/记者/王芳"]);
    expect(page.articles[0]?.blocks.map((b) => b.text)).toEqual([
      "今年以来，我镇共完成十二条乡村道路的改造。",
      "咨询电话：0573-85012345",
      "时间：每周一上午",
    ]);
  });

  it("reads only lines made of labelled fields", () => {
    expect(parseWebMetaLine("他说：来源于生活")).toBeNull();
    expect(parseWebMetaLine("时间：上午九点")).toBeNull();
    expect(parseWebMetaLine("來源：")).toBeNull();
    expect(
      parseWebMetaLine("瀏覽次數：1234　字號：大 中 小")?.fields.map(
        (f) => f.label,
      ),
    ).toEqual(["瀏覽次數", "字號"]);
  });

  it("an ALTO page: the metadata line is furniture and the headline heads the article", () => {
    const line = (t: string) => `<TextLine><String CONTENT="${t}"/></TextLine>`;
    const xml = `<alto><Layout><Page WIDTH="3000" HEIGHT="3000"><PrintSpace>
      <TextBlock ID="H" HPOS="100" VPOS="100" WIDTH="2000" HEIGHT="100">${line("鄉村振興繪新景（經濟頭條）")}</TextBlock>
      <TextBlock ID="M" HPOS="100" VPOS="220" WIDTH="2000" HEIGHT="40">${line("發布時間：2024-03-08　作者：張偉")}</TextBlock>
      <TextBlock ID="B" HPOS="100" VPOS="280" WIDTH="900" HEIGHT="130">${line("歲末年初，走進新埭鎮的田間地頭，")}${line("處處是一派繁忙景象。今年以來，")}${line("我縣堅持農業農村優先發展。")}</TextBlock>
    </PrintSpace></Page></Layout></alto>`;
    const page = readOcrFiles(
      [{ name: "p.xml", bytes: new TextEncoder().encode(xml) }],
      { page: 1, repair: true },
    ).pages[0]!;
    expect(page.furniture).toEqual(["發布時間：2024-03-08　作者：張偉"]);
    expect(page.articles.map(head)).toEqual([
      ["經濟頭條", "鄉村振興繪新景", null],
    ]);
  });

  it("a METS article holding the metadata line under its headline: credits, not the deck", () => {
    const { article } = segmentArticleBlocks(
      [
        { lines: ["鄉村振興繪新景（經濟頭條）"], hint: "heading" },
        {
          lines: ["發布時間：2024-03-08 09:30　來源：平湖日報　作者：張偉"],
          hint: "unknown",
        },
        { lines: [LEAD], hint: "unknown" },
      ],
      { page: 1, repair: true, articleIndex: 1 },
    );
    expect(head(article)).toEqual(["經濟頭條", "鄉村振興繪新景", null]);
    expect(credits(article)).toEqual(["other/作者/張偉"]);
    expect(article.blocks.map((b) => b.text)).toEqual([LEAD]);
  });
});
