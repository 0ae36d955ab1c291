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
  const existing = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8").trim()
    : "";
  if (existing) return existing;
  fs.mkdirSync(e.dataDir, { recursive: true });
  // Written aside and renamed into place: a crash never leaves an empty secret,
  // and of two processes starting at once the later rename wins for both reads.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, randomBytes(32).toString("base64url"), {
    mode: 0o600,
  });
  fs.renameSync(temp, file);
  return fs.readFileSync(file, "utf8").trim();
}
