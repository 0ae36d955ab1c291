// An issue of its own for a spec: created on /desk/issues/new with the
// first `pages` pages of the paper's plan, the front page's OCR imported as
// 1版, as an editor does it. Returns the issue page's and the board's paths.
import { expect, type Page } from "@playwright/test";

import { gotoInteractive } from "./interactive";

export const FRONT_PAGE = "fixtures/pages/pinghu-2024-01-p1.md";

export async function createIssueWithFrontPage(
  page: Page,
  options: { date: string; number: string; pages?: number },
): Promise<{ issuePage: string; board: string }> {
  await gotoInteractive(page, "/desk/issues/new");
  await page.getByLabel("出版日期").fill(options.date);
  await page.getByLabel("期号").fill(options.number);
  const plan = page.getByTestId("create-issue").getByRole("checkbox");
  await expect(plan).toHaveCount(4);
  for (let n = options.pages ?? 1; n < 4; n++) await plan.nth(n).uncheck();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/desk\/issues\/[^/]+\/board$/);
  const board = new URL(page.url()).pathname;
  await gotoInteractive(page, "/desk/import");
  await page
    .getByLabel("选择已有期次")
    .selectOption({ label: `平湖日报 ${options.date}` });
  await page.locator("#files").setInputFiles([FRONT_PAGE]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText(
    "导入完成：5 篇稿件，1 个版面。",
  );
  return { issuePage: board.replace(/\/board$/, ""), board };
}

/** On the board: every open finding explained with a reason, then 送审. */
export async function waiveAllAndSubmit(page: Page, board: string) {
  await gotoInteractive(page, board);
  const report = page.getByTestId("validation-report");
  const open = report
    .getByTestId("finding")
    .filter({ has: page.getByRole("button", { name: "说明理由" }) });
  while ((await open.count()) > 0) {
    await open.first().getByRole("button", { name: "说明理由" }).click();
    await report.getByLabel("理由").fill("本期测试，已与值班总编确认");
    await report.getByRole("button", { name: "确认" }).click();
    await expect(report.getByLabel("理由")).toHaveCount(0);
  }
  await report.getByRole("button", { name: "送审" }).click();
  await expect(report.getByRole("button", { name: "送审" })).toHaveCount(0);
}
