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

/** A process's start time (Linux /proc), to tell a live owner from a reused pid; null elsewhere. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime) comes after the parenthesised command name, which may contain spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function ownerStamp(pid: number): string {
  const start = startTimeOf(pid);
  return start ? `${pid} ${start}` : String(pid);
}

/** Whether the lock file's owner is still the process that wrote it. */
function ownerIsAlive(stamp: string): number | null {
  const [pidText, start] = stamp.trim().split(" ");
  const pid = Number.parseInt(pidText ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  if (start && startTimeOf(pid) !== null && startTimeOf(pid) !== start)
    return null;
  return pid;
}

/** Whether a process with this pid exists (one owned by another user counts). */
export function isAlive(pid: number): boolean {
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
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockPath, ownerStamp(process.pid), { flag: "wx" });
      held.add(lockPath);
      process.once("exit", () => releaseDataDir(dataDir));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let stamp: string;
    try {
      stamp = fs.readFileSync(lockPath, "utf8");
    } catch {
      continue; // released meanwhile: try again
    }
    const owner = ownerIsAlive(stamp);
    if (owner === process.pid) {
      held.add(lockPath);
      return;
    }
    if (owner !== null) throw new DataDirLockedError(dataDir, owner);
    // The owner died without cleaning up. Take the stale lock away under a
    // mutex, and only if it is still the one we read: another starter may
    // have replaced it with a live lock meanwhile.
    takeOverStale(lockPath, stamp);
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function takeOverStale(lockPath: string, staleStamp: string): void {
  const mutex = `${lockPath}.takeover`;
  try {
    fs.mkdirSync(mutex);
  } catch {
    // Someone else is taking over; a mutex left by a crash expires.
    if (
      Date.now() -
        (fs.statSync(mutex, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) >
      10_000
    ) {
      fs.rmSync(mutex, { recursive: true, force: true });
    }
    return;
  }
  try {
    if (fs.readFileSync(lockPath, "utf8") === staleStamp) fs.rmSync(lockPath);
  } catch {
    // Already gone.
  } finally {
    fs.rmSync(mutex, { recursive: true, force: true });
  }
}

export function releaseDataDir(dataDir: string): void {
  const lockPath = path.join(dataDir, "folio.lock");
  if (!held.delete(lockPath)) return;
  try {
    if (fs.readFileSync(lockPath, "utf8") === ownerStamp(process.pid))
      fs.rmSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}
