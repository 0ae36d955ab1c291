// A proofreader works the desk from the keyboard (next suggestion, accept,
// save, help), sees the status follow the first save and a refused status
// change put back, splits an article and undoes it, and finds text the
// server never got again after a reload.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { openArticle, waitForEditor } from "./support/desk";

test.use({ storageState: STORAGE_STATE });

const saveState = (page: Page) => page.getByTestId("save-state");

async function typeAtEndOfFirst(page: Page, text: string) {
  await page.getByTestId("body-editor").locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

test("the status follows the first save, and a refused change of status is put back", async ({
  page,
}) => {
  // An article no earlier spec of the run has saved.
  await openArticle(page, "勇挑大梁担使命 提质进位走前列");
  const status = page.getByTestId("status-select");
  await expect(status).toHaveValue("IMPORTED");
  await typeAtEndOfFirst(page, "（校）");
  await expect(saveState(page)).toHaveText("已保存");
  await expect(status).toHaveValue("EDITING");

  await page.route("**/status", (route) =>
    route.fulfill({
      status: 403,
      json: { error: { message: "无权修改状态" } },
    }),
  );
  await status.selectOption("PROOFREAD");
  await expect(page.getByText("无权修改状态")).toBeVisible();
  await expect(status).toHaveValue("EDITING");
});

test("suggestions are chosen and accepted from the keyboard; Ctrl+S saves; Alt+/ shows the keys", async ({
  page,
}) => {
  await openArticle(page, "实干担当立潮头");
  const body = page.getByTestId("body-editor");
  await body.locator("p").first().click();
  await page.keyboard.press("Alt+ArrowDown");
  const first = page.getByTestId("suggestion-item").first();
  await expect(first).toHaveAttribute("aria-current", "true");
  await expect(first).toContainText("初劲");
  await page.keyboard.press("Alt+Enter");
  await expect(page.getByTestId("desk-notice")).toContainText(
    "已采纳：初劲 → 干劲",
  );
  await expect(body).toContainText("的干劲和斗志");
  await expect(saveState(page)).toHaveText("已保存");

  await typeAtEndOfFirst(page, "（键）");
  await page.keyboard.press("Control+s");
  await expect(saveState(page)).toHaveText("已保存");

  await page.keyboard.press("Alt+/");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("an article split at the cursor keeps the paragraphs before it, and the undo brings the rest back", async ({
  page,
}) => {
  await openArticle(page, "平湖数字乡村获省级“优秀”");
  const paragraphs = page.getByTestId("body-editor").locator("p");
  const count = await paragraphs.count();
  expect(count).toBeGreaterThan(1);
  await paragraphs.nth(1).click();
  await page.getByRole("button", { name: "从光标所在段拆分为新稿件" }).click();
  await expect(page.getByTestId("desk-notice")).toContainText("已拆分");
  await expect(paragraphs).toHaveCount(1);
  await page
    .getByTestId("split-merge")
    .getByRole("button", { name: "撤销" })
    .click();
  await expect(page.getByTestId("desk-notice")).toContainText("已撤销");
  await expect(paragraphs).toHaveCount(count);
  await expect(saveState(page)).toHaveText("已保存");
});

test("text the server never got is back after a reload, and saved once it can be", async ({
  page,
}) => {
  await openArticle(page, "嘉兴市政协主席陈利众来平走访政协委员");
  const body = page.getByTestId("body-editor");
  // The server cannot be reached: not by the autosave, nor as the page goes.
  await page.route("**/save", (route) => route.abort());
  await typeAtEndOfFirst(page, "（断网时写的）");
  await expect(saveState(page)).toContainText("正在重试");
  await page.reload();
  await waitForEditor(page);
  await expect(body).toContainText("（断网时写的）");

  await page.unroute("**/save");
  await expect(saveState(page)).toHaveText("已保存", { timeout: 40_000 });
  await page.reload();
  await waitForEditor(page);
  await expect(body).toContainText("（断网时写的）");
});
