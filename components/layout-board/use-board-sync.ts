"use client";

// Keeps an open board current while others work: polls the issue's small
// version stamp every two seconds (not while the tab is hidden, a drag is in
// hand or a change is being saved) and reloads the board when it changed.
import { useEffect, useRef } from "react";

import { callApi } from "@/components/http/call-api";

const POLL_MS = 2_000;

export function useBoardSync(
  issueId: string,
  stamp: string,
  paused: boolean,
  reload: () => Promise<void>,
): void {
  const latest = useRef({ stamp, paused, reload });
  useEffect(() => {
    latest.current = { stamp, paused, reload };
  });
  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    const tick = async () => {
      if (
        stopped ||
        inFlight ||
        latest.current.paused ||
        document.visibilityState === "hidden"
      )
        return;
      inFlight = true;
      try {
        const res = await callApi<{ stamp: string }>(
          "GET",
          `/api/issues/${issueId}/layout/version`,
        );
        if (!res.ok) return;
        const now = res.data.stamp;
        if (now !== latest.current.stamp && !latest.current.paused)
          await latest.current.reload();
      } catch {
        // Offline for a moment: the next tick tries again.
      } finally {
        inFlight = false;
      }
    };
    const timer = setInterval(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [issueId]);
}
