// An editor imports OCR pages on the import screen: sees what was found,
// confirms, and finds the articles on the pages; bad files and
// repeated imports get clear messages and store nothing.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import {
  gotoInteractive,
  holdScripts,
  waitForHydration,
} from "./support/interactive";

test.use({ storageState: STORAGE_STATE });

const FRONT = "fixtures/pages/pinghu-2024-01-p1.md";
const CONTINUATION = "fixtures/pages/variants/continuation-p2.md";

async function chooseFilesForDate(
  page: Page,
  date: string,
  files: Parameters<Page["setInputFiles"]>[1],
) {
  await gotoInteractive(page, "/desk/import");
  await page.getByLabel("或新建期次（按日期）").fill(date);
  await page.locator("#files").setInputFiles(files);
}

test("an editor imports a front page and its continuation, then finds them on the issue", async ({
  page,
}) => {
  // 2024-01-04 is the layout board's issue (layout-board.spec.ts creates it from the page plan).
  await chooseFilesForDate(page, "2024-01-10", [FRONT, CONTINUATION]);
  await page.getByRole("button", { name: "分析" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("7 篇稿件");
  await expect(preview.getByTestId("preview-article")).toHaveCount(7);
  await expect(preview.getByTestId("preview-article").nth(4)).toContainText(
    "(下转2版)",
  );
  await expect(preview.getByTestId("preview-article").nth(4)).toContainText(
    "漫画 李泽峰",
  );
  await expect(preview).toContainText("平湖发布 / 今平湖客户端");
  await preview
    .getByText(/处自动修复$/)
    .last()
    .click();
  await expect(
    preview.getByTestId("preview-repairs").getByText("断栏接续"),
  ).toHaveCount(9);

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText(
    "导入完成：6 篇稿件，2 个版面。",
  );
  await page.getByRole("link", { name: "打开本期" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "2024-01-10",
  );
  const secondPage = page.getByTestId("page-card").filter({ hasText: "第2版" });
  await expect(secondPage.getByTestId("article-row").first()).toContainText(
    "勇挑大梁担使命 提质进位走前列",
  );
  await expect(secondPage.getByTestId("article-row").first()).toContainText(
    "上接1版",
  );
  await expect(secondPage.getByTestId("article-row").nth(1)).toContainText(
    "我市开展节前安全生产大检查",
  );
  await expect(secondPage).toContainText("一把手访谈");
});

test("importing the same file twice is recognised and stores nothing", async ({
  page,
}) => {
  await chooseFilesForDate(page, "2024-01-05", [FRONT]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("5 篇稿件");

  await chooseFilesForDate(page, "2024-01-05", [FRONT]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "此文件已导入本期",
  );
  await page.goto("/desk");
  await expect(
    page.getByTestId("issue-row").filter({ hasText: "2024-01-05" }),
  ).toContainText("5");
});

test("a file that is not an OCR page is refused with its name", async ({
  page,
}) => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    0x44, 0x52,
  ]);
  await chooseFilesForDate(page, "2024-01-06", [
    { name: "scan-p3.md", mimeType: "text/markdown", buffer: png },
  ]);
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "scan-p3.md",
  );
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "确认导入" })).toBeDisabled();
});

test("an editor imports a METS/ALTO issue and its articles keep their jumps across pages", async ({
  page,
}) => {
  const dir = "fixtures/mets/issue-2024-01-03";
  await chooseFilesForDate(page, "2024-01-07", [
    `${dir}/mets.xml`,
    `${dir}/alto/0001.xml`,
    `${dir}/alto/0002.xml`,
  ]);
  await page.getByRole("button", { name: "分析" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("mets.xml · mets");
  await expect(preview).toContainText("0001.xml · alto");
  await expect(preview.getByRole("heading", { name: "第2版" })).toBeVisible();

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("2 个版面");
  await page.getByRole("link", { name: "打开本期" }).click();
  const front = page.getByTestId("page-card").filter({ hasText: "第1版" });
  await expect(
    front
      .getByTestId("article-row")
      .filter({ hasText: "平湖数字乡村获省级“优秀”" }),
  ).toContainText("下转2版");
  const second = page.getByTestId("page-card").filter({ hasText: "第2版" });
  await expect(
    second
      .getByTestId("article-row")
      .filter({ hasText: "平湖数字乡村获省级“优秀”" }),
  ).toContainText("上接1版");
  await expect(
    second
      .getByTestId("article-row")
      .filter({ hasText: "勇挑大梁担使命 提质进位走前列" }),
  ).toContainText("上接1版");
});

test("what the editor typed before the page was interactive is what gets imported", async ({
  page,
}) => {
  const scripts = await holdScripts(page);
  await page.goto("/desk/import", { waitUntil: "commit" });
  await page.getByLabel("或新建期次（按日期）").fill("2024-01-08");
  await page.locator("#files").setInputFiles([FRONT]);
  // Nothing can be sent before hydration: the buttons wait.
  await expect(page.getByRole("button", { name: "分析" })).toBeDisabled();
  scripts.release();
  await waitForHydration(page);

  await expect(page.getByTestId("dropzone")).toContainText(
    "pinghu-2024-01-p1.md",
  );
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText(
    "导入完成：5 篇稿件，1 个版面。",
  );
  await expect(page.getByTestId("import-done")).not.toContainText(
    "已跳过重复文件",
  );
  await page.getByRole("link", { name: "打开本期" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "2024-01-08",
  );
});

test("the form never chooses an issue for the editor", async ({ page }) => {
  await gotoInteractive(page, "/desk/import");
  await expect(page.getByLabel("选择已有期次")).toHaveValue("");
  await expect(page.getByLabel("或新建期次（按日期）")).toHaveValue("");
  await page.locator("#files").setInputFiles([FRONT]);
  await page.getByRole("button", { name: "分析" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "请选择已有期次，或填写新期次的日期。",
  );
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  await page.getByLabel("或新建期次（按日期）").fill("2024-01-09");
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("5 篇稿件");

  // Choosing an existing issue clears a typed date: the form shows one choice.
  await gotoInteractive(page, "/desk/import");
  await page.getByLabel("或新建期次（按日期）").fill("2024-02-01");
  await page
    .getByLabel("选择已有期次")
    .selectOption({ label: "平湖日报 2024-01-09" });
  await expect(page.getByLabel("或新建期次（按日期）")).toHaveValue("");
  await page.locator("#files").setInputFiles([CONTINUATION]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("1 个版面");
  await page.getByRole("link", { name: "打开本期" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "2024-01-09",
  );
  const second = page.getByTestId("page-card").filter({ hasText: "第2版" });
  await expect(second).toContainText("上接1版");
  await expect(second).toContainText("我市开展节前安全生产大检查");
});
