// A newcomer's first visit: the public home, the sign-in page, wrong and
// right credentials, the demo issue on the desk.
import { expect, test } from "@playwright/test";

import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/credentials";
import { gotoInteractive, waitForHydration } from "./support/interactive";

test("a new user opens Folio, signs in as the admin and sees the demo issue", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { name: "平湖日报 电子版" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "编辑部入口" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await waitForHydration(page);

  await page.getByLabel("邮箱").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "邮箱或密码错误，请重试。",
  );
  await expect(page).toHaveURL(/\/signin$/);

  await page.getByLabel("密码").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByTestId("current-user")).toContainText("管理员");

  const row = page.getByTestId("issue-row").filter({ hasText: "2024-01-03" });
  await expect(row).toContainText("平湖日报");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "2024-01-03",
  );
  const headlines = page.getByTestId("article-row").locator("strong");
  await expect(headlines).toHaveText([
    "不断擦亮高质量外资“金名片”",
    "嘉兴市政协主席陈利众来平走访政协委员",
    "平湖数字乡村获省级“优秀”",
    "实干担当立潮头",
    "勇挑大梁担使命 提质进位走前列",
  ]);
  await expect(page.getByTestId("article-row").nth(4)).toContainText("下转2版");
});

test("staff pages send a signed-out visitor to the sign-in page", async ({
  page,
}) => {
  await page.goto("/desk/import");
  await expect(page).toHaveURL(/\/signin$/);
});

test("the interface switches to English and back", async ({ browser }) => {
  const context = await browser.newContext({
    storageState: "test-results/admin-storage-state.json",
  });
  const page = await context.newPage();
  await gotoInteractive(page, "/desk");
  await expect(page.getByRole("heading", { name: "报纸期次" })).toBeVisible();
  await page.getByTestId("locale-switch").click();
  await expect(page.getByRole("heading", { name: "Issues" })).toBeVisible();
  await page.getByTestId("locale-switch").click();
  await expect(page.getByRole("heading", { name: "报纸期次" })).toBeVisible();
  await context.close();
});
