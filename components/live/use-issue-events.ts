"use client";

// Follows an issue's live events (GET /api/issues/:id/events, Server-Sent
// Events). The browser reconnects by itself after a dropped connection (the
// stream's `retry:`); a stream the server refused or closed is opened again
// with backoff — except once the user's sessions ended. While it is down,
// `connected` is false and callers fall back to polling.
import { useEffect, useRef, useState } from "react";

import type { BusMessage } from "@/lib/events/folio-event";

const REOPEN_MIN_MS = 2_000;
const REOPEN_MAX_MS = 30_000;

export interface IssueEventHandlers {
  /** Each event of the issue (and its articles), and `resync` when some may have been missed. */
  onMessage(message: BusMessage): void;
  /** The stream is open: `first` for the first time, else after it was down (events may have been missed). */
  onOpen?(first: boolean): void;
}

/** Subscribes while mounted; returns whether the stream is open now. */
export function useIssueEvents(
  issueId: string,
  handlers: IssueEventHandlers,
): boolean {
  const [connected, setConnected] = useState(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let opened = false;
    let delay = REOPEN_MIN_MS;
    const open = () => {
      const current = new EventSource(`/api/issues/${issueId}/events`);
      source = current;
      current.onopen = () => {
        delay = REOPEN_MIN_MS;
        setConnected(true);
        latest.current.onOpen?.(!opened);
        opened = true;
      };
      current.onmessage = (e: MessageEvent<string>) => {
        try {
          latest.current.onMessage(JSON.parse(e.data) as BusMessage);
        } catch {
          // Not JSON: a newer server's line this page does not know.
        }
      };
      // The user's sessions ended: signed out, nothing to reconnect to.
      current.addEventListener("ended", () => {
        stopped = true;
        current.close();
        setConnected(false);
      });
      current.onerror = () => {
        setConnected(false);
        // CONNECTING: the browser retries itself. CLOSED: refused (an error status); try again later.
        if (current.readyState !== EventSource.CLOSED || stopped) return;
        timer = setTimeout(() => {
          if (!stopped) open();
        }, delay);
        delay = Math.min(delay * 2, REOPEN_MAX_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [issueId]);
  return connected;
}
