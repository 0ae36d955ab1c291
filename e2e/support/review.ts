// Staff for the review chain, created by the administrator on /desk/users,
// each signed in in a browser context of their own; and one step signed on
// one page of the issue page's 审签 grid, as that reviewer does it.
import { type Browser, expect, type Page } from "@playwright/test";

import { gotoInteractive } from "./interactive";
import { signInThroughForm } from "./sign-in";

export interface StaffUser {
  email: string;
  name: string;
  password: string;
  /** The role's name on the form: 校对, 版面编辑, 副总编, 总编辑, 记者 … */
  role: string;
}

/** Creates `user` on /desk/users with a first password and a role on 平湖日报. */
export async function createStaffUser(admin: Page, user: StaffUser) {
  await gotoInteractive(admin, "/desk/users");
  const form = admin.getByTestId("create-user");
  await form.getByLabel("邮箱", { exact: true }).fill(user.email);
  await form.getByLabel("姓名", { exact: true }).fill(user.name);
  await form
    .getByRole("group", { name: "平湖日报的角色" })
    .getByLabel(user.role, { exact: true })
    .check();
  await form.getByLabel("现在设置初始密码").check();
  await form.getByLabel("初始密码", { exact: true }).fill(user.password);
  await form.getByRole("button", { name: "创建用户" }).click();
  await expect(form.getByRole("status")).toHaveText("已创建用户。");
}

/** A page in a fresh, signed-out browser context, signed in as `user`. */
export async function signedIn(
  browser: Browser,
  user: StaffUser,
): Promise<Page> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 1400, height: 1200 },
  });
  const page = await context.newPage();
  await signInThroughForm(page, user.email, user.password);
  return page;
}

/** The grid's cell of `step` (its column label) on page `n`. */
export function reviewCell(page: Page, n: number, step: string) {
  return page
    .locator(`[data-testid="review-row"][data-page="${n}"]`)
    .getByTestId("review-cell")
    .and(page.locator(`[data-step-label="${step}"]`));
}

/** Opens the issue page and signs `step` on page `n`; waits until the grid shows the signature. */
export async function signStep(
  page: Page,
  issuePage: string,
  n: number,
  step: string,
) {
  await gotoInteractive(page, issuePage);
  await page.getByRole("button", { name: `签 ${n} ${step}` }).click();
  await expect(reviewCell(page, n, step)).toContainText("✓");
}

/** The administrator sets the paper's chain from a preset (三审三校 or 一校一审签发) and saves it. */
export async function applyChainPreset(admin: Page, preset: string) {
  await gotoInteractive(admin, "/desk/review-chain");
  const form = admin.getByTestId("review-chain-form");
  await form.getByRole("button", { name: preset }).click();
  await form.getByRole("button", { name: "保存流程" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存");
}

/** Each reviewer in turn signs their step on every page listed that still needs it. */
export async function signEveryPage(
  issuePage: string,
  signers: readonly { page: Page; step: string }[],
  pages: readonly number[],
) {
  for (const { page, step } of signers)
    for (const n of pages) {
      await gotoInteractive(page, issuePage);
      if ((await reviewCell(page, n, step).textContent())?.includes("✓"))
        continue;
      await signStep(page, issuePage, n, step);
    }
}

/** One signer per step of the short chain (一校一审签发); `key` keeps each spec's accounts apart. */
export function shortChainSigners(
  key: string,
): (StaffUser & { step: string })[] {
  return [
    ["proof", "校对", "校对"],
    ["layout", "版面编辑", "初审"],
    ["chief", "总编辑", "签发"],
  ].map(([who, role, step]) => ({
    email: `${who}@${key}.pinghu.test`,
    name: `${key}-${role}`,
    password: `pinghu-${key}-${who}-2024`,
    role: role!,
    step: step!,
  }));
}

/**
 * The administrator sets the short chain and creates its signers, who each
 * sign their step on every page listed, in browsers of their own: the
 * issue is then 已签发. Returns the signers' pages (the caller closes them).
 */
export async function signOffThroughShortChain(
  admin: Page,
  browser: Browser,
  issuePage: string,
  key: string,
  pages: readonly number[] = [1],
): Promise<{ page: Page; step: string }[]> {
  await applyChainPreset(admin, "一校一审签发");
  const users = shortChainSigners(key);
  for (const user of users) await createStaffUser(admin, user);
  const signers = [];
  for (const user of users)
    signers.push({ page: await signedIn(browser, user), step: user.step });
  await signEveryPage(issuePage, signers, pages);
  return signers;
}
