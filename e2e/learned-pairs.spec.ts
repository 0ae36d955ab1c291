// Corrections teach the desk (issue 13 item 4): an editor fixes 各创优品 →
// 名创优品 by hand in one article; the next article offers the same fix as
// 学到的更正 and takes it with one click; a later issue of the paper offers
// it from the start; a dismissal counts against it; the staff screen lists
// it with its counts and retires it, and then the desk offers it no more.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { gotoInteractive, waitForHydration } from "./support/interactive";

test.use({ storageState: STORAGE_STATE });

const PAGE = "fixtures/pages/pinghu-2024-02-p3.md";
const MALL = "商业综合体开门迎客";
const NIGHT = "夜市经济点亮城市烟火气";

/** Imports the page as 3版 of a new issue on `date`; returns the issue's path. */
async function importPage(page: Page, date: string): Promise<string> {
  await gotoInteractive(page, "/desk/import");
  await page.getByLabel("或新建期次（按日期）").fill(date);
  await page.locator("#files").setInputFiles([PAGE]);
  await page.getByRole("button", { name: "分析" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText(
    "导入完成：3 篇稿件，1 个版面。",
  );
  await page.getByRole("link", { name: "打开本期" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(date);
  return new URL(page.url()).pathname;
}

async function openArticle(page: Page, issuePath: string, headline: string) {
  await gotoInteractive(page, issuePath);
  await page.getByRole("link", { name: headline, exact: true }).click();
  await waitForHydration(page);
  await expect(page.getByTestId("body-editor")).toHaveAttribute(
    "contenteditable",
    "true",
  );
}

/** Selects the `occurrence`-th `text` in the body editor, as a drag with the mouse would. */
async function selectInBody(page: Page, text: string, occurrence: number) {
  const found = await page.getByTestId("body-editor").evaluate(
    (root, [wanted, nth]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = node.textContent!.indexOf(wanted as string);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + (wanted as string).length);
            (root as HTMLElement).focus();
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return true;
          }
          at = node.textContent!.indexOf(wanted as string, at + 1);
        }
      }
      return false;
    },
    [text, occurrence] as const,
  );
  expect(found, `“${text}” #${occurrence} in the body`).toBe(true);
}

const learnedItems = (page: Page) =>
  page
    .getByTestId("suggestion-item")
    .and(page.locator('[data-kind="learned"]'));

test("a correction made by hand is offered in the next article and the next issue, counted, and retired", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const first = await importPage(page, "2024-02-03");

  // By hand, as a corrector does: select the misread character and type over it, both times.
  await openArticle(page, first, MALL);
  await expect(learnedItems(page)).toHaveCount(0);
  for (const occurrence of [0, 0]) {
    await selectInBody(page, "各创", occurrence);
    await page.keyboard.type("名创");
  }
  await expect(page.getByTestId("body-editor")).not.toContainText("各创优品");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // The next article offers it at once, and takes it with one click.
  await openArticle(page, first, NIGHT);
  const offer = learnedItems(page);
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText("学到的更正");
  await expect(offer).toContainText("各创优品");
  await expect(offer).toContainText("本报已有 1 篇稿件改为“名创优品”");
  await offer
    .getByRole("button", { name: "改为“名创优品”", exact: true })
    .click();
  await expect(page.getByTestId("body-editor")).toContainText(
    "新开的名创优品门店",
  );
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  await expect(learnedItems(page)).toHaveCount(0);

  // A later issue of the paper: offered from the start; one place dismissed.
  const second = await importPage(page, "2024-02-04");
  await openArticle(page, second, MALL);
  await expect(learnedItems(page)).toHaveCount(2);
  await expect(learnedItems(page).first()).toContainText(
    "本报已有 2 篇稿件改为“名创优品”",
  );
  await learnedItems(page)
    .first()
    .getByRole("button", { name: "忽略", exact: true })
    .click();
  await expect(learnedItems(page)).toHaveCount(1);
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // The staff screen: the pair with its counts, retired with a click; the desk then offers it no more.
  await gotoInteractive(page, "/desk");
  await page.getByRole("link", { name: "学到的更正" }).click();
  await waitForHydration(page);
  const row = page.getByTestId("learned-pair").filter({ hasText: "各创优品" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("名创优品");
  await expect(row.getByTestId("learned-accepted")).toHaveText("2");
  await expect(row.getByTestId("learned-rejected")).toHaveText("1");
  await expect(row.getByTestId("learned-state")).toHaveText("正在提示");
  await expect(row.getByRole("link")).toContainText(`2024-02-03 《${MALL}》`);
  await row.getByRole("button", { name: "停用：各创优品 → 名创优品" }).click();
  await expect(row.getByTestId("learned-state")).toHaveText(/^已停用（.+）$/);
  await expect(row.getByRole("status")).toHaveText(
    "已停用：“各创优品”→“名创优品”。",
  );
  await page.reload();
  await expect(row.getByTestId("learned-state")).toHaveText(/^已停用/);

  await openArticle(page, second, MALL);
  await expect(page.getByRole("tab", { name: /^校对建议/ })).toHaveText(
    "校对建议（0）",
  );
});
