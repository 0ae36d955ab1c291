import { describe, expect, it } from "vitest";

import { blocksToDoc } from "../article-doc";
import { renderArticleBody } from "./render-article-body";

describe("renderArticleBody", () => {
  it("renders paragraphs, subheads, captions, marks and hard breaks with the editor's extensions", () => {
    const doc = blocksToDoc([
      { type: "paragraph", text: "开局就奔跑。" },
      { type: "subhead", text: "聚焦提档升级" },
      { type: "caption", text: "图为夜市一角。" },
    ]);
    doc.content[0]!.content = [
      { type: "text", text: "开局", marks: [{ type: "bold" }] },
      { type: "hardBreak" },
      { type: "text", text: "就奔跑", marks: [{ type: "italic" }] },
    ];
    expect(renderArticleBody(doc)).toBe(
      '<p><strong>开局</strong><br /><em>就奔跑</em></p><h3>聚焦提档升级</h3><p class="caption">图为夜市一角。</p>',
    );
  });

  it("escapes text that looks like markup", () => {
    const html = renderArticleBody(
      blocksToDoc([
        {
          type: "paragraph",
          text: '<script>alert(1)</script><img src=x onerror="y">',
        },
      ]),
    );
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror="y"&gt;</p>',
    );
  });

  it("refuses a document the article schema does not allow", () => {
    expect(() =>
      renderArticleBody({
        type: "doc",
        content: [{ type: "image", attrs: { src: "x" } }],
      }),
    ).toThrow();
  });
});
