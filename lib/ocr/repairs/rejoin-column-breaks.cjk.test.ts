// The CJK signals of the column-break rejoin (the Latin spacing rules are
// tested in rejoin-column-breaks.test.ts).
import { describe, expect, it } from "vitest";

import type { OcrBlock } from "../types";
import { rejoinColumnBreaks } from "./rejoin-column-breaks";

const p = (text: string): OcrBlock => ({ type: "paragraph", text });
const rejoin = (blocks: OcrBlock[]) =>
  rejoinColumnBreaks(blocks, [], { page: 1, article: 1 });

describe("rejoinColumnBreaks: a closing quote before what cannot open a sentence", () => {
  it("joins “金名片” ⏎ 的…, as a tracked repair", () => {
    const result = rejoin([
      p("平湖把外资经济擦成了一张“金名片”"),
      p("的背后，是一批高质量外资项目的落地。"),
    ]);
    expect(result.blocks).toEqual([
      p("平湖把外资经济擦成了一张“金名片”的背后，是一批高质量外资项目的落地。"),
    ]);
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]?.kind).toBe("column-break");
  });

  it("joins a quote ⏎ ，…", () => {
    expect(
      rejoin([
        p("他们称之为“家门口的幸福”"),
        p("，这样的幸福正在更多村里出现。"),
      ]).blocks,
    ).toHaveLength(1);
  });

  it("keeps a quote that ends a sentence, and one before a sentence start, apart", () => {
    expect(
      rejoin([p("“我们一定能做到。”"), p("的确，今年的变化很大。")]).blocks,
    ).toHaveLength(2);
    expect(
      rejoin([p("他们称之为“家门口的幸福”"), p("下一步，将在更多村推广。")])
        .blocks,
    ).toHaveLength(2);
    expect(
      rejoin([p("He called it “home”"), p(", and so it was.")]).blocks,
    ).toHaveLength(2);
  });
});
