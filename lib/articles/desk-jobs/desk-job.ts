// The desk's heavier computations in the browser, as plain messages so they
// can run in a Web Worker (components/articles/desk-jobs.worker.ts) and,
// where no worker is available, on the main thread with identical results:
// OCR word confidences located in the body (the heat colours), and the
// diff against the OCR text split into repairs and editorial changes.
// Client-safe and pure.
import type { OcrWord } from "@/lib/ocr/types";

import {
  type ReplayableRepair,
  type SplitDiff,
  splitDiff,
} from "../diff/repair-diff";
import {
  locateWordConfidences,
  type WordConfidence,
} from "../suggestions/find-low-confidence";
import type { ArticleDoc } from "../tiptap-schema";

export type DeskJob =
  | { type: "heat"; body: ArticleDoc; words: readonly OcrWord[] }
  | {
      type: "split";
      original: string;
      current: string;
      repairs: readonly ReplayableRepair[];
    };

export type DeskJobResult<J extends DeskJob> = J extends { type: "heat" }
  ? WordConfidence[]
  : SplitDiff;

/** Runs one job (the same function the worker runs). */
export function runDeskJob<J extends DeskJob>(job: J): DeskJobResult<J> {
  if (job.type === "heat")
    return locateWordConfidences(job.body, job.words) as DeskJobResult<J>;
  return splitDiff(job.original, job.current, job.repairs) as DeskJobResult<J>;
}

/** A request to the worker: `id` pairs the answer with its question. */
export interface DeskJobRequest {
  id: number;
  job: DeskJob;
}

/** The worker's answer: the result, or a message when the job threw. */
export type DeskJobResponse =
  { id: number; result: unknown } | { id: number; error: string };

/** What the worker does with one message (exported so it is unit-tested without a worker). */
export function answerDeskJob(request: DeskJobRequest): DeskJobResponse {
  try {
    return { id: request.id, result: runDeskJob(request.job) };
  } catch (e) {
    return {
      id: request.id,
      error: e instanceof Error ? e.message : String(e),
    };
  }
}
