// One browser's live view of an issue as Server-Sent Events: the events of
// that issue and of its articles, a comment every 15 s so that proxies keep
// the connection, and `resync` when the bus may have missed some. The
// stream ends when the browser goes away, and when the user's sessions end.
import type { EventBus } from "./event-bus";
import { type BusMessage, issueOfEvent } from "./folio-event";

/** Comment lines keep idle proxies from closing the stream. */
export const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting (the SSE `retry:` field), ms. */
export const RETRY_MS = 3_000;
/** Open streams one user may have on one app server; more are refused (429). */
export const MAX_STREAMS_PER_USER = 12;

const openByUser = new Map<string, number>();

/** Streams open now for `userId` on this server. */
export function openStreamCount(userId: string): number {
  return openByUser.get(userId) ?? 0;
}

export interface IssueStreamInput {
  bus: EventBus;
  issueId: string;
  userId: string;
  /** The request's signal: aborted when the browser goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

/** Whether the stream of `issueId` for `userId` passes this message on; "close" ends it. */
export function routeMessage(
  message: BusMessage,
  issueId: string,
  userId: string,
): "send" | "skip" | "close" {
  if (message.type === "resync") return "send";
  if (message.type === "user.sessions-ended")
    return message.userId === userId ? "close" : "skip";
  return issueOfEvent(message) === issueId ? "send" : "skip";
}

/**
 * The text/event-stream Response of one issue for one user, or null when
 * the user has MAX_STREAMS_PER_USER open on this server already. Each event
 * is one `data:` line of the event's JSON; `resync` too.
 */
export function openIssueStream(input: IssueStreamInput): Response | null {
  const { bus, issueId, userId, signal } = input;
  if (openStreamCount(userId) >= MAX_STREAMS_PER_USER) return null;
  openByUser.set(userId, openStreamCount(userId) + 1);
  const encoder = new TextEncoder();
  let stop: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      const write = (text: string) => {
        if (!done) controller.enqueue(encoder.encode(text));
      };
      const unsubscribe = bus.subscribe((message) => {
        const route = routeMessage(message, issueId, userId);
        if (route === "send") write(`data: ${JSON.stringify(message)}\n\n`);
        if (route === "close") {
          write(`event: ended\ndata: {}\n\n`);
          stop();
          controller.close();
        }
      });
      const heartbeat = setInterval(
        () => write(`: ping\n\n`),
        input.heartbeatMs ?? HEARTBEAT_MS,
      );
      stop = () => {
        if (done) return;
        done = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", onAbort);
        const left = openStreamCount(userId) - 1;
        if (left > 0) openByUser.set(userId, left);
        else openByUser.delete(userId);
      };
      const onAbort = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Closed by the reader's cancel already.
        }
      };
      signal.addEventListener("abort", onAbort);
      if (signal.aborted) onAbort();
      write(`retry: ${RETRY_MS}\n: connected\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    },
  });
}
