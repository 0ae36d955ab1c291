// The folio command line as a user runs it: output streams and exit codes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function folio(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/folio.ts", ...args],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        FOLIO_DATA_DIR: path.join(tmp, "data"),
        DATABASE_URL: "",
        ...env,
      },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("folio segment", () => {
  it("prints the golden JSON for the seed page and nothing else", () => {
    const { code, stdout, stderr } = folio([
      "segment",
      "fixtures/pages/pinghu-2024-01-p1.md",
      "--page",
      "1",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(
        fs.readFileSync("fixtures/golden/pinghu-2024-01-p1.json", "utf8"),
      ),
    );
  });

  it("fails with one clear line on stderr for a binary file", () => {
    const file = path.join(tmp, "scan.md");
    fs.writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    );
    const { code, stdout, stderr } = folio(["segment", file, "--page", "1"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("scan.md");
  });

  it("rejects a bad page number and unknown options", () => {
    expect(
      folio(["segment", "fixtures/pages/pinghu-2024-01-p1.md", "--page", "x"])
        .stderr,
    ).toMatch(/--page must be a page number/);
    expect(folio(["segment", "x.md", "--bogus"]).code).toBe(2);
  });
});

describe("folio import", () => {
  it("refuses while another process holds the embedded database", () => {
    const dataDir = path.join(tmp, "held");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "folio.lock"), String(process.pid));
    const { code, stderr } = folio(
      ["import", "fixtures/pages/pinghu-2024-01-p1.md", "--date", "2024-01-03"],
      {
        FOLIO_DATA_DIR: dataDir,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`in use by another Folio process \\(pid ${process.pid}\\)`),
    );
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });

  it("rejects an invalid date before touching the database", () => {
    const { code, stderr } = folio([
      "import",
      "fixtures/pages/pinghu-2024-01-p1.md",
      "--date",
      "2024-13-45",
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid issue date/);
  });

  it("explains an unknown PostgreSQL host in one line", () => {
    const { code, stderr } = folio(
      [
        "import",
        "fixtures/pages/pinghu-2024-01-p1.md",
        "--date",
        "2024-01-03",
        "--page",
        "1",
      ],
      {
        DATABASE_URL: "postgresql://folio@no-such-host.invalid:5432/folio",
      },
    );
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      "folio: Cannot reach PostgreSQL at no-such-host.invalid:5432/folio (DATABASE_URL): host not found.",
    );
  });
});

describe("page numbers on the command line", () => {
  const unnamed = path.join(tmp, "untitled.md");
  fs.writeFileSync(
    unnamed,
    "## 乡村道路完成改造\n\n今年以来，我镇共完成十二条乡村道路的改造。\n",
  );

  it("segment prints page null with a warning when nothing says which page it is", () => {
    const { code, stdout, stderr } = folio(["segment", unnamed]);
    expect(code).toBe(0);
    expect(
      (JSON.parse(stdout) as { pages: { number: number | null }[] }).pages.map(
        (p) => p.number,
      ),
    ).toEqual([null]);
    expect(stderr).toBe(
      "folio: warning: untitled.md: cannot tell which page this is; the page number is left empty\n",
    );
  });

  it("segment reads the page from the file name or the front matter", () => {
    const named = path.join(tmp, "2024-03-08_03版.md");
    fs.copyFileSync(unnamed, named);
    expect(
      (
        JSON.parse(folio(["segment", named]).stdout) as {
          pages: { number: number }[];
        }
      ).pages[0]?.number,
    ).toBe(3);
    const { stdout } = folio([
      "segment",
      "fixtures/reported/markdown-dialect.md",
    ]);
    expect(
      (JSON.parse(stdout) as { pages: { number: number }[] }).pages[0]?.number,
    ).toBe(3);
  });

  it("import refuses a page it cannot number, asking for --page, before touching the database", () => {
    const { code, stdout, stderr } = folio([
      "import",
      unnamed,
      "--date",
      "2024-03-08",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/untitled\.md.*give the page number \(--page N\)/);
    expect(fs.existsSync(path.join(tmp, "data", "pglite"))).toBe(false);
  });
});

describe("output through a pipe", () => {
  // A reader slower than the writer: `| cat` once got the first 65,536 bytes of a 260 KB result.
  function throughPipe(args: string, env: Record<string, string> = {}) {
    const result = spawnSync(
      "sh",
      [
        "-c",
        `node_modules/.bin/tsx --conditions=react-server scripts/folio.ts ${args} | cat`,
      ],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          FOLIO_DATA_DIR: path.join(tmp, "data"),
          DATABASE_URL: "",
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      },
    );
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
    };
  }

  it("segment writes a result over 1 MB whole before exiting", () => {
    const dir = path.join(tmp, "big-issue");
    fs.mkdirSync(dir, { recursive: true });
    const paragraph =
      "今年以来，我镇共完成十二条乡村道路的改造，惠及沿线三千余户村民，群众出行更加便利。".repeat(
        3,
      );
    for (let p = 1; p <= 12; p++) {
      const body = Array.from({ length: 300 }, () => paragraph).join("\n\n");
      fs.writeFileSync(
        path.join(dir, `p${String(p).padStart(2, "0")}.md`),
        `## 第${p}版乡村道路完成改造\n\n本报记者 王芳\n\n${body}\n`,
      );
    }
    const { code, stdout } = throughPipe(`segment ${dir}`);
    expect(code).toBe(0);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(1024 * 1024);
    const doc = JSON.parse(stdout) as {
      pages: { number: number; articles: { blocks: unknown[] }[] }[];
    };
    expect(doc.pages.map((p) => p.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(doc.pages[11]?.articles[0]?.blocks).toHaveLength(300);
  });

  it("an error exit also delivers its message and exit code through a pipe", () => {
    const result = spawnSync(
      "sh",
      [
        "-c",
        "node_modules/.bin/tsx --conditions=react-server scripts/folio.ts bogus 2>&1 | cat; exit 0",
      ],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.stdout).toMatch(/^folio: usage: folio segment FILE/);
    expect(folio(["bogus"]).code).toBe(2);
  });
});

describe("folio --help", () => {
  it("prints each command on one line and exits 0", () => {
    const { code, stdout, stderr } = folio(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const commands = stdout
      .split("\n")
      .filter((line) => line.startsWith("  folio "));
    expect(commands.map((line) => line.split(/\s+/)[2])).toEqual([
      "segment",
      "import",
      "--help",
    ]);
    for (const line of commands) expect(line).toMatch(/ — \S/);
  });
});
