// A corrector reads the desk's diff and highlights: the one real fix is
// counted apart from the importer's automatic repairs (reviewable behind a
// toggle), repairs are quiet in the text until asked for, ¶ marks only
// paragraph ends, and the right pane opens on what needs attention.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { openArticle } from "./support/desk";

test.use({ storageState: STORAGE_STATE });

const background = (page: Page, selector: string) =>
  page
    .getByTestId("body-editor")
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

test("one editorial change is counted apart from the automatic repairs, which stay quiet until shown", async ({
  page,
}) => {
  // The demo article's import made 58 repairs: 2 rejoined column breaks and 56 full-width punctuation marks.
  await openArticle(page, "不断擦亮高质量外资“金名片”");
  const body = page.getByTestId("body-editor");

  // Repairs are quiet: no fill behind the 56 commas, and a rejoined column break draws no ¶ inside its paragraph.
  await expect(body.locator(".hl-repair").first()).toBeAttached();
  expect(await background(page, ".hl-repair")).toBe("rgba(0, 0, 0, 0)");
  const joins = body.locator(".hl-repair-join");
  await expect(joins).toHaveCount(2);
  for (const join of await joins.all()) await expect(join).toHaveText("");
  // Every ¶ in the editor is a paragraph end (a paragraph cut mid-sentence).
  const pilcrows = await body.evaluate(
    (el) => (el.textContent ?? "").split("¶").length - 1,
  );
  await expect(body.locator(".hl-mid-sentence-break")).toHaveCount(pilcrows);

  // The toggle is reachable from the keyboard and makes the repairs visible.
  const showAll = page.getByRole("checkbox", {
    name: "显示全部自动修复",
    exact: true,
  });
  await showAll.focus();
  await page.keyboard.press("Space");
  await expect(showAll).toBeChecked();
  await expect(page.getByTestId("body-highlights")).toHaveClass(
    "repairs-shown",
  );
  expect(await background(page, ".hl-repair")).toBe("rgb(219, 234, 254)");

  // Fresh from the import: no editorial change, 58 repairs counted apart.
  await page.getByRole("tab", { name: "原文对照" }).click();
  await expect(page.getByTestId("diff-summary")).toHaveText(
    "编辑改动：增加 0 字，删除 0 字",
  );
  await expect(page.getByTestId("repair-summary")).toHaveText("自动修复 58 处");
  await expect(page.getByTestId("diff-after").locator("ins")).toHaveCount(0);
  // The diff was computed off the main thread, in the desk's Web Worker.
  await expect(page.locator(".original-pane")).toHaveAttribute(
    "data-computed-by",
    "worker",
  );

  // One real fix: one character, and only it is marked.
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("新");
  await expect(page.getByTestId("diff-summary")).toHaveText(
    "编辑改动：增加 1 字，删除 0 字",
  );
  await expect(page.getByTestId("diff-after").locator("ins")).toHaveCount(1);
  await expect(page.getByTestId("diff-after").locator("ins")).toHaveText("新");
  await expect(page.getByTestId("diff-before").locator("del")).toHaveCount(0);

  // The repairs are reviewable on their own: the half-width commas OCR read, the column breaks as ¶.
  await expect(page.getByTestId("diff-repairs-text")).toHaveCount(0);
  await page
    .getByRole("checkbox", { name: "显示自动修复", exact: true })
    .check();
  const repairs = page.getByTestId("diff-repairs-text");
  await expect(repairs.locator("del", { hasText: "," }).first()).toBeVisible();
  await expect(repairs.locator("del", { hasText: "¶" })).toHaveCount(2);
  await expect(repairs.locator("ins", { hasText: "新" })).toHaveCount(0);

  // Put the article back as imported for the specs after this one.
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Backspace");
  await expect(page.getByTestId("diff-summary")).toHaveText(
    "编辑改动：增加 0 字，删除 0 字",
  );
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
});

test("the right pane opens on the suggestions while there are any, else on the original", async ({
  page,
}) => {
  // 实干担当立潮头 has a look-alike character to decide (初劲): the suggestions come first.
  await openArticle(page, "实干担当立潮头");
  await expect(page.getByTestId("suggestion-item").first()).toBeVisible();
  await expect(
    page.getByRole("tab", { name: /^校对建议（[1-9]\d*）$/ }),
  ).toHaveAttribute("aria-selected", "true");

  // 平湖数字乡村获省级“优秀” has none: the original beside the text, not an empty 校对建议（0）.
  await openArticle(page, "平湖数字乡村获省级“优秀”");
  await expect(page.getByRole("tab", { name: "原文对照" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(
    page.getByRole("tab", { name: "校对建议（0）" }),
  ).toHaveAttribute("aria-selected", "false");
  const panel = page.getByRole("tabpanel", { name: "原文对照" });
  // Other specs may have edited this article: whatever they changed, the import's 16 repairs are counted apart.
  await expect(panel.getByTestId("diff-summary")).toHaveText(
    /^编辑改动：增加 \d+ 字，删除 \d+ 字$/,
  );
  await expect(panel.getByTestId("repair-summary")).toHaveText(
    "自动修复 16 处",
  );
});

test("the history says which version a restore went back to, in Chinese", async ({
  page,
}) => {
  await openArticle(page, "嘉兴市政协主席陈利众来平走访政协委员");
  const body = page.getByTestId("body-editor");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("新");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  await page.getByRole("tab", { name: "修订历史" }).click();
  const history = page.getByTestId("history-panel");
  page.once("dialog", (dialog) => void dialog.accept());
  await history
    .locator('[data-version="1"]')
    .getByRole("button", { name: "恢复此版" })
    .click();
  await expect(page.getByTestId("desk-notice")).toContainText(
    "已恢复到第 1 版",
  );
  const newest = history.getByTestId("revision-row").first();
  await expect(newest).toContainText("恢复旧版");
  await expect(newest.getByTestId("revision-detail")).toHaveText(
    "恢复到第 1 版",
  );
  await expect(history).not.toContainText("revision 1");
});
