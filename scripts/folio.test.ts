// The folio command line as a user runs it: output streams and exit codes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function folio(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/folio.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, FOLIO_DATA_DIR: path.join(tmp, "data"), DATABASE_URL: "", ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("folio segment", () => {
  it("prints the golden JSON for the seed page and nothing else", () => {
    const { code, stdout, stderr } = folio(["segment", "fixtures/pages/pinghu-2024-01-p1.md", "--page", "1"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(fs.readFileSync("fixtures/golden/pinghu-2024-01-p1.json", "utf8")));
  });

  it("fails with one clear line on stderr for a binary file", () => {
    const file = path.join(tmp, "scan.md");
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const { code, stdout, stderr } = folio(["segment", file, "--page", "1"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("scan.md");
  });

  it("rejects a bad page number and unknown options", () => {
    expect(folio(["segment", "fixtures/pages/pinghu-2024-01-p1.md", "--page", "x"]).stderr).toMatch(/--page must be a page number/);
    expect(folio(["segment", "x.md", "--bogus"]).code).toBe(2);
  });
});

describe("folio import", () => {
  it("refuses while another process holds the embedded database", () => {
    const dataDir = path.join(tmp, "held");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "folio.lock"), String(process.pid));
    const { code, stderr } = folio(["import", "fixtures/pages/pinghu-2024-01-p1.md", "--date", "2024-01-03"], {
      FOLIO_DATA_DIR: dataDir,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`in use by another Folio process \\(pid ${process.pid}\\)`));
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });

  it("rejects an invalid date before touching the database", () => {
    const { code, stderr } = folio(["import", "fixtures/pages/pinghu-2024-01-p1.md", "--date", "2024-13-45"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid issue date/);
  });

  it("explains an unknown PostgreSQL host in one line", () => {
    const { code, stderr } = folio(["import", "fixtures/pages/pinghu-2024-01-p1.md", "--date", "2024-01-03", "--page", "1"], {
      DATABASE_URL: "postgresql://folio@no-such-host.invalid:5432/folio",
    });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      "folio: Cannot reach PostgreSQL at no-such-host.invalid:5432/folio (DATABASE_URL): host not found.",
    );
  });
});
