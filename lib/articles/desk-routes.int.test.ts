// The correction desk's route handlers on both databases, called as Next.js
// calls them: who may do what, cross-origin posts, malformed bodies refused
// with a clear message and nothing stored, errors as { error: { message } }.
// (Vitest runs lib/ tests only, so the app/ routes are tested from here.)
import type { Role } from "@prisma/client";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import { GET as revision } from "@/app/api/articles/[articleId]/revisions/[version]/route";
import { GET as revisions } from "@/app/api/articles/[articleId]/revisions/route";
import { POST as save } from "@/app/api/articles/[articleId]/save/route";
import { POST as setStatus } from "@/app/api/articles/[articleId]/status/route";
import { GET as contributors } from "@/app/api/contributors/route";
import { POST as find } from "@/app/api/issues/[issueId]/find/route";
import { POST as replace } from "@/app/api/issues/[issueId]/replace/route";
import { POST as undoReplace } from "@/app/api/issues/[issueId]/replace/undo/route";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { storedArticle, withBlockText } from "@/lib/testing/desk-test-helpers";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

const as = vi.hoisted(() => ({
  role: "PAGE_EDITOR" as Role | "ADMIN" | null,
  publicationIds: [] as string[],
  id: "",
  locale: "zh-CN",
}));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { withSession } = await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => as);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => as.locale }));

