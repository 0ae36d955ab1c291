// Waiting for a page to be interactive: HydrationMarker sets data-hydrated
// on <html> once React has hydrated. Tests wait for that condition, never
// for time.
import type { Page } from "@playwright/test";

/** Resolves once React has hydrated the current page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page
    .locator('html[data-hydrated="true"]')
    .waitFor({ state: "attached" });
}

/** Navigates and waits until the page is interactive. */
export async function gotoInteractive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/**
 * Holds back the page's JavaScript until `release` is called, so a test can
 * act on the server-rendered HTML before hydration, as a user on a slow
 * machine can.
 */
export async function holdScripts(
  page: Page,
): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}
