// 三审三校 as a small paper runs it (issue 15, done when): the administrator
// sets the paper's chain (一校一审签发) and creates the people; the issue
// (平湖日报 2024-01-24, two pages) goes to review; the proofreader and the
// page editor sign their steps on each page, each in a browser of their
// own; the chief editor signs 1版, then a late edit on 1版 revokes its
// signatures visibly, with the changes since; everything is signed again,
// the issue is 已签发 and frozen; a reporter's publish request is refused by
// the server; the chief editor publishes; the record is there, as CSV too.
import { expect, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { waitForEditor } from "./support/desk";
import { gotoInteractive } from "./support/interactive";
import { createIssueWithFrontPage, waiveAllAndSubmit } from "./support/issue";
import {
  applyChainPreset,
  createStaffUser,
  reviewCell,
  signedIn,
  signStep,
  type StaffUser,
} from "./support/review";

test.use({
  storageState: STORAGE_STATE,
  viewport: { width: 1400, height: 1200 },
});

const staff = (key: string, name: string, role: string): StaffUser => ({
  email: `${key}@review.pinghu.test`,
  name,
  password: `pinghu-${key}-night-2024`,
  role,
});
const PROOF = staff("proof", "吴校对", "校对");
const EDITOR = staff("layout", "郑版面", "版面编辑");
const CHIEF = staff("chief", "王总编", "总编辑");
const REPORTER = staff("reporter", "钱记者", "记者");

test("pages are signed step by step, a late edit revokes a signature, 签发 of every page allows publishing, a reporter's publish is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(480_000);
  // The administrator: the paper's chain, and the people who sign.
  await applyChainPreset(page, "一校一审签发");
  for (const user of [PROOF, EDITOR, CHIEF, REPORTER])
    await createStaffUser(page, user);
  const { issuePage, board } = await createIssueWithFrontPage(page, {
    date: "2024-01-24",
    number: "9024",
    pages: 2,
  });
  await waiveAllAndSubmit(page, board);

  // 一校 and 初审 on both pages, each by whom the chain names.
  const proof = await signedIn(browser, PROOF);
  await signStep(proof, issuePage, 1, "校对");
  await signStep(proof, issuePage, 2, "校对");
  await expect(proof.getByRole("button", { name: "签 1 初审" })).toHaveCount(0);
  const editor = await signedIn(browser, EDITOR);
  await signStep(editor, issuePage, 1, "初审");
  await signStep(editor, issuePage, 2, "初审");
  const chief = await signedIn(browser, CHIEF);
  await signStep(chief, issuePage, 1, "签发");
  await expect(chief.getByTestId("publish-form")).toHaveCount(0);

  // A late edit on 1版 revokes every signature of 1版, and only of 1版.
  await gotoInteractive(proof, issuePage);
  const headline = (await proof
    .getByTestId("article-row")
    .first()
    .getByRole("link")
    .first()
    .textContent())!;
  await proof.getByRole("link", { name: headline, exact: true }).click();
  await waitForEditor(proof);
  await proof.getByTestId("body-editor").locator("p").first().click();
  await proof.keyboard.press("End");
  await proof.keyboard.type("（签发后的改动）");
  await expect(proof.getByTestId("save-state")).toHaveText("已保存");
  await gotoInteractive(chief, issuePage);
  for (const step of ["校对", "初审", "签发"])
    await expect(reviewCell(chief, 1, step)).toContainText(
      "已撤销（稿件改动）",
    );
  for (const step of ["校对", "初审"])
    await expect(reviewCell(chief, 2, step)).toContainText("✓");
  await reviewCell(chief, 1, "签发")
    .getByRole("link", { name: "看改动" })
    .click();
  await expect(chief.getByTestId("signoff-diff")).toContainText(headline);
  await expect(chief.getByTestId("signoff-diff").locator("ins")).toContainText(
    "（签发后的改动）",
  );

  // Signed again, 签发 of every page: 已签发, and frozen.
  await signStep(proof, issuePage, 1, "校对");
  await signStep(editor, issuePage, 1, "初审");
  await signStep(chief, issuePage, 1, "签发");
  await expect(chief.getByText("状态：审核中")).toBeVisible();
  await signStep(chief, issuePage, 2, "签发");
  await expect(chief.getByText("状态：已签发")).toBeVisible();
  await proof.goto(proof.url());
  await gotoInteractive(proof, issuePage);
  await proof.getByRole("link", { name: headline, exact: true }).click();
  await expect(proof.getByTestId("issue-frozen")).toBeVisible();

  // The chief editor's 发布 request, held back and replayed as the reporter: refused.
  await gotoInteractive(chief, issuePage);
  let held: { headers: Record<string, string>; body: Buffer } | null = null;
  await chief.route(`**${issuePage}`, async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      held = { headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort();
    } else await route.continue();
  });
  await chief
    .getByTestId("publish-form")
    .getByRole("button", { name: "发布本期" })
    .click();
  await expect.poll(() => held).not.toBeNull();
  await chief.unrouteAll();
  const reporter = await signedIn(browser, REPORTER);
  const { cookie: _cookie, ...headers } = held!.headers;
  const replay = await reporter.request.post(issuePage, {
    headers,
    data: held!.body,
  });
  expect(await replay.text()).toMatch(/没有执行此操作的权限（issue\.publish）/);
  await gotoInteractive(chief, issuePage);
  await expect(chief.getByText("状态：已签发")).toBeVisible();
  expect((await reporter.goto(issuePage))?.status()).toBe(403);

  // The chief editor publishes.
  await chief
    .getByTestId("publish-form")
    .getByRole("button", { name: "发布本期" })
    .click();
  await expect(chief.getByTestId("reopen-form")).toBeVisible();
  await expect(chief.getByText("状态：已发布")).toBeVisible();

  // The record: nine signatures, three revoked by the edit; as CSV too.
  await chief.getByRole("link", { name: "审签记录" }).click();
  const rows = chief.getByTestId("record-row");
  await expect(rows).toHaveCount(9);
  await expect(rows.filter({ hasText: "稿件改动" })).toHaveCount(3);
  const csv = await chief.request.get(
    (await chief.getByTestId("record-csv").getAttribute("href"))!,
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(10);
  expect(text).toContain("稿件改动");
  expect(text).toContain(CHIEF.name);
  for (const p of [proof, editor, chief, reporter]) await p.context().close();
});
