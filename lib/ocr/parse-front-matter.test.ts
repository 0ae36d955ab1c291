import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "./parse-front-matter";

describe("parseFrontMatter", () => {
  it("skips front matter and reads page:", () => {
    expect(parseFrontMatter("---\ntitle: 平湖日报\npage: 3\n---\n## 标题\n")).toEqual({ body: "## 标题\n", page: 3, found: true });
  });

  it("reads 版次: with Chinese numbers or a 第…版 value", () => {
    expect(parseFrontMatter("---\n版次: 第二版\n---\n正文").page).toBe(2);
    expect(parseFrontMatter("---\n版次：12\n---\n正文").page).toBe(12);
  });

  it("has no page when the front matter does not say", () => {
    expect(parseFrontMatter("---\ntitle: 平湖日报\n---\n正文")).toEqual({ body: "正文", page: null, found: true });
  });

  it("leaves text without front matter alone", () => {
    const text = "平湖发布\n\n## 标题\n---\n正文";
    expect(parseFrontMatter(text)).toEqual({ body: text, page: null, found: false });
  });

  it("does not take a rule around a plain line for front matter", () => {
    const text = "---\n平湖日报 今日8版\n---\n正文";
    expect(parseFrontMatter(text).found).toBe(false);
  });
});
