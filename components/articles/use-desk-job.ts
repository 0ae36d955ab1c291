"use client";

// Runs a desk job (lib/articles/desk-jobs) in one shared Web Worker and
// returns its latest result; without a worker (none in this browser, or it
// failed to start or errored) the same function runs on the main thread.
import { useEffect, useState } from "react";

import {
  type DeskJob,
  type DeskJobResponse,
  type DeskJobResult,
  runDeskJob,
} from "@/lib/articles/desk-jobs/desk-job";

type Waiting = { resolve: (r: unknown) => void; reject: (e: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** The shared worker, started on first use; null when this browser cannot run it. */
function deskWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === "undefined"
        ? null
        : new Worker(new URL("./desk-jobs.worker.ts", import.meta.url));
  } catch (e) {
    console.warn("desk worker unavailable, computing on the main thread", e);
    worker = null;
  }
  if (worker) {
    worker.addEventListener(
      "message",
      (event: MessageEvent<DeskJobResponse>) => {
        const w = waiting.get(event.data.id);
        if (!w) return;
        waiting.delete(event.data.id);
        if ("error" in event.data) w.reject(new Error(event.data.error));
        else w.resolve(event.data.result);
      },
    );
    worker.addEventListener("error", (event) => {
      // A worker that cannot load: everyone waiting falls back, and so does every later job.
      console.warn(
        "desk worker failed, computing on the main thread",
        event.message,
      );
      worker?.terminate();
      worker = null;
      for (const w of waiting.values()) w.reject(new Error("worker failed"));
      waiting.clear();
    });
  }
  return worker;
}

/** Where the last result was computed: shown as data-computed-by for tests and diagnostics. */
export type ComputedBy = "worker" | "main";

function runInWorker<J extends DeskJob>(
  job: J,
): Promise<{ result: DeskJobResult<J>; by: ComputedBy }> {
  const w = deskWorker();
  if (!w) return Promise.resolve({ result: runDeskJob(job), by: "main" });
  const id = nextId++;
  return new Promise<unknown>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, job });
  }).then(
    (result) => ({ result: result as DeskJobResult<J>, by: "worker" as const }),
    () => ({ result: runDeskJob(job), by: "main" as const }),
  );
}

/**
 * The result of `job` (null until the first one arrives), recomputed when
 * `job` changes identity (memoise it). A newer job's answer replaces an
 * older one's; answers arriving out of order are dropped.
 */
export function useDeskJob<J extends DeskJob>(
  job: J | null,
): { result: DeskJobResult<J> | null; by: ComputedBy | null } {
  const [state, setState] = useState<{
    result: DeskJobResult<J> | null;
    by: ComputedBy | null;
  }>({ result: null, by: null });
  useEffect(() => {
    if (!job) return;
    let live = true;
    void runInWorker(job).then((answer) => {
      if (live) setState(answer);
    });
    return () => {
      live = false;
    };
  }, [job]);
  return job ? state : { result: null, by: null };
}
