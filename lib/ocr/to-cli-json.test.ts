import { describe, expect, it } from "vitest";

import { toCliJson } from "./to-cli-json";
import type { OcrPage, OcrRepair } from "./types";

describe("toCliJson", () => {
  it("emits exactly the CLI keys, in order, with null for absent fields", () => {
    const page: OcrPage = {
      number: null,
      furniture: ["平湖发布"],
      rubrics: [],
      articles: [
        {
          kicker: null,
          headline: "标题",
          deck: null,
          dateline: "本报讯",
          bylines: [{ role: "reporter", label: "记者", names: ["张三"] }],
          blocks: [{ type: "paragraph", text: "正文。" }],
          jumps: [{ direction: "to", page: 2, marker: "(下转2版)" }],
          rubric: "一把手访谈",
          key: "ART1",
          originalText: "正文。",
          words: [{ block: 0, offset: 0, text: "正文", wc: 0.9, cc: null }],
        },
      ],
    };
    const repair: OcrRepair = {
      kind: "punctuation",
      page: null,
      article: 1,
      block: -1,
      field: "deck",
      original: "a,",
      replacement: "a，",
    };
    const json = toCliJson({ pages: [page], repairs: [repair] });
    expect(JSON.stringify(json)).toBe(
      JSON.stringify({
        pages: [
          {
            number: null,
            furniture: ["平湖发布"],
            rubrics: [],
            articles: [
              {
                kicker: null,
                headline: "标题",
                deck: null,
                dateline: "本报讯",
                bylines: [{ role: "reporter", label: "记者", names: ["张三"] }],
                blocks: [{ type: "paragraph", text: "正文。" }],
                jumps: [{ direction: "to", page: 2, marker: "(下转2版)" }],
              },
            ],
          },
        ],
        repairs: [
          {
            kind: "punctuation",
            page: null,
            article: 1,
            original: "a,",
            replacement: "a，",
          },
        ],
      }),
    );
  });
});
