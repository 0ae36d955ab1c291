// One tab edits an article at a time (issue 13 item 2), in two browser
// contexts of one user: the newer tab gets the article at once, the older
// one turns read only and follows the stored text, the server refuses the
// older tab's saves, taking it back works; and after a tab crashed (closed
// without a goodbye) the same user's next tab gets the article straight away.
import { type Browser, expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { openDemoIssue } from "./support/desk";
import { gotoInteractive, waitForHydration } from "./support/interactive";

test.use({ storageState: STORAGE_STATE });

/** The desk URL of the demo issue's article with this headline. */
async function articleUrl(page: Page, headline: string): Promise<string> {
  await openDemoIssue(page);
  await page.getByRole("link", { name: headline, exact: true }).click();
  await page.waitForURL("**/desk/articles/**");
  return new URL(page.url()).pathname;
}

async function openTab(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    storageState: STORAGE_STATE,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  await gotoInteractive(page, url);
  return page;
}

const body = (page: Page) => page.getByTestId("body-editor");

async function typeAtEnd(page: Page, text: string) {
  await body(page).locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
}

test("the newer tab edits; the older one turns read only, shows the stored text, and is refused by the server", async ({
  browser,
  page,
}) => {
  const url = await articleUrl(page, "勇挑大梁担使命 提质进位走前列");
  const old = await openTab(browser, url);
  await expect(body(old)).toHaveAttribute("contenteditable", "true");
  await typeAtEnd(old, "（旧标签页改）");

  // The same user opens it again: the new tab may edit at once and shows the saved text.
  const fresh = await openTab(browser, url);
  await expect(body(fresh)).toHaveAttribute("contenteditable", "true");
  await expect(body(fresh)).toContainText("（旧标签页改）");
  await expect(fresh.getByTestId("read-only")).toHaveCount(0);

  await expect(old.getByTestId("taken-over")).toContainText("另一个标签页");
  await expect(body(old)).toHaveAttribute("contenteditable", "false");
  await expect(old.getByTestId("save-state")).toHaveText("只读");
  await expect(old.getByTestId("unsaved-kept")).toHaveCount(0);

  // The new holder's text reaches the old tab.
  await typeAtEnd(fresh, "（新标签页改）");
  await expect(body(old)).toContainText("（新标签页改）");
  await expect(old.getByTestId("save-state")).toHaveText("只读");

  // The server refuses whatever the old tab still sends.
  const oldSession = await old.evaluate(() =>
    window.sessionStorage.getItem("folio:tab"),
  );
  const id = url.split("/").pop()!;
  const revisions = (await (
    await old.request.get(`/api/articles/${id}/revisions`)
  ).json()) as { revisions: { version: number }[] };
  const current = (await (
    await old.request.get(`/api/articles/${id}`)
  ).json()) as { snapshot: unknown };
  const refused = await old.request.post(`/api/articles/${id}/save`, {
    headers: { origin: new URL(old.url()).origin },
    data: {
      baseVersion: revisions.revisions[0]!.version,
      snapshot: current.snapshot,
      sessionId: oldSession,
      reason: "save",
    },
  });
  expect(refused.status()).toBe(409);
  expect(
    ((await refused.json()) as { error: { message: string } }).error.message,
  ).toContain("接管编辑");

  // Taking it back: the old tab edits again, the newer one turns read only.
  await old.getByRole("button", { name: "接管编辑" }).click();
  await expect(body(old)).toHaveAttribute("contenteditable", "true");
  await expect(body(fresh)).toHaveAttribute("contenteditable", "false");
  await expect(fresh.getByTestId("save-state")).toHaveText("只读");
  await typeAtEnd(old, "（取回后改）");
  await expect(body(fresh)).toContainText("（取回后改）");

  // A reload of the reader tab keeps it a reader with the stored text.
  await fresh.reload();
  await waitForHydration(fresh);
  await expect(fresh.getByTestId("taken-over")).toBeVisible();
  await expect(body(fresh)).toContainText("（取回后改）");
  await expect(body(fresh)).toHaveAttribute("contenteditable", "false");
  await old.context().close();
  await fresh.context().close();
});

test("after a tab crashed, the same user's next tab gets the article straight away", async ({
  browser,
  page,
}) => {
  const url = await articleUrl(page, "不断擦亮高质量外资“金名片”");
  const crashed = await openTab(browser, url);
  await expect(body(crashed)).toHaveAttribute("contenteditable", "true");
  await typeAtEnd(crashed, "（崩溃前已保存）");
  // No goodbye reaches the server: offline, then closed without unload handlers.
  await crashed.context().setOffline(true);
  await crashed.close({ runBeforeUnload: false });

  const next = await openTab(browser, url);
  await expect(body(next)).toHaveAttribute("contenteditable", "true");
  await expect(next.getByTestId("read-only")).toHaveCount(0);
  await expect(next.getByTestId("presence")).not.toContainText("正在编辑");
  await expect(body(next)).toContainText("（崩溃前已保存）");
  // Acting at once after opening: the edit is saved, not refused.
  await typeAtEnd(next, "（新标签页立即修改）");
  await next.reload();
  await waitForHydration(next);
  await expect(body(next)).toContainText("（新标签页立即修改）");
  await next.context().close();
});
