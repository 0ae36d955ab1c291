// The layout board's route handlers on both databases, called as Next.js
// calls them: who may move, cross-origin posts refused, a move on an
// out-of-date board answered 409 with the user's message, the version stamp
// changing with every move. (Vitest runs lib/ tests only, so the app/ routes
// are tested from here.)
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

import { POST as move } from "@/app/api/issues/[issueId]/layout/move/route";
import { GET as board } from "@/app/api/issues/[issueId]/layout/route";
import { GET as version } from "@/app/api/issues/[issueId]/layout/version/route";
import { POST as review } from "@/app/api/issues/[issueId]/review/route";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";

import type { BoardData } from "./get-board";

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
const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  new Request(`http://${HOST}${path}`, {
    method: "POST",
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      "content-type": "application/json",
      ...headers,
    },
    body: JSON.stringify(body),
  });
const get = (path: string) =>
  new Request(`http://${HOST}${path}`, { headers: { host: HOST } });
const params = <P extends Record<string, string>>(p: P) => ({
  params: Promise.resolve(p),
});

describe(`layout routes (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  beforeAll(() => setDatabase(database));
  afterAll(() => setDatabase(undefined));

  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    Object.assign(as, {
      role: "PAGE_EDITOR",
      id: seed.users.editor,
      publicationIds: [seed.publicationId],
      locale: "zh-CN",
    });
  });

  const issue = () => params({ issueId: seed.issueId });
  const loadBoard = async () =>
    (await (
      await board(get(`/api/issues/${seed.issueId}/layout`), issue())
    ).json()) as BoardData;
  const moveBody = (b: BoardData, from: number, to: number) => ({
    baseVersion: b.issue.layoutVersion,
    placementId: b.columns[0]!.cards[from]!.placementId,
    fromPageId: b.columns[0]!.pageId,
    toPageId: b.columns[0]!.pageId,
    afterId: to === 0 ? null : b.columns[0]!.cards[to]!.placementId,
  });

  it("moves a part for an editor and changes the version stamp others poll", async () => {
    const before = await loadBoard();
    const stamp = (await (await version(get("/"), issue())).json()) as {
      stamp: string;
    };
    expect(stamp.stamp).toBe(before.stamp);
    const res = await move(post("/", moveBody(before, 3, 0)), issue());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      layoutVersion: before.issue.layoutVersion + 1,
    });
    const after = await loadBoard();
    expect(after.columns[0]!.cards[0]!.headline).toBe("实干担当立潮头");
    expect(
      ((await (await version(get("/"), issue())).json()) as { stamp: string })
        .stamp,
    ).not.toBe(stamp.stamp);
  });

  it("answers a move on an out-of-date board 409 when the part it goes after left, in the user's language", async () => {
    const page2 = await database.prisma.page.create({
      data: { issueId: seed.issueId, number: 2 },
    });
    const stale = await loadBoard();
    // Another editor takes the second article to 2版…
    const first = { ...moveBody(stale, 1, 0), toPageId: page2.id };
    expect((await move(post("/", first), issue())).status).toBe(200);
    // …while this board, still showing it on 1版, puts the fourth after it.
    const res = await move(post("/", moveBody(stale, 3, 1)), issue());
    expect(res.status).toBe(409);
    expect(
      ((await res.json()) as { error: { message: string } }).error.message,
    ).toContain("版面已刷新");
    as.locale = "en";
    const again = await move(post("/", moveBody(stale, 3, 1)), issue());
    expect(
      ((await again.json()) as { error: { message: string } }).error.message,
    ).toContain("The board has been refreshed");
    expect((await loadBoard()).issue.layoutVersion).toBe(
      stale.issue.layoutVersion + 1,
    );
  });

  it("refuses a move from another site or without an Origin, and from a viewer; a viewer still sees the board", async () => {
    const b = await loadBoard();
    expect(
      (
        await move(
          post("/", moveBody(b, 1, 0), { origin: "https://evil.example" }),
          issue(),
        )
      ).status,
    ).toBe(403);
    const bare = new Request(`http://${HOST}/`, {
      method: "POST",
      headers: { host: HOST },
      body: JSON.stringify(moveBody(b, 1, 0)),
    });
    expect((await move(bare, issue())).status).toBe(403);
    as.role = "VIEWER";
    expect((await move(post("/", moveBody(b, 1, 0)), issue())).status).toBe(
      403,
    );
    expect((await board(get("/"), issue())).status).toBe(200);
    expect((await loadBoard()).issue.layoutVersion).toBe(b.issue.layoutVersion);
  });

  it("keeps the issue a draft while findings are open", async () => {
    const res = await review(post("/", {}), issue());
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { error: { message: string } }).error.message,
    ).toMatch(/检查报告还有 \d+ 项/);
    expect(
      (
        await database.prisma.issue.findUniqueOrThrow({
          where: { id: seed.issueId },
        })
      ).status,
    ).toBe("DRAFT");
  });
});
