// An issue of its own, in review: created with one page (1版), the front
// page imported into it, every finding explained and 送审 — what a chief
// editor finds ready to publish. Returns the issue page's path.
import { expect, type Page } from "@playwright/test";

import { gotoInteractive } from "./interactive";

const FRONT = "fixtures/pages/pinghu-2024-01-p1.md";

/** Creates the issue of `date` (YYYY-MM-DD) and 期号 `number` in review; its page and board paths. */
export async function createIssueInReview(
  page: Page,
  { date, number }: { date: string; number: string },
): Promise<{ issuePage: string; board: string }> {
  await gotoInteractive(page, "/desk/issues/new");
  await page.getByLabel("出版日期").fill(date);
  await page.getByLabel("期号").fill(number);
  const plan = page.getByTestId("create-issue").getByRole("checkbox");
  await expect(plan).toHaveCount(4);
  for (const n of [1, 2, 3]) await plan.nth(n).uncheck();
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/desk\/issues\/[^/]+\/board$/);
  const board = new URL(page.url()).pathname;
  await gotoInteractive(page, "/desk/import");
  await page
    .getByLabel("选择已有期次")
    .selectOption({ label: `平湖日报 ${date}` });
  await page.locator("#files").setInputFiles([FRONT]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("导入完成");

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
  return { issuePage: board.replace(/\/board$/, ""), board };
}
