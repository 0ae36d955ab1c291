// `npm run test:e2e:load [-- RUNS]`: the whole e2e suite RUNS times in a row
// (default 6) on the embedded database while two busy processes keep both
// cores loaded, the way the suite once turned out flaky. Prints one line per
// run and exits non-zero if any run failed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { ensureBuild } from "./lib/ensure-build";
import { ensurePrismaClient } from "./lib/ensure-prisma-client";
import { bin, run } from "./lib/run";

async function main() {
  const runs = Number(process.argv[2] ?? 6);
  await ensurePrismaClient();
  await ensureBuild();
  const burners = Array.from({ length: os.availableParallelism() }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
  );
  const results: string[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-e2e-load-"));
      const started = Date.now();
      const code = await run(bin("playwright"), ["test", "--reporter=dot"], {
        env: {
          ...process.env,
          FOLIO_E2E_DATA_DIR: dataDir,
          FOLIO_E2E_PORT: "3102",
        },
      });
      fs.rmSync(dataDir, { recursive: true, force: true });
      results.push(
        `run ${i}/${runs}: ${code === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`,
      );
      console.log(results.at(-1));
    }
  } finally {
    for (const b of burners) b.kill();
  }
  console.log(
    `\n${results.join("\n")}\nunder load from ${burners.length} busy processes on ${os.availableParallelism()} cores`,
  );
  process.exit(results.some((r) => r.includes("FAILED")) ? 1 : 0);
}

void main();
