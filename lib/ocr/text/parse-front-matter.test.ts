import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "./parse-front-matter";

describe("parseFrontMatter", () => {
  it("skips front matter and reads page:", () => {
    expect(
      parseFrontMatter("---\ntitle: 平湖日报\npage: 3\n---\n## 标题\n"),
    ).toEqual({ body: "## 标题\n", page: 3, found: true });
  });

  it("reads 版次: with Chinese numbers or a 第…版 value", () => {
    expect(parseFrontMatter("---\n版次: 第二版\n---\n正文").page).toBe(2);
    expect(parseFrontMatter("---\n版次：12\n---\n正文").page).toBe(12);
  });

  it("has no page when the front matter does not say", () => {
    expect(parseFrontMatter("---\ntitle: 平湖日报\n---\n正文")).toEqual({
      body: "正文",
      page: null,
      found: true,
    });
  });

  it("leaves text without front matter alone", () => {
    const text = "平湖发布\n\n## 标题\n---\n正文";
    expect(parseFrontMatter(text)).toEqual({
      body: text,
      page: null,
      found: false,
    });
  });

  it("does not take a rule around a plain line for front matter", () => {
    const text = "---\n平湖日报 今日8版\n---\n正文";
    expect(parseFrontMatter(text).found).toBe(false);
  });
});

describe("parseFrontMatter: vendor fields", () => {
  it.each([
    ['section: "第03版"', 3],
    ["section: 第3版", 3],
    ["section: A03", 3],
    ["section: 03版", 3],
    ["section: 第十二版", 12],
    ["版次: 03", 3],
    ["page: 7", 7],
    ["page_number: 7", 7],
  ])("reads %s", (line, page) => {
    expect(
      parseFrontMatter(
        `---\ntitle: 标题\n${line}\nsection_name: "综合"\n---\n正文`,
      ).page,
    ).toBe(page);
  });

  it("does not read a section name or a date as a page", () => {
    expect(
      parseFrontMatter('---\nsection: "要闻"\ndate: 2024-03-08\n---\n正文')
        .page,
    ).toBeNull();
    expect(
      parseFrontMatter('---\nsection_name: "第03版"\n---\n正文').page,
    ).toBeNull();
  });

  it("prefers page: over section:", () => {
    expect(
      parseFrontMatter("---\nsection: 第03版\npage: 4\n---\n正文").page,
    ).toBe(4);
  });
});
