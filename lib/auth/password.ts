// Password hashing with bcrypt (pure JS: no native build step on install),
// in a worker thread (lib/workers/pool.ts): a hash takes about a quarter of a
// second of CPU that would otherwise stall every request on the server.
import { runTask } from "@/lib/workers/pool";

/** A bcrypt hash (cost 11) of `password`, computed off the event loop. */
export function hashPassword(password: string): Promise<string> {
  return runTask("password", "hashPassword", password);
}

/** Whether `password` matches the bcrypt `hash`, computed off the event loop. */
export function verifyPassword(
  password: string,
  hash: string,
): Promise<boolean> {
  return runTask("password", "verifyPassword", { password, hash });
}

/** A readable random password for a first admin account (no 0/O, 1/l). */
export function randomPassword(length = 16): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
