// The SSE stream over an in-process bus: what a browser reads, the
// per-user cap, and that a stream gone away leaves no listener behind.
import { describe, expect, it } from "vitest";

import { waitUntil } from "@/lib/testing/wait-until";

import { createFanout, type EventBus } from "./event-bus";
import type { BusMessage } from "./folio-event";
import {
  MAX_STREAMS_PER_USER,
  openIssueStream,
  openStreamCount,
} from "./issue-event-stream";

function memoryBus() {
  const fanout = createFanout();
  const bus: EventBus = {
    ready: Promise.resolve(),
    subscribe: fanout.subscribe,
    listenerCount: fanout.count,
    close: async () => fanout.clear(),
  };
  return { bus, emit: (m: BusMessage) => fanout.emit(m) };
}

/** Reads the stream's text as it arrives. */
function reader(response: Response) {
  const r = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { value, done } = await r.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    ended = true;
  })();
  return {
    text: () => text,
    ended: () => ended,
    pump,
    cancel: () => r.cancel(),
  };
}

describe("an issue's event stream", () => {
  it("is an uncached event stream with a retry hint that passes on its issue's events only", async () => {
    const { bus, emit } = memoryBus();
    const abort = new AbortController();
    const response = openIssueStream({
      bus,
      issueId: "i1",
      userId: "u-read",
      signal: abort.signal,
    })!;
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const read = reader(response);
    emit({ type: "issue.layout", issueId: "i2", layoutVersion: 4 });
    emit({ type: "issue.layout", issueId: "i1", layoutVersion: 5 });
    await waitUntil("the event", () => read.text().includes("layoutVersion"));
    expect(read.text()).toMatch(/^retry: 3000\n/);
    expect(read.text()).toContain(
      'data: {"type":"issue.layout","issueId":"i1","layoutVersion":5}\n\n',
    );
    expect(read.text()).not.toContain('"i2"');
    abort.abort();
    await read.pump;
    expect(bus.listenerCount()).toBe(0);
    expect(openStreamCount("u-read")).toBe(0);
  });

  it("sends a comment heartbeat", async () => {
    const { bus } = memoryBus();
    const abort = new AbortController();
    const read = reader(
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-beat",
        signal: abort.signal,
        heartbeatMs: 20,
      })!,
    );
    await waitUntil("a heartbeat", () => read.text().includes(": ping\n\n"));
    abort.abort();
    await read.pump;
  });

  it("unsubscribes when the reader cancels (the browser went away)", async () => {
    const { bus } = memoryBus();
    const read = reader(
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-cancel",
        signal: new AbortController().signal,
      })!,
    );
    expect(bus.listenerCount()).toBe(1);
    await read.cancel();
    expect(bus.listenerCount()).toBe(0);
    expect(openStreamCount("u-cancel")).toBe(0);
  });

  it("ends when the user's sessions end, and not for another user's", async () => {
    const { bus, emit } = memoryBus();
    const read = reader(
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-end",
        signal: new AbortController().signal,
      })!,
    );
    emit({ type: "user.sessions-ended", userId: "someone-else" });
    emit({ type: "issue.review", issueId: "i1" });
    await waitUntil("the review event", () =>
      read.text().includes("issue.review"),
    );
    expect(read.ended()).toBe(false);
    emit({ type: "user.sessions-ended", userId: "u-end" });
    await read.pump;
    expect(read.text()).toContain("event: ended\n");
    expect(bus.listenerCount()).toBe(0);
  });

  it("refuses a stream beyond the per-user cap, and counts a closed one out", async () => {
    const { bus } = memoryBus();
    const aborts = Array.from(
      { length: MAX_STREAMS_PER_USER },
      () => new AbortController(),
    );
    const streams = aborts.map((a) =>
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-cap",
        signal: a.signal,
      }),
    );
    expect(streams.every((s) => s !== null)).toBe(true);
    const extra = () =>
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-cap",
        signal: new AbortController().signal,
      });
    expect(extra()).toBeNull();
    // Another user is not counted against this one.
    const other = new AbortController();
    expect(
      openIssueStream({
        bus,
        issueId: "i1",
        userId: "u-other",
        signal: other.signal,
      }),
    ).not.toBeNull();
    aborts[0]!.abort();
    const again = extra();
    expect(again).not.toBeNull();
    for (const a of aborts) a.abort();
    other.abort();
    await again!.body!.cancel();
    expect(openStreamCount("u-cap")).toBe(0);
    expect(bus.listenerCount()).toBe(0);
  });
});
