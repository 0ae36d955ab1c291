// Two editors have the board of one issue open (平湖日报 2024-01-27, its
// front page imported as 1版, 2版 empty): a card moved on one board appears
// on the other at once, without a reload, carried by the issue's live
// events — the second board's 2 s poll is cut off, so only the stream can
// bring it. Then the issue page of a third tab follows a status change.
import { expect, test } from "@playwright/test";

import { MAX_STREAMS_PER_USER } from "../lib/events/issue-event-stream";
import { STORAGE_STATE } from "./support/credentials";
import { gotoInteractive } from "./support/interactive";
import { createIssueWithFrontPage } from "./support/issue";
import {
  headlines,
  moveFirstCardToPageTwo,
  openLiveBoard,
  stillTheSamePage,
} from "./support/live-board";

test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

test("a move on one board appears on another editor's board at once, by the live stream", async ({
  page,
  browser,
}) => {
  const { board, issuePage } = await createIssueWithFrontPage(page, {
    date: "2024-01-27",
    number: "9027",
    pages: 2,
  });
  const mover = await openLiveBoard(browser, board);
  const watcher = await openLiveBoard(browser, board, { pollCutOff: true });
  await expect(headlines(watcher, 1)).toHaveCount(5);
  await expect(headlines(watcher, 2)).toHaveCount(0);

  const headline = await moveFirstCardToPageTwo(mover);
  await expect(headlines(watcher, 2)).toHaveText([headline]);
  await expect(headlines(watcher, 1)).toHaveCount(4);
  await stillTheSamePage(watcher);

  // The issue page of a third tab follows 送审 made on the board (issue.status).
  await gotoInteractive(page, issuePage);
  await expect(page.getByTestId("live")).toHaveAttribute("data-live", "on");
  await expect(page.locator(".desk-bar")).toContainText("草稿");
  await page.evaluate(() => {
    (window as unknown as { folioNoReload: boolean }).folioNoReload = true;
  });
  const report = mover.getByTestId("validation-report");
  const open = report
    .getByTestId("finding")
    .filter({ has: mover.getByRole("button", { name: "说明理由" }) });
  while ((await open.count()) > 0) {
    await open.first().getByRole("button", { name: "说明理由" }).click();
    await report.getByLabel("理由").fill("本期测试，已与值班总编确认");
    await report.getByRole("button", { name: "确认" }).click();
    await expect(report.getByLabel("理由")).toHaveCount(0);
  }
  await report.getByRole("button", { name: "送审" }).click();
  await expect(page.locator(".desk-bar")).toContainText("审核中");
  await stillTheSamePage(page);
  await mover.context().close();
  await watcher.context().close();
});

test("a stream the browser closes gives back its place: more boards opened one after another than the per-user cap", async ({
  page,
}) => {
  await gotoInteractive(page, "/desk");
  const hrefs = await page
    .locator('a[href^="/desk/issues/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const issue = hrefs.find((h) => /^\/desk\/issues\/[0-9a-f-]{36}$/.test(h));
  const board = `${issue}/board`;
  // Each load closes the last page's stream; a stream left open on the server would count against the cap.
  for (let i = 0; i <= MAX_STREAMS_PER_USER + 1; i++) {
    await gotoInteractive(page, board);
    await expect(page.getByTestId("layout-board")).toHaveAttribute(
      "data-live",
      "on",
    );
  }
});
