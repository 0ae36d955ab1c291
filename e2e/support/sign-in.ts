// Signing in through the real sign-in form, as a member of staff does.
import type { Page } from "@playwright/test";

import { gotoInteractive } from "./interactive";

/** Opens /signin, signs in as `email` and waits for the desk. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  await gotoInteractive(page, "/signin");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL("**/desk");
}
