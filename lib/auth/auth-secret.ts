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
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(e.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
