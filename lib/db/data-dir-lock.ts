// One process owns an embedded PGlite directory: two writers silently lose
// rows. The owner holds <dataDir>/folio.lock with its pid; others are refused.
import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Folio process (pid ${ownerPid}). ` +
        `Stop it first (or run this command through the running server), or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Set<string>();

/** Takes the lock for this process, or throws DataDirLockedError. Idempotent. */
export function lockDataDir(dataDir: string): void {
  const lockPath = path.join(dataDir, "folio.lock");
  if (held.has(lockPath)) return;
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      held.add(lockPath);
      process.once("exit", () => releaseDataDir(dataDir));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (owner === process.pid) {
        held.add(lockPath);
        return;
      }
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // The owner died without cleaning up: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export function releaseDataDir(dataDir: string): void {
  const lockPath = path.join(dataDir, "folio.lock");
  if (!held.delete(lockPath)) return;
  try {
    if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.rmSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}
