// 定时发布 on the chief editor's desk (平湖日报 2024-01-25, an issue of its
// own, signed off through the short chain): a time already past is refused; a time in the paper's zone
// (Asia/Shanghai) is shown back as 已排期 and can be cancelled; scheduled
// again, the server's runner publishes it when the time comes, and readers
// get it — without anyone pressing 发布.
import { expect, type Page, test } from "@playwright/test";

import { formatLocalDateTime, toLocalInputValue } from "../lib/i18n/local-time";
import { STORAGE_STATE } from "./support/credentials";
import { gotoInteractive } from "./support/interactive";
import { createIssueWithFrontPage, waiveAllAndSubmit } from "./support/issue";
import { signOffThroughShortChain } from "./support/review";

const ZONE = "Asia/Shanghai";

test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

/** The start of the first minute at least 70 s from now: the form takes minutes, the server wants 1 min ahead. */
function nextSlot(): Date {
  const minute = 60_000;
  return new Date(Math.ceil((Date.now() + 70_000) / minute) * minute);
}

async function schedule(page: Page, at: Date) {
  const form = page.getByTestId("schedule-form");
  await form
    .getByLabel(`发布时间（${ZONE}）`)
    .fill(toLocalInputValue(at, ZONE));
  await form.getByRole("button", { name: "定时发布" }).click();
}

test("an issue scheduled for a time is published by the server when it comes; a past time is refused, a schedule can be cancelled", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { issuePage, board } = await createIssueWithFrontPage(page, {
    date: "2024-01-25",
    number: "9025",
  });
  await waiveAllAndSubmit(page, board);
  const signers = await signOffThroughShortChain(
    page,
    browser,
    issuePage,
    "schedule",
  );
  for (const s of signers) await s.page.context().close();
  await gotoInteractive(page, issuePage);
  await expect(page.getByText("状态：已签发")).toBeVisible();

  // A time already past: refused, nothing changes.
  await schedule(page, new Date(Date.now() - 3_600_000));
  await expect(
    page.getByTestId("schedule-form").getByRole("alert"),
  ).toContainText("定时发布的时间至少要在一分钟之后");
  await expect(page.getByText("状态：已签发")).toBeVisible();

  // Scheduled, shown back in the paper's time, then cancelled.
  let at = nextSlot();
  await schedule(page, at);
  await expect(page.getByTestId("scheduled-at")).toHaveText(
    `已排期：${formatLocalDateTime(at, ZONE)}（${ZONE}）发布`,
  );
  await expect(page.getByText("状态：已排期")).toBeVisible();
  await expect(page.getByTestId("publish-form")).toHaveCount(0);
  await page
    .getByTestId("unschedule-form")
    .getByRole("button", { name: "取消排期" })
    .click();
  await expect(page.getByTestId("publish-form")).toBeVisible();
  await expect(page.getByText("状态：已签发")).toBeVisible();
  await expect(page.getByTestId("scheduled-at")).toHaveCount(0);

  // Scheduled again: the server publishes it at that time.
  at = nextSlot();
  await schedule(page, at);
  await expect(page.getByTestId("scheduled-at")).toContainText(
    formatLocalDateTime(at, ZONE),
  );
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("状态：已发布")).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 150_000, intervals: [2_000] });
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  await expect(page.getByTestId("published-versions")).toContainText("第 1 版");

  const visitor = await browser.newContext({
    storageState: { cookies: [], origins: [] },
  });
  const reader = await visitor.newPage();
  await page.getByTestId("public-link").waitFor();
  const href = await page.getByTestId("public-link").getAttribute("href");
  expect((await reader.goto(href!))?.status()).toBe(200);
  await expect(reader.getByTestId("reader-page")).toBeVisible();
  await visitor.close();
});
