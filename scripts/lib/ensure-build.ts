// Builds the Next.js app when there is no build, or when the sources changed
// since the last one (a hash of the files that go into it).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { bin, run } from "./run";

const INPUTS = ["app", "components", "lib", "messages", "public"];
const FILES = [
  "next.config.ts",
  "instrumentation.ts",
  "package-lock.json",
  "prisma/schema.prisma",
  "tsconfig.json",
];
const STAMP = ".next/folio-source-hash";

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const d of INPUTS) walk(d, files);
  files.push(...FILES.filter((f) => fs.existsSync(f)));
  const hash = createHash("sha256");
  for (const f of files.sort())
    hash.update(f).update("\0").update(fs.readFileSync(f)).update("\0");
  return hash.digest("hex");
}

export async function ensureBuild(
  options: { force?: boolean } = {},
): Promise<void> {
  const hash = sourceHash();
  const current =
    fs.existsSync(".next/BUILD_ID") &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === hash;
  if (current && !options.force) return;
  console.log("Folio: building the app (first start or changed sources)…");
  const code = await run(bin("next"), ["build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (code !== 0) throw new Error("next build failed");
  fs.writeFileSync(STAMP, hash);
}
