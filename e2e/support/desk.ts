// Opening an article of the demo issue (2024-01-03) on the correction desk,
// as an editor does: from the desk's issue list, by its headline.
import { expect, type Page } from "@playwright/test";

import { gotoInteractive, waitForHydration } from "./interactive";

/** Waits until the desk's body editor takes input (this tab holds the article). */
export async function waitForEditor(page: Page): Promise<void> {
  await waitForHydration(page);
  await expect(page.getByTestId("body-editor")).toHaveAttribute(
    "contenteditable",
    "true",
  );
}

/** Opens the demo issue's page from the desk's list of issues. */
export async function openDemoIssue(page: Page): Promise<void> {
  await gotoInteractive(page, "/desk");
  await page
    .getByTestId("issue-row")
    .filter({ hasText: "2024-01-03" })
    .getByRole("link")
    .click();
}

/** Opens the demo issue's article with this headline, editable; returns its id. */
export async function openArticle(
  page: Page,
  headline: string,
): Promise<string> {
  await openDemoIssue(page);
  await page.getByRole("link", { name: headline, exact: true }).click();
  await waitForEditor(page);
  return page.url().split("/").pop()!;
}
