import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { SaveRequest } from "@/lib/articles/save-article";
import {
  articleDoc,
  articleSnapshot,
  presenceState,
} from "@/lib/testing/desk-factories";

import {
  type DeskAction,
  deskReducer,
  type DeskState,
  initialDeskState,
} from "./desk-state";
import { createSaveQueue } from "./save-queue";

const doc = articleDoc;
const stored = articleSnapshot({ body: doc("原文。") });
const holding = presenceState();

/** A desk holding the article, its queue, and the requests the queue sent. */
function desk() {
  let state: DeskState = deskReducer(
    initialDeskState({
      snapshot: stored,
      version: 1,
      suggestions: [],
      repairs: [],
      status: "EDITING",
    }),
    { type: "presenceSeen", presence: holding },
  );
  const store = {
    get: () => state,
    dispatch: (a: DeskAction) => {
      state = deskReducer(state, a);
    },
  };
  const queue = createSaveQueue({ articleId: "a1", sessionId: "tab-1", store });
  const onRefused = vi.fn();
  queue.configure({ access: { canEdit: true, mergedAway: false }, onRefused });
  const type = (text: string) =>
    queue.edit({ type: "bodyEdited", body: doc(text), echo: false });
  return { store, queue, onRefused, type };
}

const sent: SaveRequest[] = [];
const answers: (() => Response)[] = [];

/** The server stores whatever it is sent, one version up. */
const stores = () => {
  const request = sent.at(-1)!;
  return Response.json({
    status: "saved",
    version: request.baseVersion + 1,
    snapshot: request.snapshot,
    suggestions: [],
    repairs: [],
  });
};

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  answers.length = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn((_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)) as SaveRequest);
      const answer = answers.shift() ?? stores;
      return Promise.resolve(answer());
    }),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the desk's save queue", () => {
  it("saves after a pause in typing, once, on the version the text is based on", async () => {
    const { store, type } = desk();
    type("甲");
    await vi.advanceTimersByTimeAsync(600);
    type("甲乙");
    await vi.advanceTimersByTimeAsync(1_100);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      baseVersion: 1,
      reason: "autosave",
      sessionId: "tab-1",
    });
    expect(sent[0]!.snapshot.body).toEqual(doc("甲乙"));
    expect(store.get().baseVersion).toBe(2);
    expect(store.get().saveState).toBe("saved");
  });

  it("sends what was typed during a save after it, on the version that save made", async () => {
    const { store, queue, type } = desk();
    type("甲");
    const saving = queue.saveNow({ reason: "save" });
    type("甲乙");
    await saving;
    await vi.advanceTimersByTimeAsync(1_200);
    expect(sent.map((r) => [r.baseVersion, r.reason])).toEqual([
      [1, "save"],
      [2, "autosave"],
    ]);
    expect(sent[1]!.snapshot.body).toEqual(doc("甲乙"));
    expect(store.get().baseVersion).toBe(3);
  });

  it("retries a failed request with growing waits, keeping its reason", async () => {
    const { store, queue, type } = desk();
    answers.push(
      () => new Response("busy", { status: 503 }),
      () => new Response("busy", { status: 503 }),
    );
    type("甲");
    await queue.saveNow({ reason: "save" });
    expect(store.get().saveState).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_900);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.map((r) => r.reason)).toEqual(["save", "save", "save"]);
    expect(store.get().saveState).toBe("saved");
  });

  it("after a 409 asks who holds the article and sends nothing until the next edit", async () => {
    const { store, queue, onRefused, type } = desk();
    answers.push(() =>
      Response.json(
        { error: { message: "该稿件已被另一个标签页接管编辑" } },
        { status: 409 },
      ),
    );
    type("甲");
    expect(await queue.flush()).toBe(false);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(store.get().error).toContain("接管编辑");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    type("甲乙");
    await vi.advanceTimersByTimeAsync(1_200);
    expect(sent).toHaveLength(2);
  });

  it("sends nothing while another tab holds the article, and keeps the edit for later", async () => {
    const { store, queue, type } = desk();
    store.dispatch({
      type: "presenceSeen",
      presence: { ...holding, holding: false },
    });
    type("甲");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await queue.flush()).toBe(false);
    expect(sent).toHaveLength(0);
    store.dispatch({ type: "presenceSeen", presence: holding });
    expect(await queue.flush()).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
