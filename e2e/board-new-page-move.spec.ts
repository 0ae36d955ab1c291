// An editor adds a page to a one-page issue of their own (平湖日报 2024-01-19,
// the front page imported as 1版; the demo issue stays as a newcomer first
// sees it) and at once moves a card into it with the keyboard: the move is sent, saved,
// announced with the new page's number, and still there after a reload.
// Ten times in a row, each time onto the page just added (issue 13 item 1).
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { gotoInteractive } from "./support/interactive";
import { createIssueWithFrontPage } from "./support/issue";

test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

const column = (page: Page, n: number) =>
  page.locator(`[data-testid="board-column"][data-page="${n}"]`);
const headlines = (page: Page, n: number) =>
  column(page, n).getByTestId("card-headline");
const handle = (page: Page, headline: string) =>
  page.getByRole("button", { name: `拖动《${headline}》` });

async function settled(page: Page) {
  await expect(page.getByTestId("layout-board")).toHaveAttribute(
    "data-busy",
    "false",
  );
  await expect(page.getByTestId("board-status")).not.toHaveText("正在保存…");
}

/** The page whose column shows the card now. */
async function shownOn(page: Page, headline: string): Promise<number> {
  const col = page.getByTestId("board-column").filter({
    has: page.getByTestId("card-headline").getByText(headline, { exact: true }),
  });
  await expect(col).toHaveCount(1);
  return Number(await col.getAttribute("data-page"));
}

test("a card moved with the keyboard onto a page added in the same session is saved there, or visibly not moved", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { board } = await createIssueWithFrontPage(page, {
    date: "2024-01-19",
    number: "9019",
  });
  await gotoInteractive(page, board);
  await expect(page.getByTestId("board-column")).toHaveCount(2);
  const headline = (await headlines(page, 1).first().textContent())!;
  const moves: number[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith("/layout/move") && r.request().method() === "POST")
      moves.push(r.status());
  });

  for (let added = 2; added <= 11; added++) {
    const from = await shownOn(page, headline);
    // 加版: the form proposes the next number.
    const form = page.getByTestId("add-page");
    await expect(form.getByLabel("版次")).toHaveValue(String(added));
    await form.getByRole("button", { name: "添加" }).click();
    await expect(column(page, added)).toHaveCount(1);
    await settled(page);
    const sent = moves.length;
    const fromWords = (await column(page, from)
      .getByTestId("page-words")
      .textContent())!;

    // At once: Space, ArrowRight (to the next page, one added this session), Space on the card's handle.
    await handle(page, headline).focus();
    await page.keyboard.press("Space");
    await expect(
      page.getByText(
        new RegExp(`已拿起《${headline}》，在第${from}版第 \\d+ 位。`),
      ),
    ).toBeAttached();
    await page.keyboard.press("ArrowRight");
    // Every other time as fast as keys go: the drop may come before the board has rendered the move.
    const fast = added % 2 === 1;
    if (!fast) {
      // dnd-kit drops an arrow that comes before it has measured the pages (nothing moves, nothing
      // is shown): press again, as a person would, only while the card is still shown where it was.
      const inTarget = headlines(page, from + 1).getByText(headline, {
        exact: true,
      });
      for (let tries = 1; ; tries++) {
        const shown = await inTarget
          .waitFor({ state: "visible", timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
        if (shown) break;
        expect(tries, "an arrow key that never moved the card").toBeLessThan(3);
        await expect(
          headlines(page, from).getByText(headline, { exact: true }),
        ).toBeVisible();
        await page.keyboard.press("ArrowRight");
      }
    }
    await page.keyboard.press("Space");
    await settled(page);

    // What the board shows, the announcement and the server agree.
    const shown = await shownOn(page, headline);
    await expect(
      page.getByText(`《${headline}》放在第${shown}版第 1 位。`),
    ).toBeAttached();
    if (shown === from) {
      expect(fast, "a move announced before the drop is made").toBe(true);
      expect(moves.length).toBe(sent);
    } else {
      expect(shown).toBe(from + 1);
      await expect.poll(() => moves.slice(sent)).toEqual([200]);
      await expect(page.getByTestId("board-status")).toHaveText(
        `已保存：《${headline}》在第${shown}版。`,
      );
      await expect(
        column(page, shown).getByTestId("page-words"),
      ).not.toHaveText("0 字");
      await expect(column(page, from).getByTestId("page-words")).not.toHaveText(
        fromWords,
      );
    }

    await gotoInteractive(page, board);
    expect(await shownOn(page, headline)).toBe(shown);
  }
});
