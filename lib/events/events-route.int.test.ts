// GET /api/issues/:issueId/events on both databases, called as Next.js
// calls it: a stream of the issue's events that a move committed through
// the move route reaches, which ends (and unsubscribes) when the browser
// aborts; refused to a user of another paper, and beyond the per-user cap.
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

import { GET as events } from "@/app/api/issues/[issueId]/events/route";
import { POST as move } from "@/app/api/issues/[issueId]/layout/move/route";
import { endSessions } from "@/lib/auth/end-sessions";
import { setDatabase } from "@/lib/db/client";
import {
  testDatabaseKind,
  truncateAll,
  useTestDatabase,
} from "@/lib/db/test-database";
import { type DeskSeed, seedDesk } from "@/lib/testing/desk-test-seed";
import { waitUntil } from "@/lib/testing/wait-until";

import { MAX_STREAMS_PER_USER, openStreamCount } from "./issue-event-stream";
import { notifyEvent } from "./notify-event";
import { closeEventBus, eventBus } from "./process-bus";

const as = vi.hoisted(() => ({
  role: "PROOFREADER" as Role | "ADMIN" | null,
  publicationIds: [] as string[],
  id: "",
}));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const { withSession } = await import("@/lib/testing/test-session");
  return withSession(await importOriginal<object>(), () => as);
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const HOST = "desk.folio.test";
const params = (issueId: string) => ({ params: Promise.resolve({ issueId }) });

/** Opens the stream as a browser would, reading its text as it comes. */
async function openStream(issueId: string) {
  const abort = new AbortController();
  const res = await events(
    new Request(`http://${HOST}/api/issues/${issueId}/events`, {
      headers: { host: HOST, accept: "text/event-stream" },
      signal: abort.signal,
    }),
    params(issueId),
  );
  let text = "";
  let ended = false;
  const reading =
    res.status === 200
      ? (async () => {
          const reader = res.body!.getReader();
          const decoder = new TextDecoder();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += decoder.decode(value, { stream: true });
          }
          ended = true;
        })()
      : Promise.resolve();
  return {
    res,
    abort: () => abort.abort(),
    text: () => text,
    ended: () => ended,
    reading,
  };
}

describe(`the issue's event stream route (${testDatabaseKind})`, () => {
  const database = useTestDatabase();
  let seed: DeskSeed;
  beforeAll(() => setDatabase(database));
  afterAll(async () => {
    await closeEventBus();
    setDatabase(undefined);
  });
  beforeEach(async () => {
    await truncateAll(database);
    seed = await seedDesk(database.prisma);
    Object.assign(as, {
      role: "PROOFREADER",
      id: seed.users.editor,
      publicationIds: [seed.publicationId],
    });
  });

  it("streams a move committed through the move route, then stops when the browser goes away", async () => {
    const stream = await openStream(seed.issueId);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get("content-type")).toMatch(
      /^text\/event-stream/,
    );
    expect(stream.res.headers.get("cache-control")).toBe("no-store");
    await waitUntil("the retry hint", () => stream.text().includes("retry:"));

    const placement = await database.prisma.placement.findFirstOrThrow({
      where: { article: { issueId: seed.issueId } },
      orderBy: { order: "desc" },
      select: { id: true, pageId: true },
    });
    const { layoutVersion } = await database.prisma.issue.findUniqueOrThrow({
      where: { id: seed.issueId },
      select: { layoutVersion: true },
    });
    Object.assign(as, { role: "PAGE_EDITOR" });
    const moved = await move(
      new Request(`http://${HOST}/api/issues/${seed.issueId}/layout/move`, {
        method: "POST",
        headers: {
          host: HOST,
          origin: `http://${HOST}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          baseVersion: layoutVersion,
          placementId: placement.id,
          fromPageId: placement.pageId,
          toPageId: placement.pageId,
          afterId: null,
        }),
      }),
      params(seed.issueId),
    );
    expect(moved.status).toBe(200);
    await waitUntil("the move on the stream", () =>
      stream
        .text()
        .includes(
          `data: {"type":"issue.layout","issueId":"${seed.issueId}","layoutVersion":${layoutVersion + 1}}\n\n`,
        ),
    );

    const listeners = eventBus().listenerCount();
    stream.abort();
    await stream.reading;
    expect(stream.ended()).toBe(true);
    expect(eventBus().listenerCount()).toBe(listeners - 1);
    expect(openStreamCount(seed.users.editor)).toBe(0);
  });

  it("ends the stream when the user's sessions end (signed out everywhere), not another user's", async () => {
    const stream = await openStream(seed.issueId);
    await waitUntil("the retry hint", () => stream.text().includes("retry:"));
    const other = (
      await database.prisma.user.findFirstOrThrow({
        where: { id: { not: seed.users.editor } },
      })
    ).id;
    await endSessions(database.prisma, other);
    // Committed after the other user's sign-out: once it is read, that one was passed over.
    await notifyEvent(database.prisma, {
      type: "issue.review",
      issueId: seed.issueId,
    });
    await waitUntil("the review event", () =>
      stream.text().includes('"issue.review"'),
    );
    expect(stream.ended()).toBe(false);
    await endSessions(database.prisma, seed.users.editor);
    await stream.reading;
    expect(stream.text()).toContain("event: ended\n");
    expect(openStreamCount(seed.users.editor)).toBe(0);
  });

  it("refuses a user of another paper, and a stream beyond the per-user cap", async () => {
    Object.assign(as, { publicationIds: ["another-paper"] });
    const outsider = await openStream(seed.issueId);
    expect(outsider.res.status).toBe(404);

    Object.assign(as, { publicationIds: [seed.publicationId] });
    const open = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++)
      open.push(await openStream(seed.issueId));
    expect(open.map((s) => s.res.status)).toEqual(open.map(() => 200));
    const extra = await openStream(seed.issueId);
    expect(extra.res.status).toBe(429);
    expect(await extra.res.json()).toEqual({
      error: {
        message:
          "Too many live views are open for this account; close some tabs.",
      },
    });
    for (const s of open) s.abort();
    await Promise.all(open.map((s) => s.reading));
    expect(openStreamCount(seed.users.editor)).toBe(0);
  });
});
