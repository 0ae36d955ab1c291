"use client";

// Keeps an open board current while others work. It follows the issue's
// live events (components/live): an `issue.layout` naming a newer version
// reloads the board, any other change of the issue (a save on the desk, an
// import, a status) checks the board's small version stamp and reloads when
// it changed. While the stream is down it polls that stamp every two
// seconds instead. Nothing reloads while the tab is hidden, a drag is in
// hand or a change is being saved; what arrived meanwhile is looked at after.
import { useCallback, useEffect, useRef } from "react";

import { callApi } from "@/components/http/call-api";
import { useIssueEvents } from "@/components/live/use-issue-events";

const POLL_MS = 2_000;

/** A layout version to reload to, or "check": compare the stamp. */
type Want = number | "check";

/** Returns whether the live stream is open (the poll is off then). */
export function useBoardSync(
  issueId: string,
  stamp: string,
  layoutVersion: number,
  paused: boolean,
  reload: () => Promise<void>,
): boolean {
  const latest = useRef({ stamp, layoutVersion, paused, reload });
  useEffect(() => {
    latest.current = { stamp, layoutVersion, paused, reload };
  });
  // What arrived while paused, hidden or loading: a layout version to reach outranks a stamp check.
  const pending = useRef<Want | null>(null);
  const inFlight = useRef(false);
  const sync = useCallback(
    (first: Want) => {
      const defer = (want: Want) => {
        const was = pending.current;
        pending.current =
          typeof want === "number"
            ? Math.max(want, typeof was === "number" ? was : 0)
            : (was ?? want);
      };
      const run = async (want: Want): Promise<void> => {
        const now = latest.current;
        // The board shows that version already (its own move, reloaded after sending).
        if (typeof want === "number" && want <= now.layoutVersion) return;
        if (
          now.paused ||
          document.visibilityState === "hidden" ||
          inFlight.current
        ) {
          defer(want);
          return;
        }
        inFlight.current = true;
        try {
          if (typeof want === "number") {
            await now.reload();
            return;
          }
          const res = await callApi<{ stamp: string }>(
            "GET",
            `/api/issues/${issueId}/layout/version`,
          );
          if (!res.ok) return;
          if (res.data.stamp !== latest.current.stamp && !latest.current.paused)
            await latest.current.reload();
        } catch {
          // Offline for a moment: the next event or tick tries again.
        } finally {
          inFlight.current = false;
          const next = pending.current;
          pending.current = null;
          if (next !== null) void run(next);
        }
      };
      return run(first);
    },
    [issueId],
  );

  const connected = useIssueEvents(issueId, {
    onMessage(message) {
      if (message.type === "article.presence") return;
      if (
        message.type === "issue.layout" &&
        message.layoutVersion > latest.current.layoutVersion
      )
        void sync(message.layoutVersion);
      else void sync("check");
    },
    // Whatever changed before the stream (re)opened.
    onOpen: () => void sync("check"),
  });
  const live = useRef(connected);
  useEffect(() => {
    live.current = connected;
  }, [connected]);

  // Looks at what arrived while paused or hidden, once it no longer is.
  useEffect(() => {
    const resume = () => {
      const next = pending.current;
      if (next === null || latest.current.paused) return;
      if (document.visibilityState === "hidden") return;
      pending.current = null;
      void sync(next);
    };
    if (!paused) resume();
    document.addEventListener("visibilitychange", resume);
    return () => document.removeEventListener("visibilitychange", resume);
  }, [paused, sync]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (!live.current && !inFlight.current) void sync("check");
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [sync]);
  return connected;
}
