// User management (issue 15 item 2), as the administrator does it: a too-short
// and a common password are refused with the message; an invite link sets a
// password once; a proofreader created with a first password for the demo
// paper signs in and sees no 新建一期; once deactivated, their next request is
// refused and they cannot sign in.
import { expect, type Page, test } from "@playwright/test";

import {
  E2E_ADMIN_EMAIL,
  E2E_ADMIN_PASSWORD,
  STORAGE_STATE,
} from "./support/credentials";
import { gotoInteractive, waitForHydration } from "./support/interactive";
import { signInThroughForm } from "./support/sign-in";

test.use({ storageState: STORAGE_STATE });
/** A browser context that starts signed out (test.use gives new contexts the admin's cookies). */
const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };

const PROOFREADER = {
  email: "zhou.proof@pinghu.test",
  name: "周校对",
  password: "pinghu-proof-desk-7",
};

/** Fills 新建用户 on /desk/users as a proofreader of 平湖日报 with a first password, and submits it. */
async function createProofreader(
  page: Page,
  user: { email: string; name: string; password: string },
) {
  await gotoInteractive(page, "/desk/users");
  const form = page.getByTestId("create-user");
  await form.getByLabel("邮箱", { exact: true }).fill(user.email);
  await form.getByLabel("姓名", { exact: true }).fill(user.name);
  await form
    .getByRole("group", { name: "平湖日报的角色" })
    .getByLabel("校对")
    .check();
  await form.getByLabel("现在设置初始密码").check();
  await form.getByLabel("初始密码", { exact: true }).fill(user.password);
  await form.getByRole("button", { name: "创建用户" }).click();
}

test("refuses a too-short and a common first password with the message", async ({
  page,
}) => {
  const user = { email: "weak@pinghu.test", name: "弱密码" };
  await createProofreader(page, { ...user, password: "short-pw1" });
  const form = page.getByTestId("create-user");
  await expect(form.getByRole("alert")).toHaveText("密码至少需要 10 个字符。");
  await createProofreader(page, { ...user, password: "Password123" });
  await expect(form.getByRole("alert")).toHaveText(
    "该密码属于最常见的密码，容易被猜中，请换一个。",
  );
  await expect(page.getByTestId("users")).not.toContainText(user.email);
});

test("an invite link shown once sets the password, once; the user changes it with the current one and stays signed in", async ({
  page,
  browser,
}) => {
  await gotoInteractive(page, "/desk/users");
  const form = page.getByTestId("create-user");
  await form.getByLabel("邮箱", { exact: true }).fill("invited@pinghu.test");
  await form.getByLabel("姓名", { exact: true }).fill("邀请记者");
  await form
    .getByRole("group", { name: "平湖日报的角色" })
    .getByLabel("记者")
    .check();
  await form.getByLabel(/^生成一次性邀请链接/).check();
  await form.getByRole("button", { name: "创建用户" }).click();
  const link = await form.getByTestId("invite-link").textContent();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[\w-]{43}$/);

  const context = await browser.newContext(SIGNED_OUT);
  const invited = await context.newPage();
  await gotoInteractive(invited, link!);
  await expect(
    invited.getByText("请为账户 invited@pinghu.test 设置密码"),
  ).toBeVisible();
  await invited.getByLabel("密码", { exact: true }).fill("qwertyuiop");
  await invited.getByLabel("再次输入密码").fill("qwertyuiop");
  await invited.getByRole("button", { name: "设置密码" }).click();
  await expect(
    invited.getByText("该密码属于最常见的密码，容易被猜中，请换一个。"),
  ).toBeVisible();
  await invited
    .getByLabel("密码", { exact: true })
    .fill("reporter-desk-pinghu-5");
  await invited.getByLabel("再次输入密码").fill("reporter-desk-pinghu-5");
  await invited.getByRole("button", { name: "设置密码" }).click();
  await expect(invited.getByRole("status")).toContainText("密码已设置");
  await signInThroughForm(
    invited,
    "invited@pinghu.test",
    "reporter-desk-pinghu-5",
  );
  await expect(invited.getByTestId("current-user")).toHaveText(
    "邀请记者（记者）",
  );
  // 修改密码 with the current one: this browser stays signed in (it signs in again).
  await gotoInteractive(invited, "/desk/account");
  const change = invited.getByTestId("change-password");
  await change.getByLabel("当前密码").fill("reporter-desk-pinghu-5");
  await change
    .getByLabel("新密码", { exact: true })
    .fill("reporter-night-pinghu-6");
  await change.getByLabel("再次输入新密码").fill("reporter-night-pinghu-6");
  await change.getByRole("button", { name: "修改密码" }).click();
  await expect(change.getByRole("status")).toHaveText("密码已修改。");
  await gotoInteractive(invited, "/desk");
  await expect(invited.getByTestId("current-user")).toHaveText(
    "邀请记者（记者）",
  );
  // The link works once.
  await gotoInteractive(invited, link!);
  await expect(invited.getByTestId("invite-refused")).toHaveText(
    "此邀请链接已使用过。请直接登录，或请管理员重新发送邀请。",
  );
  await context.close();
});

test("a proofreader created with a password signs in without 新建一期, and is refused once deactivated", async ({
  page,
  browser,
}) => {
  await createProofreader(page, PROOFREADER);
  await expect(page.getByTestId("create-user").getByRole("status")).toHaveText(
    "已创建用户。",
  );
  await expect(
    page.getByTestId("user-row").filter({ hasText: PROOFREADER.email }),
  ).toContainText("平湖日报：校对");

  // The administrator signs out; the proofreader signs in in the same browser.
  await gotoInteractive(page, "/signout");
  await page.getByRole("button", { name: "退出" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await signInThroughForm(page, PROOFREADER.email, PROOFREADER.password);
  await expect(page.getByTestId("current-user")).toHaveText("周校对（校对）");
  await expect(page.getByRole("heading", { name: "报纸期次" })).toBeVisible();
  await expect(page.getByTestId("issue-row").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "新建一期" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);

  // Signing out ended every session of the administrator's, the shared
  // signed-in state too: sign in again and keep it for the tests after this one.
  const adminContext = await browser.newContext(SIGNED_OUT);
  const admin = await adminContext.newPage();
  await signInThroughForm(admin, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await adminContext.storageState({ path: STORAGE_STATE });
  await admin.getByRole("link", { name: "用户管理" }).click();
  await admin.getByRole("link", { name: PROOFREADER.name }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(
    PROOFREADER.email,
  );
  await waitForHydration(admin);
  const active = admin.getByTestId("user-active");
  await active.getByRole("button", { name: "停用账户" }).click();
  await expect(active.getByRole("status")).toHaveText("账户已停用。");
  await expect(active.getByRole("button", { name: "恢复账户" })).toBeVisible();
  await adminContext.close();

  // The proofreader's next request: the session is over, and so is signing in.
  await page.reload();
  await expect(page).toHaveURL(/\/signin$/);
  await waitForHydration(page);
  await page.getByLabel("邮箱").fill(PROOFREADER.email);
  await page.getByLabel("密码").fill(PROOFREADER.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("邮箱或密码错误，请重试。")).toBeVisible();
});
