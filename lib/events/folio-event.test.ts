import { describe, expect, it } from "vitest";

import { createFanout } from "./event-bus";
import {
  type BusMessage,
  decodeEvent,
  encodeEvent,
  type FolioEvent,
  issueOfEvent,
  MAX_PAYLOAD_BYTES,
} from "./folio-event";
import { routeMessage } from "./issue-event-stream";

const EVENTS: FolioEvent[] = [
  { type: "issue.layout", issueId: "i1", layoutVersion: 7 },
  { type: "issue.status", issueId: "i1", status: "IN_REVIEW" },
  { type: "issue.review", issueId: "i1" },
  { type: "article.saved", articleId: "a1", issueId: "i1", version: 3 },
  { type: "article.presence", articleId: "a1", issueId: "i1" },
  { type: "user.sessions-ended", userId: "u1" },
];

describe("the event union", () => {
  it("encodes and decodes every kind of event unchanged", () => {
    for (const event of EVENTS)
      expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it("reads a payload written by the database's trigger (json_build_object, its own spacing)", () => {
    expect(decodeEvent('{"type" : "issue.review", "issueId" : "i9"}')).toEqual({
      type: "issue.review",
      issueId: "i9",
    });
  });

  it("refuses to encode what is not of the union", () => {
    expect(() =>
      encodeEvent({ type: "issue.layout", issueId: "i1" } as never),
    ).toThrow();
    expect(() =>
      encodeEvent({
        type: "article.saved",
        articleId: "a1",
        issueId: "i1",
        version: -1,
      }),
    ).toThrow();
    expect(() => encodeEvent({ type: "article.text" } as never)).toThrow();
  });

  it("keeps ids short, so no payload can reach PostgreSQL's 8000-byte limit", () => {
    const long = "x".repeat(65);
    expect(() =>
      encodeEvent({ type: "issue.review", issueId: long }),
    ).toThrow();
    const widest = encodeEvent({
      type: "article.saved",
      articleId: "x".repeat(64),
      issueId: "x".repeat(64),
      version: Number.MAX_SAFE_INTEGER,
    });
    expect(Buffer.byteLength(widest)).toBeLessThan(MAX_PAYLOAD_BYTES);
  });

  it("decodes anything else to null rather than throwing", () => {
    expect(decodeEvent("not json")).toBeNull();
    expect(decodeEvent('{"type":"article.text","text":"正文"}')).toBeNull();
    expect(decodeEvent('{"type":"issue.layout","issueId":"i1"}')).toBeNull();
  });

  it("names the issue an event concerns", () => {
    expect(EVENTS.map(issueOfEvent)).toEqual([
      "i1",
      "i1",
      "i1",
      "i1",
      "i1",
      null,
    ]);
  });
});

describe("the in-process fanout", () => {
  it("hands each message to every listener, in order, until it unsubscribes", () => {
    const fanout = createFanout();
    const a: BusMessage[] = [];
    const b: BusMessage[] = [];
    const stopA = fanout.subscribe((m) => a.push(m));
    fanout.subscribe((m) => b.push(m));
    fanout.emit(EVENTS[0]!);
    stopA();
    stopA(); // twice is harmless
    fanout.emit(EVENTS[1]!);
    expect(a).toEqual([EVENTS[0]]);
    expect(b).toEqual([EVENTS[0], EVENTS[1]]);
    expect(fanout.count()).toBe(1);
  });

  it("counts the same function subscribed twice as two subscriptions", () => {
    const fanout = createFanout();
    const got: BusMessage[] = [];
    const listener = (m: BusMessage) => got.push(m);
    const stop = fanout.subscribe(listener);
    fanout.subscribe(listener);
    stop();
    fanout.emit(EVENTS[2]!);
    expect(got).toEqual([EVENTS[2]]);
  });

  it("keeps delivering to the others when a listener throws, and logs it", () => {
    const logged: string[] = [];
    const fanout = createFanout((line) => logged.push(line));
    const got: BusMessage[] = [];
    fanout.subscribe(() => {
      throw new Error("boom");
    });
    fanout.subscribe((m) => got.push(m));
    fanout.emit({ type: "resync" });
    expect(got).toEqual([{ type: "resync" }]);
    expect(logged).toEqual(["[events] a listener failed: boom"]);
  });
});

describe("which messages an issue's stream passes on", () => {
  it("sends the issue's own events and resync, skips others, and closes on the user's sessions ending", () => {
    const routes = [
      ...EVENTS,
      { type: "issue.layout", issueId: "i2", layoutVersion: 1 } as const,
      { type: "user.sessions-ended", userId: "u2" } as const,
      { type: "resync" } as const,
    ].map((m) => routeMessage(m, "i1", "u1"));
    expect(routes).toEqual([
      "send",
      "send",
      "send",
      "send",
      "send",
      "close",
      "skip",
      "skip",
      "send",
    ]);
  });
});
