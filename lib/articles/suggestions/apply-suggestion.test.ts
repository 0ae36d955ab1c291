import { describe, expect, it } from "vitest";

import { blocksToDoc, docToBlocks } from "../article-doc";
import type { ArticleDoc } from "../tiptap-schema";
import { applySuggestion } from "./apply-suggestion";
import { findMidSentenceBreaks } from "./find-mid-sentence-breaks";
import type { Suggestion } from "./suggestion";

const doc = (...texts: string[]) =>
  blocksToDoc(texts.map((text) => ({ type: "paragraph" as const, text })));
const texts = (d: ArticleDoc | null) =>
  d ? docToBlocks(d).map((b) => b.text) : null;

const sentence = "激发“大干快上、勇立潮头”的初劲和斗志，脚踏实地。";
const confusable: Suggestion = {
  key: "confusable:x",
  kind: "confusable",
  block: 1,
  offset: sentence.indexOf("初劲"),
  length: 2,
  text: "初劲",
  replacements: ["干劲"],
  confidence: null,
  note: "",
  noteZh: "",
};

describe("applySuggestion", () => {
  it("puts the chosen replacement at the suggestion's place", () => {
    expect(
      texts(applySuggestion(doc("导语。", sentence), confusable, "干劲")),
    ).toEqual(["导语。", "激发“大干快上、勇立潮头”的干劲和斗志，脚踏实地。"]);
  });

  it("keeps the marks of the text it replaces", () => {
    const bold: ArticleDoc = {
      type: "doc",
      content: [
        { type: "paragraph" },
        {
          type: "paragraph",
          content: [
            { type: "text", text: sentence, marks: [{ type: "bold" }] },
          ],
        },
      ],
    };
    expect(applySuggestion(bold, confusable, "干劲")!.content[1]).toEqual({
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "激发“大干快上、勇立潮头”的干劲和斗志，脚踏实地。",
          marks: [{ type: "bold" }],
        },
      ],
    });
  });

  it("refuses when the text there changed since", () => {
    expect(
      applySuggestion(
        doc("导语。", sentence.replace("初劲", "干劲")),
        confusable,
        "干劲",
      ),
    ).toBeNull();
    expect(
      applySuggestion(
        doc("导语。", `新增的话，${sentence}`),
        confusable,
        "干劲",
      ),
    ).toBeNull();
    expect(applySuggestion(doc("导语。"), confusable, "干劲")).toBeNull();
  });

  it("joins a paragraph cut mid-sentence with the next one", () => {
    const body = doc(
      "外资产业集聚一直是平湖经济发展的优势所在，越来越多的优质外资",
      "选择落户平湖、投资平湖。",
      "第三段。",
    );
    const [cut] = findMidSentenceBreaks(body);
    expect(texts(applySuggestion(body, cut!, ""))).toEqual([
      "外资产业集聚一直是平湖经济发展的优势所在，越来越多的优质外资选择落户平湖、投资平湖。",
      "第三段。",
    ]);
    expect(
      applySuggestion(
        doc(
          "外资产业集聚一直是平湖经济发展的优势所在，越来越多的优质外资。",
          "选择落户平湖。",
        ),
        cut!,
        "",
      ),
    ).toBeNull();
    expect(
      applySuggestion(
        doc("外资产业集聚一直是平湖经济发展的优势所在，越来越多的优质外资"),
        cut!,
        "",
      ),
    ).toBeNull();
  });
});
