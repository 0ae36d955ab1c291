// End-to-end tests drive Debian's Chromium (Playwright's own browser
// download cannot reach its host). Install it when missing.
import fs from "node:fs";

import { run } from "./run";

export const CHROMIUM = "/usr/bin/chromium";

export async function ensureChromium(): Promise<void> {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing: install Debian's package first (sudo apt-get install -y chromium).`,
    );
  }
  console.log("Folio: installing Debian's chromium for end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["update", "-qq"], { env })) !== 0)
    throw new Error("apt-get update failed");
  if (
    (await run("apt-get", ["install", "-y", "-qq", "chromium"], { env })) !== 0
  ) {
    throw new Error("apt-get install chromium failed");
  }
}
