// The chief editor's night, on an issue of its own (平湖日报 2024-01-23, the
// front page as 1版; the demo issue stays a draft for the other specs): every
// finding explained and 送审, the preview (banner, staff only), signed through
// the short chain (一校一审签发) by three people, 发布, the
// reader's page and article; then a late correction: the issue is frozen,
// reopened with a reason, corrected on the desk, published again, and the
// reader sees the new text with a dated 更正 — and never before.
import { expect, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { waitForEditor } from "./support/desk";
import { gotoInteractive } from "./support/interactive";
import { createIssueWithFrontPage, waiveAllAndSubmit } from "./support/issue";
import { signEveryPage, signOffThroughShortChain } from "./support/review";

test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

test("an issue is previewed, published, corrected and published again; readers see only what was published", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  // An issue of one page, the front page imported into it, 送审.
  const { issuePage, board } = await createIssueWithFrontPage(page, {
    date: "2024-01-23",
    number: "9023",
  });
  await waiveAllAndSubmit(page, board);

  // The preview: the issue as readers would get it, for staff only.
  await gotoInteractive(page, issuePage);
  await expect(page.getByText("状态：审核中")).toBeVisible();
  await page.getByTestId("preview-link").click();
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  const cacheControl = (await page.request.get(page.url())).headers()[
    "cache-control"
  ];
  expect(cacheControl).toContain("private");
  expect(cacheControl).toContain("no-store");
  await expect(page.getByTestId("reader-page")).toBeVisible();
  const previewUrl = page.url();
  const firstHeadline = (await page
    .getByTestId("reader-page")
    .getByRole("heading", { level: 2 })
    .first()
    .textContent())!;
  const visitor = await browser.newContext({
    storageState: { cookies: [], origins: [] },
  });
  const signedOut = await visitor.newPage();
  await signedOut.goto(previewUrl);
  await expect(signedOut).toHaveURL(/\/signin/);
  await expect(signedOut.getByTestId("reader-page")).toHaveCount(0);
  const publicUrl = previewUrl.replace("/preview/e/", "/e/");
  expect((await signedOut.goto(publicUrl))?.status()).toBe(404);

  // Signed through the paper's chain, 签发 last; then 发布.
  const signers = await signOffThroughShortChain(
    page,
    browser,
    issuePage,
    "publish",
  );
  await gotoInteractive(page, issuePage);
  await expect(page.getByText("状态：已签发")).toBeVisible();
  await page
    .getByTestId("publish-form")
    .getByRole("button", { name: "发布本期" })
    .click();
  // Published (the reopen form shows already while signed off: wait for the status).
  await expect(page.getByText("状态：已发布")).toBeVisible();
  await expect(page.getByTestId("reopen-form")).toBeVisible();
  await signedOut.goto(publicUrl);
  await expect(signedOut.getByTestId("reader-page")).toContainText(
    firstHeadline,
  );
  await expect(signedOut.getByTestId("preview-banner")).toHaveCount(0);

  // A late correction: frozen until reopened with a reason.
  await page
    .getByTestId("reopen-form")
    .getByLabel("原因")
    .fill("读者来电指出错字");
  await page
    .getByTestId("reopen-form")
    .getByRole("button", { name: "重新打开（撤签）" })
    .click();
  await expect(page.getByText("状态：审核中")).toBeVisible();
  await expect(page.getByTestId("publish-form")).toHaveCount(0);
  await page.getByRole("link", { name: firstHeadline, exact: true }).click();
  await waitForEditor(page);
  await page.getByTestId("body-editor").locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type("（更正测试）");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  await signedOut.reload();
  await expect(signedOut.getByTestId("reader-page")).not.toContainText(
    "更正测试",
  );

  // The correction revoked the page's signatures: signed again, then 发布.
  await signEveryPage(issuePage, signers, [1]);
  await gotoInteractive(page, issuePage);
  await page
    .getByTestId("publish-form")
    .getByLabel("更正说明（可选）")
    .fill("本文第一段有误，已更正。");
  await page
    .getByTestId("publish-form")
    .getByRole("button", { name: "发布本期" })
    .click();
  // Published (the reopen form shows already while signed off: wait for the status).
  await expect(page.getByText("状态：已发布")).toBeVisible();
  await expect(page.getByTestId("reopen-form")).toBeVisible();
  await signedOut.reload();
  await expect(signedOut.getByTestId("reader-page")).toContainText("更正测试");
  await expect(signedOut.getByTestId("correction-notes")).toContainText(
    "本文第一段有误，已更正。",
  );
  await signedOut.getByRole("link", { name: "阅读全文" }).first().click();
  await expect(signedOut.getByTestId("reader-article")).toBeVisible();
  await visitor.close();
  for (const s of signers) await s.page.context().close();
});
