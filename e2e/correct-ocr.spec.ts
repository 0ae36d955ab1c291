// A proofreader corrects an imported article on the correction desk: a
// confusable-character suggestion, an automatic repair undone, the diff
// against the untouched original, reload, history and restore; typing as
// soon as the page loads; another editor's change arriving in between.
import { expect, type Page, test } from "@playwright/test";

import { STORAGE_STATE } from "./support/credentials";
import { openArticle, waitForEditor } from "./support/desk";

test.use({ storageState: STORAGE_STATE });

interface Snapshot {
  headline: string;
  body: {
    content: { type: string; content?: { type: string; text?: string }[] }[];
  };
}

const paragraphs = (s: Snapshot) =>
  s.body.content.map((b) =>
    (b.content ?? []).map((c) => c.text ?? "\n").join(""),
  );

async function revision(
  page: Page,
  articleId: string,
  version: number,
): Promise<Snapshot> {
  const res = await page.request.get(
    `/api/articles/${articleId}/revisions/${version}`,
  );
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { revision: { snapshot: Snapshot } }).revision
    .snapshot;
}

async function latest(
  page: Page,
  articleId: string,
): Promise<{ version: number; snapshot: Snapshot }> {
  const res = await page.request.get(`/api/articles/${articleId}/revisions`);
  const { revisions } = (await res.json()) as {
    revisions: { version: number }[];
  };
  const version = revisions[0]!.version;
  return { version, snapshot: await revision(page, articleId, version) };
}

test("a proofreader accepts a suggestion, undoes a repair, and restores the import from the history", async ({
  page,
}) => {
  const id = await openArticle(page, "实干担当立潮头");
  const body = page.getByTestId("body-editor");

  // 初劲 is flagged: the dictionary knows 干劲, one look-alike character away.
  const suggestion = page
    .getByTestId("suggestion-item")
    .filter({ hasText: "初劲" });
  await expect(suggestion).toBeVisible();
  await expect(
    body.locator(".hl-suggestion", { hasText: "初劲" }),
  ).toBeVisible();
  await suggestion.getByRole("button", { name: "改为“干劲”" }).click();
  await expect(body).toContainText("的干劲和斗志");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // Undo one automatic punctuation repair: the OCR's own "?" comes back.
  await page.getByRole("tab", { name: /自动修复/ }).click();
  const repair = page
    .getByTestId("repair-item")
    .filter({ hasText: "变成现实?大道至简" });
  await repair.getByRole("button", { name: "撤销" }).click();
  await expect(repair).toHaveAttribute("data-status", "REJECTED");
  await expect(body).toContainText("变成现实?大道至简");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");

  // Against the original: 初 → 干 is a change; the undone repair is not.
  await page.getByRole("tab", { name: "原文对照" }).click();
  await expect(
    page.getByTestId("diff-before").locator("del", { hasText: "初" }),
  ).toHaveCount(1);
  await expect(
    page.getByTestId("diff-after").locator("ins", { hasText: "干" }),
  ).toHaveCount(1);
  await expect(page.getByTestId("diff-after")).toContainText(
    "变成现实?大道至简",
  );

  await page.reload();
  await waitForEditor(page);
  await expect(body).toContainText("的干劲和斗志");
  await expect(body).toContainText("变成现实?大道至简");
  await page.getByRole("tab", { name: /自动修复/ }).click();
  await expect(
    page.getByTestId("repair-item").filter({ hasText: "变成现实?大道至简" }),
  ).toHaveAttribute("data-status", "REJECTED");

  // History: restore revision 1, the import; the text is exactly as imported.
  await page.getByRole("tab", { name: "修订历史" }).click();
  const history = page.getByTestId("history-panel");
  await expect(history.getByTestId("revision-row")).not.toHaveCount(1);
  page.once("dialog", (dialog) => void dialog.accept());
  await history
    .locator('[data-version="1"]')
    .getByRole("button", { name: "恢复此版" })
    .click();
  await expect(page.getByTestId("desk-notice")).toContainText(
    "已恢复到第 1 版",
  );
  await expect(body).toContainText("的初劲和斗志");
  await expect(body).toContainText("变成现实？大道至简");
  const imported = await revision(page, id, 1);
  const now = await latest(page, id);
  expect(paragraphs(now.snapshot)).toEqual(paragraphs(imported));
  expect(now.snapshot.headline).toBe(imported.headline);
});

