// An editor fixes a misspelt name issue-wide (issue 13 item 6): find & replace
// searches bylines too; the byline match alone is replaced, the article's
// byline shows the new name, and undo brings the old one back.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { openDemoIssue } from "./support/desk";
import { gotoInteractive, waitForHydration } from "./support/interactive";

test.use({ storageState: STORAGE_STATE });

async function bylineName(page: Page, articleId: string) {
  await gotoInteractive(page, `/desk/articles/${articleId}`);
  return page
    .getByTestId("bylines-editor")
    .getByLabel("姓名", { exact: true })
    .first();
}

test("a byline name is found across the issue, replaced in the byline only, and the replace undone", async ({
  page,
}) => {
  await openDemoIssue(page);
  await page.getByRole("link", { name: "查找替换" }).click();
  await waitForHydration(page);

  await page.getByLabel("查找", { exact: true }).fill("林旭东");
  await page.getByLabel("替换为").fill("林旭冬");
  await page.getByRole("button", { name: "查找", exact: true }).click();
  await expect(page.getByTestId("match-total")).toContainText("共");
  const matches = page.getByTestId("match");
  const inByline = matches.filter({ hasText: "署名" });
  await expect(inByline).toHaveCount(1);

  // Untick every match that is not in a byline.
  const count = await matches.count();
  for (let i = 0; i < count; i++) {
    const row = matches.nth(i);
    if (!(await row.textContent())?.includes("署名"))
      await row.getByRole("checkbox").uncheck();
  }
  const href = await inByline.getByRole("link").getAttribute("href");
  const articleId = href!.split("/").pop()!;
  await page.getByRole("button", { name: /替换所选 1 处/ }).click();
  await expect(page.getByTestId("replace-result")).toContainText("已替换 1 处");

  const desk = await page.context().newPage();
  await expect(await bylineName(desk, articleId)).toHaveValue("林旭冬");

  await page.getByRole("button", { name: "撤销这次替换" }).click();
  await expect(page.getByTestId("replace-result")).toContainText("已撤销");
  await expect(await bylineName(desk, articleId)).toHaveValue("林旭东");
});
