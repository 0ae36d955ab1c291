// An editor plans an issue and lays it out: creates the 2024-01-04 issue
// with the default plan's four pages, imports the front page as 1版, moves
// articles with the mouse and with the keyboard, continues article 5 on 2版
// from its last subhead, renumbers 2版 to 3版, and finds it all kept after a
// reload — while a second board follows without reloading.
import { expect, type Locator, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import {
  gotoInteractive,
  holdScripts,
  waitForHydration,
} from "./support/interactive";

// Tall enough to show the whole board: a mouse drag happens where the user can see it.
test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1800 },
});

const FRONT = "fixtures/pages/pinghu-2024-01-p1.md";
const [A1, A2, A3, A4, A5] = [
  "不断擦亮高质量外资“金名片”",
  "嘉兴市政协主席陈利众来平走访政协委员",
  "平湖数字乡村获省级“优秀”",
  "实干担当立潮头",
  "勇挑大梁担使命 提质进位走前列",
];

const column = (page: Page, n: number) =>
  page.locator(`[data-testid="board-column"][data-page="${n}"]`);
const headlines = (page: Page, n: number) =>
  column(page, n).getByTestId("card-headline");
const card = (page: Page, n: number, headline: string) =>
  column(page, n).getByTestId("board-card").filter({ hasText: headline });
const handle = (page: Page, headline: string) =>
  page.getByRole("button", { name: `拖动《${headline}》` });
const jumpFinding = (page: Page) =>
  page
    .getByTestId("validation-report")
    .getByTestId("finding")
    .filter({ hasText: `《${A5}》1版下转2版，还没有续版。` });

/** Drags with the mouse as a person does: press, move a little to start, travel, release over the target. */
async function drag(page: Page, from: Locator, to: Locator) {
  await expect(from).toBeInViewport();
  await expect(to).toBeInViewport();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, {
    steps: 4,
  });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 40), {
    steps: 20,
  });
  await page.mouse.move(
    b.x + b.width / 2,
    b.y + Math.min(b.height / 2, 40) + 4,
    { steps: 2 },
  );
  await page.mouse.up();
}

async function saved(page: Page) {
  await expect(page.getByTestId("layout-board")).toHaveAttribute(
    "data-busy",
    "false",
  );
  await expect(page.getByTestId("board-status")).not.toHaveText("正在保存…");
}

