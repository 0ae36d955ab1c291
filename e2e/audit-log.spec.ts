// The audit log (审计日志), as an administrator and a proofreader meet it: a
// failed sign-in shows up under its Chinese name, filters live in the URL,
// the export downloads the same filtered events as CSV, and a proofreader
// finds no link and is refused the page.
import { expect, test } from "@playwright/test";

import { E2E_ADMIN_EMAIL, STORAGE_STATE } from "./support/credentials";
import { gotoInteractive } from "./support/interactive";
import { signInThroughForm } from "./support/sign-in";

test.use({ storageState: STORAGE_STATE });
const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };

test("an administrator finds a failed sign-in in the log, filtered in the URL, and exports it as CSV", async ({
  page,
  browser,
}) => {
  // A wrong password for the admin account, from a signed-out browser.
  const context = await browser.newContext(SIGNED_OUT);
  const stranger = await context.newPage();
  await gotoInteractive(stranger, "/signin");
  await stranger.getByLabel("邮箱").fill(E2E_ADMIN_EMAIL);
  await stranger.getByLabel("密码").fill("not-the-password-1");
  await stranger.getByRole("button", { name: "登录" }).click();
  // The form's own message, once the server has checked (and recorded) the attempt.
  await expect(stranger.getByText("邮箱或密码错误，请重试。")).toBeVisible();
  await context.close();

  await gotoInteractive(page, "/desk");
  await page.getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await page
    .getByRole("combobox", { name: "操作", exact: true })
    .selectOption("auth.");
  await page.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL(/action=auth\./);
  const rows = page.getByTestId("audit-event");
  await expect(rows.first()).toContainText("登录失败");
  await expect(rows.first()).toContainText("auth.sign-in.failed");
  await expect(page.getByTestId("audit-events")).toContainText("时间（UTC）");
  for (const action of await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.getAttribute("data-action")),
  ))
    expect(action).toBe("auth.sign-in.failed");

  // A reload keeps the filter; the export carries it.
  await page.reload();
  await expect(
    page.getByRole("combobox", { name: "操作", exact: true }),
  ).toHaveValue("auth.");
  const href = await page.getByTestId("audit-export").getAttribute("href");
  expect(href).toBe("/api/audit/export?action=auth.");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text).toContain(",登录失败,auth.sign-in.failed,");
  expect(text).not.toContain("issue.import");
});

test("a proofreader has no link to the log and is refused the page and the export", async ({
  page,
  browser,
}) => {
  // An administrator makes the proofreader (the audit log records that too).
  await gotoInteractive(page, "/desk/users");
  const form = page.getByTestId("create-user");
  await form
    .getByLabel("邮箱", { exact: true })
    .fill("audit.proof@pinghu.test");
  await form.getByLabel("姓名", { exact: true }).fill("审计校对");
  await form
    .getByRole("group", { name: "平湖日报的角色" })
    .getByLabel("校对")
    .check();
  await form.getByLabel("现在设置初始密码").check();
  await form
    .getByLabel("初始密码", { exact: true })
    .fill("pinghu-audit-proof-3");
  await form.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByTestId("users")).toContainText(
    "audit.proof@pinghu.test",
  );
  await gotoInteractive(page, "/desk/audit?action=user.create");
  await expect(page.getByTestId("audit-event").first()).toContainText(
    "新建用户",
  );

  const context = await browser.newContext(SIGNED_OUT);
  const proof = await context.newPage();
  await signInThroughForm(
    proof,
    "audit.proof@pinghu.test",
    "pinghu-audit-proof-3",
  );
  await expect(proof.getByRole("link", { name: "审计日志" })).toHaveCount(0);
  const refused = await proof.goto("/desk/audit");
  expect(refused?.status()).toBe(403);
  await expect(proof.getByRole("heading", { name: "没有权限" })).toBeVisible();
  expect((await proof.request.get("/api/audit/export")).status()).toBe(403);
  await context.close();
});
