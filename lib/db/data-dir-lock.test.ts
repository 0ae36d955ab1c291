import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  DataDirLockedError,
  lockDataDir,
  releaseDataDir,
} from "./data-dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "folio-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) {
    releaseDataDir(d);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe("lockDataDir", () => {
  it("writes this process's pid and removes it on release", () => {
    const dir = tempDir();
    lockDataDir(dir);
    // On Linux the stamp carries the process start time, to recognise a reused pid.
    const stamp =
      process.platform === "linux"
        ? `^${process.pid} \\d+$`
        : `^${process.pid}$`;
    expect(fs.readFileSync(path.join(dir, "folio.lock"), "utf8")).toMatch(
      new RegExp(stamp),
    );
    lockDataDir(dir); // idempotent within one process
    releaseDataDir(dir);
    expect(fs.existsSync(path.join(dir, "folio.lock"))).toBe(false);
  });

  it("refuses a directory held by another live process, naming it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "folio.lock"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${process.ppid}`));
  });

  it("takes over a lock left by a process that died", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "folio.lock"), "999999999");
    lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "folio.lock"), "utf8")).toMatch(
      new RegExp(`^${process.pid} `),
    );
  });

  it.runIf(process.platform === "linux")(
    "takes over a lock whose pid now belongs to another, newer process",
    () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, "folio.lock"), `${process.ppid} 1`);
      lockDataDir(dir);
      expect(fs.readFileSync(path.join(dir, "folio.lock"), "utf8")).toMatch(
        new RegExp(`^${process.pid} `),
      );
    },
  );
});