test("every character typed as soon as the editor appears is saved", async ({
  page,
}) => {
  const id = await openArticle(page, "平湖数字乡村获省级“优秀”");
  const body = page.getByTestId("body-editor");
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  const typed = "（本报记者核实）";
  await page.keyboard.type(typed);
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  const { snapshot } = await latest(page, id);
  expect(paragraphs(snapshot)[0]).toContain(typed);

  await page.reload();
  await waitForEditor(page);
  await expect(body.locator("p").first()).toContainText(typed);
});

/**
 * Another editor's change on the server while this tab edits: an issue-wide
 * replace (one tab holds an article, so a second editor's change reaches it
 * through the server, not through a second editing tab). Returns its version.
 */
async function replaceInIssue(
  page: Page,
  articleId: string,
  query: string,
  replacement: string,
): Promise<number> {
  const issueHref = await page
    .locator('a[href^="/desk/issues/"]')
    .first()
    .getAttribute("href");
  const issueId = issueHref!.split("/").pop();
  const headers = { origin: new URL(page.url()).origin };
  const found = await page.request.post(`/api/issues/${issueId}/find`, {
    headers,
    data: { query },
  });
  expect(found.ok()).toBe(true);
  const { matches } = (await found.json()) as {
    matches: { id: string; articleId: string }[];
  };
  const mine = matches
    .filter((m) => m.articleId === articleId)
    .map((m) => m.id);
  expect(mine).toHaveLength(1);
  const replaced = await page.request.post(`/api/issues/${issueId}/replace`, {
    headers,
    data: { query, replacement, matchIds: mine },
  });
  expect(replaced.ok()).toBe(true);
  const { articles } = (await replaced.json()) as {
    articles: { articleId: string; version: number }[];
  };
  return articles.find((a) => a.articleId === articleId)!.version;
}

test("another editor's change in between: other paragraphs merge, the same sentence asks which to keep", async ({
  page,
}) => {
  const id = await openArticle(page, "嘉兴市政协主席陈利众来平走访政协委员");
  const body = page.getByTestId("body-editor");

  // Someone else changes the last paragraph, from the version this tab has.
  await replaceInIssue(
    page,
    id,
    "九届四次全会精神",
    "九届四次全会精神（他人修改）",
  );

  // This editor, still on the old version, edits the first paragraph: merged.
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type("（我的修改）");
  await expect(page.getByTestId("merged-notice")).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  await expect(body.locator("p").last()).toContainText("（他人修改）");
  const merged = await latest(page, id);
  expect(paragraphs(merged.snapshot)[0]).toContain("（我的修改）");
  expect(paragraphs(merged.snapshot).at(-1)).toContain("（他人修改）");

  // Now both change the first paragraph's last sentence: nothing is overwritten; the editor chooses.
  await replaceInIssue(page, id, "汤建萍参加", "汤建萍等参加");
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type("（再改）");
  const dialog = page.getByTestId("conflict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("conflict-theirs")).toContainText(
    "汤建萍等参加",
  );
  await expect(dialog.getByTestId("conflict-mine")).toContainText("（再改）");
  await dialog.getByLabel("保留我的修改").check();
  await dialog.getByRole("button", { name: "按所选保存" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  const resolved = await latest(page, id);
  expect(paragraphs(resolved.snapshot)[0]).toContain("（再改）");
  expect(paragraphs(resolved.snapshot).at(-1)).toContain("（他人修改）");
});
