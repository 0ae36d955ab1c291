// New OCR for a page editors have already corrected (issue 13 item 7): the
// analyse step names the edited page, and the editor chooses to merge the new
// OCR in as a revision — the correction and the new OCR's change both stay.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { gotoInteractive, waitForHydration } from "./support/interactive";

test.use({ storageState: STORAGE_STATE });

const DATE = "2024-02-01";
const page1 = (second: string) => ({
  name: "p01.md",
  mimeType: "text/markdown",
  buffer: Buffer.from(
    `## 乡村道路完成改造\n\n本报记者 王芳\n\n今年以来，我镇共完成十二条乡村道路的改造。\n\n${second}\n`,
  ),
});

async function chooseFiles(
  page: Page,
  files: Parameters<Page["setInputFiles"]>[1],
) {
  await gotoInteractive(page, "/desk/import");
  await page.getByLabel("或新建期次（按日期）").fill(DATE);
  await page.locator("#files").setInputFiles(files);
}

test("reimporting a corrected page: the preview names it, and revise keeps the correction and the new OCR", async ({
  page,
}) => {
  await chooseFiles(page, [page1("村民出行更加方便。")]);
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await expect(page.getByTestId("edited-pages")).toHaveCount(0);
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toBeVisible();

  // An editor corrects the first paragraph.
  await page.getByRole("link", { name: "打开本期" }).click();
  await page
    .getByRole("link", { name: "乡村道路完成改造", exact: true })
    .click();
  await waitForHydration(page);
  const body = page.getByTestId("body-editor");
  await expect(body).toHaveAttribute("contenteditable", "true");
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type("（编辑校改）");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // Better OCR of the same page arrives, with the second paragraph read anew.
  await chooseFiles(page, [page1("村民出行更加方便快捷。")]);
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.getByTestId("edited-pages")).toContainText(
    "第1版已有 1 篇稿件经编辑校改",
  );
  await page.getByLabel("已校改的版面").selectOption("revise");
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.getByTestId("edited-pages")).toBeVisible();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toBeVisible();

  await page.getByRole("link", { name: "打开本期" }).click();
  await page
    .getByRole("link", { name: "乡村道路完成改造", exact: true })
    .click();
  await waitForHydration(page);
  await expect(body.locator("p").first()).toContainText("（编辑校改）");
  await expect(body.locator("p").last()).toContainText("方便快捷");
});