test("an editor creates an issue from the page plan, lays it out and continues a story on another page", async ({
  page,
  context,
}) => {
  // 新建一期: date, 期号, the default plan's four pages.
  await gotoInteractive(page, "/desk/issues/new");
  await page.getByLabel("出版日期").fill("2024-01-04");
  await page.getByLabel("期号").fill("9004");
  await expect(
    page.getByTestId("create-issue").getByRole("checkbox"),
  ).toHaveCount(4);
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/desk\/issues\/[^/]+\/board$/);
  const board = page.url();
  await expect(page.getByTestId("board-column")).toHaveCount(5);
  await expect(page.getByTestId("board-column").locator("h2")).toHaveText([
    "1版 · 要闻",
    "2版 · 综合",
    "3版 · 评论",
    "4版 · 副刊",
    "未分配",
  ]);

  // The seed front page imported as 1版 of this issue.
  await gotoInteractive(page, "/desk/import");
  await page
    .getByLabel("选择已有期次")
    .selectOption({ label: "平湖日报 2024-01-04" });
  await page.locator("#files").setInputFiles([FRONT]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText(
    "导入完成：5 篇稿件，1 个版面。",
  );

  await gotoInteractive(page, board);
  await expect(headlines(page, 1)).toHaveText([A1, A2, A3, A4, A5]);
  await expect(jumpFinding(page)).toHaveCount(1);
  await expect(card(page, 1, A5).getByTestId("jump-out")).toContainText(
    "（下转2版）",
  );

  // A second editor has the same board open.
  const other = await context.newPage();
  await gotoInteractive(other, board);
  await expect(headlines(other, 1)).toHaveCount(5);

  // With the mouse: article 3 to 2版 (on the tab in front: a background tab gets no animation frames).
  await page.bringToFront();
  await drag(page, handle(page, A3), column(page, 2).locator("ol"));
  await expect(headlines(page, 2)).toHaveText([A3]);
  await saved(page);
  await expect(page.getByTestId("board-status")).toHaveText(
    `已保存：《${A3}》在第2版。`,
  );
  await expect(headlines(page, 1)).toHaveText([A1, A2, A4, A5]);
  // …and the other board follows without a reload.
  await expect(headlines(other, 2)).toHaveText([A3]);

  // With the keyboard: 实干担当立潮头 up one place on 1版, announced as it goes.
  await handle(page, A4).focus();
  await page.keyboard.press("Space");
  await expect(
    page.getByText(`已拿起《${A4}》，在第1版第 3 位。`),
  ).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText(`《${A4}》移到第1版第 2 位。`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(headlines(page, 1)).toHaveText([A1, A4, A2, A5]);
  await saved(page);
  await expect(page.getByTestId("board-status")).toHaveText(
    `已保存：《${A4}》在第1版。`,
  );
  await expect(headlines(other, 1)).toHaveText([A1, A4, A2, A5]);

  // Article 5 continues on 2版 from its last subhead: the finding goes, the markers follow the link.
  await card(page, 1, A5)
    .getByRole("button", { name: "续版…", exact: true })
    .click();
  const dialog = page.getByTestId("split-dialog");
  await dialog.getByLabel(/立足共同富裕/).check();
  await dialog.getByLabel("转到").selectOption({ label: "2版 综合" });
  await dialog.getByRole("button", { name: "拆分转版" }).click();
  await expect(dialog).toHaveCount(0);
  await saved(page);
  await expect(jumpFinding(page)).toHaveCount(0);
  await expect(card(page, 1, A5).getByTestId("jump-out")).toHaveText(
    "（下转2版）",
  );
  await expect(card(page, 2, A5).getByTestId("jump-in")).toHaveText(
    "（上接1版）",
  );
  await expect(headlines(page, 2)).toHaveText([A3, A5]);

  // 2版 becomes 3版 (and 3版 becomes 2版): both markers follow.
  await column(page, 2).getByTestId("page-controls").locator("summary").click();
  await column(page, 2).getByLabel("版次").fill("3");
  await column(page, 2).getByRole("button", { name: "改版次" }).click();
  await saved(page);
  await expect(column(page, 3).locator("h2")).toHaveText("3版 · 综合");
  await expect(headlines(page, 3)).toHaveText([A3, A5]);
  await expect(card(page, 1, A5).getByTestId("jump-out")).toHaveText(
    "（下转3版）",
  );
  await expect(card(page, 3, A5).getByTestId("jump-in")).toHaveText(
    "（上接1版）",
  );
  await expect(headlines(other, 3)).toHaveText([A3, A5]);

  // The page view prints the parts with markers linking them.
  await gotoInteractive(page, board.replace(/\/board$/, "/pages/3"));
  const continuation = page.getByTestId("page-part").nth(1);
  await expect(continuation.locator("h2")).toHaveText(A5);
  await expect(continuation.getByTestId("marker-in")).toHaveText("（上接1版）");
  await expect(continuation.locator("h3").first()).toHaveText(/^立足共同富裕/);
  await continuation.getByTestId("marker-in").click();
  await expect(page).toHaveURL(/\/pages\/1#part-/);
  await expect(
    page.getByTestId("page-part").last().getByTestId("marker-out"),
  ).toHaveText("（下转3版）");

  // Reloaded — before the page is interactive the handles wait — all of it kept.
  const scripts = await holdScripts(page);
  await page.goto(board, { waitUntil: "commit" });
  await expect(handle(page, A1)).toBeDisabled();
  scripts.release();
  await waitForHydration(page);
  await expect(handle(page, A1)).toBeEnabled();
  await expect(headlines(page, 1)).toHaveText([A1, A4, A2, A5]);
  await expect(headlines(page, 2)).toHaveText([]);
  await expect(headlines(page, 3)).toHaveText([A3, A5]);
  await expect(card(page, 1, A5).getByTestId("jump-out")).toHaveText(
    "（下转3版）",
  );
  await expect(card(page, 3, A5).getByTestId("jump-in")).toHaveText(
    "（上接1版）",
  );
  await expect(jumpFinding(page)).toHaveCount(0);
  await expect(
    page
      .getByTestId("validation-report")
      .getByTestId("finding")
      .filter({ hasText: "第2版没有稿件。" }),
  ).toHaveCount(1);
});
