// The 404 page speaks the interface language: rendered with the zh-CN and en messages.
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

const locale = vi.hoisted(() => ({ current: "zh-CN" }));
vi.mock("next-intl/server", () => ({
  getTranslations: (namespace: string) =>
    Promise.resolve(
      createTranslator({
        locale: locale.current,
        messages: locale.current === "en" ? en : zh,
        namespace: namespace as "notFound",
      }),
    ),
}));

async function render(lang: string): Promise<string> {
  locale.current = lang;
  const { default: NotFound } = await import("@/app/not-found");
  return renderToStaticMarkup(await NotFound());
}

describe("the 404 page", () => {
  it("is Chinese in the Chinese interface", async () => {
    const html = await render("zh-CN");
    expect(html).toContain("<h1>找不到此页面</h1>");
    expect(html).toContain('href="/desk">返回报纸期次列表</a>');
    expect(html).not.toMatch(/could not be found/i);
  });

  it("is English in the English interface", async () => {
    expect(await render("en")).toContain("<h1>Page not found</h1>");
  });
});
