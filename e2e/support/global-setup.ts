// Signs in once as the admin through the real form and keeps the session
// cookies for the tests that start signed in.
import { chromium, type FullConfig } from "@playwright/test";

import {
  E2E_ADMIN_EMAIL,
  E2E_ADMIN_PASSWORD,
  STORAGE_STATE,
} from "./credentials";
import { signInThroughForm } from "./sign-in";

export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ baseURL });
  await signInThroughForm(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.context().storageState({ path: STORAGE_STATE });
  await browser.close();
}
