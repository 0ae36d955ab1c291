// The entry file of Folio's worker threads (lib/workers/pool.ts). Plain
// JavaScript on purpose: it is loaded from disk both under `next start`
// (whose server code is bundled) and under tsx (CLI, bench) and Vitest. It
// lets tsx load the TypeScript task module named in workerData, and runs
// one of its tasks per message: { task: "readUpload", input }.
import { createRequire } from "node:module";
import { workerData } from "node:worker_threads";

const require = createRequire(import.meta.url);
const tasks = require("tsx/cjs/api").require(workerData.tasks, import.meta.url);

export default function run({ task, input }) {
  return tasks[task](input);
}
