// A board card's drag handle names its role in the interface language
// (dnd-kit's own is the English "sortable").
import { DndContext } from "@dnd-kit/core";
import { SortableContext } from "@dnd-kit/sortable";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { BoardCard as Card } from "@/lib/layout/get-board";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import { BoardCard } from "./board-card";

const card: Card = {
  key: "p1",
  placementId: "p1",
  articleId: "a1",
  part: 1,
  partCount: 1,
  kicker: null,
  headline: "平湖数字乡村获省级“优秀”",
  opening: null,
  bylines: [],
  status: "PROOFREAD",
  words: 300,
  jumpOut: null,
  jumpIn: null,
  waiting: null,
};

function render(locale: string, shown: Card = card): string {
  const messages = locale === "en" ? en : zh;
  const cardEl = createElement(BoardCard, {
    card: shown,
    disabled: false,
    markerMismatch: false,
    onAction: () => undefined,
  });
  const tree = createElement(
    DndContext,
    { id: "t" },
    createElement(SortableContext, {
      id: "c",
      items: ["p1"],
      children: cardEl,
    }),
  );
  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages,
      timeZone: "Asia/Shanghai",
      children: tree,
    }),
  );
}

describe("the drag handle of a board card", () => {
  it("is announced as 可拖动的稿件 in Chinese and a movable article in English, never as sortable", () => {
    const zhHtml = render("zh-CN");
    expect(zhHtml).toContain('aria-roledescription="可拖动的稿件"');
    expect(zhHtml).toContain('aria-label="拖动《平湖数字乡村获省级“优秀”》"');
    expect(render("en")).toContain('aria-roledescription="movable article"');
    expect(zhHtml + render("en")).not.toContain("sortable");
  });

  it("names an untitled split half by its first words", () => {
    const html = render("zh-CN", {
      ...card,
      headline: "",
      opening: "城市建设稳步推进，各…",
    });
    expect(html).toContain(
      'aria-label="拖动《（无标题）城市建设稳步推进，各…》"',
    );
  });
});
