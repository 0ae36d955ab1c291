// Runs scheduled publishes on the embedded database, where graphile-worker
// cannot connect (PGlite speaks no wire protocol) and one process owns the
// data anyway. The SCHEDULED issues are the queue: at start-up every one
// that fell due while the server was down is published, and one timer
// waits for the next; a schedule or cancel in this process re-arms it.
import "server-only";

import type { Db } from "@/lib/db/client";
import { publishScheduledIssue } from "@/lib/publishing/publish-scheduled-issue";

import type { JobRunner } from "./job-runner";

export interface InProcessRunnerOptions {
  log?: (line: string) => void;
  /** The longest one timer waits before looking again, ms (default 1 h; setTimeout caps at ~24.8 days). */
  maxWaitMs?: number;
  /** After a failure (the database busy), look again this much later, ms (default 60 s). */
  retryMs?: number;
}

export interface InProcessRunner extends JobRunner {
  /** Settles once the start-up pass (issues already due) is done. */
  ready: Promise<void>;
}

/**
 * Starts the in-process runner on `prisma` and runs its start-up pass at
 * once. Passes never overlap: rearm() queues one behind any in flight.
 */
export function startInProcessRunner(
  prisma: Db,
  options: InProcessRunnerOptions = {},
): InProcessRunner {
  const log = options.log ?? console.log;
  const maxWait = options.maxWaitMs ?? 3_600_000;
  const retry = options.retryMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const arm = (ms: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(
      () => void enqueue(),
      Math.min(Math.max(ms, 0), maxWait),
    );
    timer.unref();
  };

  /** Publishes what is due, then arms the timer for the next schedule. */
  const pass = async () => {
    if (stopped) return;
    clearTimeout(timer);
    let failed = false;
    try {
      const due = await prisma.issue.findMany({
        where: { status: "SCHEDULED", scheduledAt: { lte: new Date() } },
        orderBy: { scheduledAt: "asc" },
        select: { id: true, scheduledAt: true },
      });
      for (const issue of due) {
        if (stopped) return;
        try {
          await publishScheduledIssue(
            prisma,
            { issueId: issue.id, at: issue.scheduledAt!.toISOString() },
            log,
          );
        } catch (error) {
          failed = true;
          log(
            `[jobs] publishing scheduled issue ${issue.id} failed, retrying in ${retry / 1000} s: ${String(error)}`,
          );
        }
      }
      const next = await prisma.issue.findFirst({
        where: { status: "SCHEDULED", scheduledAt: { gt: new Date() } },
        orderBy: { scheduledAt: "asc" },
        select: { scheduledAt: true },
      });
      const waits = [
        ...(failed ? [retry] : []),
        ...(next ? [next.scheduledAt!.getTime() - Date.now()] : []),
      ];
      if (waits.length) arm(Math.min(...waits));
    } catch (error) {
      if (stopped) return;
      log(
        `[jobs] looking for scheduled issues failed, retrying in ${retry / 1000} s: ${String(error)}`,
      );
      arm(retry);
    }
  };

  function enqueue(): Promise<void> {
    queue = queue.then(pass);
    return queue;
  }

  const ready = enqueue();
  return {
    kind: "in-process",
    ready,
    rearm: () => void enqueue(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await queue;
    },
  };
}