const HOST = "desk.folio.test";
function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Request {
  return new Request(`http://${HOST}${path}`, {
    method: "POST",
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      "content-type": "application/json",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
const get = (path: string) =>
  new Request(`http://${HOST}${path}`, { headers: { host: HOST } });
const params = <P extends Record<string, string>>(p: P) => ({
  params: Promise.resolve(p),
});

describe(`desk routes (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  let articleId: string;
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    articleId = seed.articleIds[1]!;
    Object.assign(as, {
      role: "PROOFREADER",
      id: seed.users.proofreader,
      publicationIds: [seed.publicationId],
      locale: "zh-CN",
    });
  });

  const saveBody = async (text = "校对后的第一段。") => {
    const { snapshot, version } = await storedArticle(
      database.prisma,
      articleId,
    );
    return {
      baseVersion: version,
      snapshot: withBlockText(snapshot, 0, text),
      sessionId: "tab-1",
    };
  };

  it("lets a proofreader save and set the status, and refuses a viewer", async () => {
    const ok = await save(
      post(`/api/articles/${articleId}/save`, await saveBody()),
      params({ articleId }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "saved", version: 2 });
    expect(
      (
        await setStatus(
          post(`/api/articles/${articleId}/status`, { status: "EDITING" }),
          params({ articleId }),
        )
      ).status,
    ).toBe(200);

    Object.assign(as, { role: "VIEWER", id: seed.users.viewer, locale: "en" });
    const refused = await save(
      post(`/api/articles/${articleId}/save`, await saveBody("看客改的")),
      params({ articleId }),
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { message: "You are not allowed to do this (article.edit)." },
    });
    expect((await storedArticle(database.prisma, articleId)).version).toBe(2);
    // Reading is allowed.
    const list = await revisions(
      get(`/api/articles/${articleId}/revisions`),
      params({ articleId }),
    );
    expect(
      ((await list.json()) as { revisions: unknown[] }).revisions,
    ).toHaveLength(2);
  });

  it("refuses cross-origin posts; takes same-origin keepalive saves of any content type", async () => {
    const body = await saveBody();
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of foreign) {
      const res = await save(
        post(`/api/articles/${articleId}/save`, body, headers),
        params({ articleId }),
      );
      expect(res.status).toBe(403);
    }
    expect((await storedArticle(database.prisma, articleId)).version).toBe(1);
    // A keepalive fetch or sendBeacon on page leave: text/plain, same origin.
    const beacon = await save(
      post(`/api/articles/${articleId}/save`, body, {
        "content-type": "text/plain;charset=UTF-8",
        "sec-fetch-site": "same-origin",
      }),
      params({ articleId }),
    );
    expect(beacon.status).toBe(200);
    expect((await storedArticle(database.prisma, articleId)).version).toBe(2);
  });

  it("refuses malformed JSON and bodies failing the Tiptap schema with a clear 400, storing nothing", async () => {
    as.locale = "en";
    const notJson = await save(
      post(`/api/articles/${articleId}/save`, '{"baseVersion": 1, '),
      params({ articleId }),
    );
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: {
        message: "The request body is not valid JSON; nothing was stored.",
      },
    });

    const body = await saveBody();
    const script = {
      ...body,
      snapshot: {
        ...body.snapshot,
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [{ type: "html", html: "<script>" }],
            },
          ],
        },
      },
    };
    const bad = await save(
      post(`/api/articles/${articleId}/save`, script),
      params({ articleId }),
    );
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { message: string } }).error.message,
    ).toMatch(/^The request is not valid: paragraph 1 of the body /);

    as.locale = "zh-CN";
    const noVersion = await save(
      post(`/api/articles/${articleId}/save`, { ...body, baseVersion: "1" }),
      params({ articleId }),
    );
    expect(noVersion.status).toBe(400);
    expect(
      ((await noVersion.json()) as { error: { message: string } }).error
        .message,
    ).toMatch(/^请求内容不正确：所依据的版本缺失/);
    expect((await storedArticle(database.prisma, articleId)).version).toBe(1);
    expect(await database.prisma.revision.count({ where: { articleId } })).toBe(
      1,
    );
  });

  it("answers a concurrent change to the same place as a conflict, and unknown things with 404", async () => {
    const mine = await saveBody("我的版本。");
    await save(
      post(`/api/articles/${articleId}/save`, await saveBody("他的版本。")),
      params({ articleId }),
    );
    const res = await save(
      post(`/api/articles/${articleId}/save`, mine),
      params({ articleId }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "conflict",
      theirVersion: 2,
    });

    const missing = await save(
      post(`/api/articles/nope/save`, mine),
      params({ articleId: "nope" }),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { message: "找不到这篇稿件。" },
    });
    expect(
      (
        await revision(
          get(`/api/articles/${articleId}/revisions/x`),
          params({ articleId, version: "x" }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await revision(
          get(`/api/articles/${articleId}/revisions/9`),
          params({ articleId, version: "9" }),
        )
      ).status,
    ).toBe(404);
    const one = await revision(
      get(`/api/articles/${articleId}/revisions/1`),
      params({ articleId, version: "1" }),
    );
    expect(await one.json()).toMatchObject({
      revision: { version: 1, reason: "import" },
    });
  });

  it("finds, replaces and undoes across the issue; searches contributors", async () => {
    const issueId = seed.issueId;
    const found = (await (
      await find(
        post(`/api/issues/${issueId}/find`, { query: "政协委员" }),
        params({ issueId }),
      )
    ).json()) as {
      matches: { id: string }[];
    };
    expect(found.matches.length).toBeGreaterThan(1);
    const replaced = await replace(
      post(`/api/issues/${issueId}/replace`, {
        query: "政协委员",
        replacement: "委员",
        matchIds: found.matches.map((m) => m.id),
      }),
      params({ issueId }),
    );
    const result = (await replaced.json()) as {
      batchId: string;
      replaced: number;
    };
    expect(result.replaced).toBe(found.matches.length);
    const undone = await undoReplace(
      post(`/api/issues/${issueId}/replace/undo`, { batchId: result.batchId }),
      params({ issueId }),
    );
    expect(await undone.json()).toMatchObject({ changedSince: [] });
    const again = (await (
      await find(
        post(`/api/issues/${issueId}/find`, { query: "政协委员" }),
        params({ issueId }),
      )
    ).json()) as {
      matches: { before: string; text: string; after: string }[];
    };
    const context = (m: { before: string; text: string; after: string }) =>
      m.before + m.text + m.after;
    expect(again.matches.map(context)).toEqual(
      (found.matches as unknown as typeof again.matches).map(context),
    );

    const res = await contributors(
      get(
        `/api/contributors?articleId=${articleId}&q=${encodeURIComponent("荣")}`,
      ),
    );
    expect(await res.json()).toEqual({
      contributors: [expect.objectContaining({ name: "荣怡婷" })],
    });
    expect((await contributors(get(`/api/contributors?q=x`))).status).toBe(400);
  });

  it("names a refused contributor search's fields in the reader's language (issue 14)", async () => {
    const message = async (query: string) => {
      const res = await contributors(get(`/api/contributors?${query}`));
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { message: string } }).error
        .message;
    };
    const zhMissing = await message("q=x");
    expect(zhMissing).toBe(
      "署名人查询不正确：稿件缺失。请提供稿件和不超过 40 个字的查询。",
    );
    expect(await message(`articleId=${articleId}&q=${"荣".repeat(41)}`)).toBe(
      "署名人查询不正确：查询超过 40 个字符的上限。请提供稿件和不超过 40 个字的查询。",
    );
    // No property name (articleId, q) inside the Chinese sentence.
    expect(zhMissing).not.toMatch(/[A-Za-z]/);
    as.locale = "en";
    expect(await message("q=x")).toBe(
      "The contributor search is not valid: article is missing. Give the article and at most 40 characters to search.",
    );
  });
});
