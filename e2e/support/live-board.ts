// Boards that follow an issue's live events, each in a browser context of
// its own (another editor's browser): open one, move a card on it, and
// check a page was never reloaded.
import { type Browser, expect, type Page } from "@playwright/test";

import { STORAGE_STATE } from "./credentials";
import { gotoInteractive } from "./interactive";

const column = (page: Page, n: number) =>
  page.locator(`[data-testid="board-column"][data-page="${n}"]`);
/** The headlines on the board's column of page `n`. */
export const headlines = (page: Page, n: number) =>
  column(page, n).getByTestId("card-headline");

/**
 * Opens `url` (a board, on any server) in a new context and waits until its
 * stream is open. `pollCutOff` makes the 2 s poll fail, so only the stream
 * can bring changes.
 */
export async function openLiveBoard(
  browser: Browser,
  url: string,
  options: { pollCutOff?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    storageState: STORAGE_STATE,
    viewport: { width: 1400, height: 1200 },
    locale: "zh-CN",
  });
  const page = await context.newPage();
  if (options.pollCutOff)
    await page.route("**/layout/version", (route) => route.abort());
  await gotoInteractive(page, url);
  await expect(page.getByTestId("layout-board")).toHaveAttribute(
    "data-live",
    "on",
  );
  // Set once; a reload of the page would lose it.
  await page.evaluate(() => {
    (window as unknown as { folioNoReload: boolean }).folioNoReload = true;
  });
  return page;
}

/** Moves the first card of 1版 to 2版 with the keyboard; returns its headline. */
export async function moveFirstCardToPageTwo(page: Page): Promise<string> {
  const headline = (await headlines(page, 1).first().textContent())!;
  await page.getByRole("button", { name: `拖动《${headline}》` }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(headlines(page, 2).filter({ hasText: headline })).toHaveCount(1);
  await expect(page.getByTestId("layout-board")).toHaveAttribute(
    "data-busy",
    "false",
  );
  return headline;
}

/** Fails when the page was reloaded since openLiveBoard. */
export async function stillTheSamePage(page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () => (window as unknown as { folioNoReload?: boolean }).folioNoReload,
    ),
  ).toBe(true);
}
