import { describe, expect, it } from "vitest";

import { repeatsHeadline } from "./link-stored-jumps";

describe("a continuation's repeated or shortened headline", () => {
  it("reads the headline repeated whole, with spaces or （续）", () => {
    expect(
      repeatsHeadline(
        "勇挑大梁担使命 提质进位走前列",
        "勇挑大梁担使命 提质进位走前列",
      ),
    ).toBe(true);
    expect(
      repeatsHeadline(
        "勇挑大梁担使命 提质进位走前列",
        "勇挑大梁担使命提质进位走前列（续）",
      ),
    ).toBe(true);
  });

  it("reads a shortened headline: one of its parts, or its beginning", () => {
    expect(
      repeatsHeadline("勇挑大梁担使命 提质进位走前列", "勇挑大梁担使命"),
    ).toBe(true);
    expect(
      repeatsHeadline("勇挑大梁担使命 提质进位走前列", "提质进位走前列"),
    ).toBe(true);
    expect(
      repeatsHeadline("不断擦亮高质量外资“金名片”", "不断擦亮高质量外资"),
    ).toBe(true);
  });

  it("does not take another headline, a two-character beginning or nothing for one", () => {
    expect(
      repeatsHeadline(
        "勇挑大梁担使命 提质进位走前列",
        "我市开展节前安全生产大检查",
      ),
    ).toBe(false);
    expect(repeatsHeadline("平湖数字乡村获省级“优秀”", "平湖")).toBe(false);
    expect(repeatsHeadline("勇挑大梁担使命", "")).toBe(false);
    expect(repeatsHeadline(null, "勇挑大梁担使命")).toBe(false);
  });
});
