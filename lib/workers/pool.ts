// Worker-thread pools (piscina) for CPU-heavy work, so that the event loop
// keeps answering while an import is segmented or a password hashed. Two
// pools, so sign-ins never queue behind an import: "ocr" (one thread, a
// bounded queue, a memory cap) and "password" (one thread).
//
// The worker entry is a plain JavaScript file on disk (lib/workers/entry.mjs)
// that loads the TypeScript task module through tsx, so the same code runs
// under `next start` (bundled server code), tsx (CLI, bench) and Vitest.
// Where that file is missing (a build copied without its sources), tasks run
// in-process, with one line in the log.
import fs from "node:fs";
import path from "node:path";

import Piscina from "piscina";

import { ConflictError } from "@/lib/errors";
import { ImportError } from "@/lib/ocr/import-error";

import type * as OcrTasks from "./ocr-tasks";
import type * as PasswordTasks from "./password-tasks";
import { type Settled, unwrap } from "./settled";

interface PoolSpec {
  tasks: string;
  load: () => Promise<Record<string, unknown>>;
  maxThreads: number;
  /** Tasks waiting for a thread; more are refused at once (ConflictError), not queued without end. */
  maxQueue: number;
  /** Heap of one worker thread: an upload that needs more is refused, the process stays up. */
  maxHeapMb?: number;
}

const SPECS = {
  ocr: {
    tasks: "lib/workers/ocr-tasks.ts",
    load: () => import("./ocr-tasks"),
    maxThreads: 1,
    maxQueue: 4,
    maxHeapMb: 1536,
  },
  password: {
    tasks: "lib/workers/password-tasks.ts",
    load: () => import("./password-tasks"),
    maxThreads: 1,
    maxQueue: 256,
  },
} satisfies Record<string, PoolSpec>;

type PoolName = keyof typeof SPECS;
type TaskModules = { ocr: typeof OcrTasks; password: typeof PasswordTasks };
type TaskName<P extends PoolName> = {
  [K in keyof TaskModules[P]]: TaskModules[P][K] extends (
    input: never,
  ) => Promise<Settled<unknown>>
    ? K
    : never;
}[keyof TaskModules[P]];
type TaskFn<
  P extends PoolName,
  K extends TaskName<P>,
> = TaskModules[P][K] extends (input: infer I) => Promise<Settled<infer O>>
  ? (input: I) => O
  : never;

/** Worker threads idle this long exit (their memory goes back); the next task starts one again. */
const IDLE_TIMEOUT_MS = 60_000;

const globalPools = globalThis as unknown as {
  folioPools?: Map<PoolName, Piscina | null>;
};
const pools = (globalPools.folioPools ??= new Map());

function projectRoot(): string {
  return process.cwd();
}

function pool(name: PoolName): Piscina | null {
  if (pools.has(name)) return pools.get(name)!;
  const spec: PoolSpec = SPECS[name];
  const entry = path.join(
    /*turbopackIgnore: true*/ projectRoot(),
    "lib/workers/entry.mjs",
  );
  const tasks = path.join(/*turbopackIgnore: true*/ projectRoot(), spec.tasks);
  let created: Piscina | null = null;
  if (fs.existsSync(entry) && fs.existsSync(tasks)) {
    created = new Piscina({
      filename: entry,
      workerData: { tasks },
      minThreads: 0,
      maxThreads: spec.maxThreads,
      maxQueue: spec.maxQueue,
      idleTimeout: IDLE_TIMEOUT_MS,
      ...(spec.maxHeapMb
        ? { resourceLimits: { maxOldGenerationSizeMb: spec.maxHeapMb } }
        : {}),
    });
  } else {
    console.warn(
      `[workers] ${entry} not found: running ${name} tasks in-process`,
    );
  }
  pools.set(name, created);
  return created;
}

/**
 * Runs the task `task` of pool `name` (a function of lib/workers/<pool>-tasks.ts)
 * in a worker thread and returns its value, rethrowing its user-facing
 * errors with their class (ImportError, ValidationError, ConflictError).
 * Throws ConflictError when the pool's queue is full, ImportError
 * ("too-large") when the task ran out of its thread's memory, and the
 * AbortError of `signal` when the caller gave up (a closed connection).
 */
export async function runTask<P extends PoolName, K extends TaskName<P>>(
  name: P,
  task: K,
  input: Parameters<TaskFn<P, K>>[0],
  signal?: AbortSignal,
): Promise<ReturnType<TaskFn<P, K>>> {
  const workers = pool(name);
  if (!workers) {
    const tasks = (await SPECS[name].load()) as Record<string, unknown>;
    const fn = tasks[task as string] as (
      input: unknown,
    ) => Promise<Settled<ReturnType<TaskFn<P, K>>>>;
    return unwrap(await fn(input));
  }
  let result: Settled<ReturnType<TaskFn<P, K>>>;
  try {
    result = (await workers.run(
      { task, input },
      { signal: signal ?? null },
    )) as Settled<ReturnType<TaskFn<P, K>>>;
  } catch (error) {
    throw translate(error);
  }
  return unwrap(result);
}

function translate(error: unknown): unknown {
  const message = (error as Error).message ?? "";
  const code = (error as { code?: unknown }).code;
  if (message === "Task queue is at limit") {
    return new ConflictError(
      "The server is busy with other imports; nothing was stored. Try again in a minute.",
      "服务器正在处理其他导入，本次未做任何改动，请一分钟后重试。",
    );
  }
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new ImportError(
      "too-large",
      null,
      "Reading this upload needs more memory than one import may use; import the issue in parts",
      "读取本次上传所需的内存超过单次导入的上限，请分批导入",
    );
  }
  return error;
}

/** Stops the pools' threads (tests, bench); the next task starts them again. */
export async function closePools(): Promise<void> {
  const open = [...pools.values()].filter((p): p is Piscina => p !== null);
  pools.clear();
  await Promise.all(open.map((p) => p.destroy()));
}
