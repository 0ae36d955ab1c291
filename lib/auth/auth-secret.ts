import "server-only";

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { env } from "@/lib/env";

/**
 * NEXTAUTH_SECRET if set; otherwise a secret generated once and kept in the
 * data directory, so sessions survive restarts without any setup.
 */
export function authSecret(): string {
  const e = env();
  if (e.authSecret) return e.authSecret;
  const file = path.join(e.dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(e.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}
