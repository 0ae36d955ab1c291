import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { summariseDocument } from "@/lib/import/summarise-document";
import { ImportError } from "@/lib/ocr/import-error";
import { readOcrFiles } from "@/lib/ocr/read-ocr-input";

import { closePools, runTask } from "./pool";

const seed = fs.readFileSync("fixtures/pages/pinghu-2024-01-p1.md");

describe("worker pools", () => {
  afterAll(() => closePools());

  it("segments an upload in a worker thread, as in-process, and keeps the event loop free meanwhile", async () => {
    await runTask("ocr", "readUpload", {
      files: [{ name: "p01.md", bytes: new Uint8Array(seed) }],
      options: { page: null, repair: true },
      want: "preview",
    });
    // Some 470 KiB (13,000 repairs, under the per-page limit): a few hundred
    // milliseconds of segmenting, in which the timer keeps ticking.
    const big = Array.from({ length: 40 }, (_, i) =>
      seed
        .toString("utf8")
        .replace(/^## (.*)$/gm, (_m, h: string) => `## ${h}${i}`),
    ).join("\n\n");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await runTask("ocr", "readUpload", {
      files: [{ name: "p02.md", bytes: new TextEncoder().encode(big) }],
      options: { page: null, repair: true },
      want: "preview",
    });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
    const { preview } = await runTask("ocr", "readUpload", {
      files: [{ name: "p01.md", bytes: new Uint8Array(seed) }],
      options: { page: null, repair: true },
      want: "preview",
    });
    expect(preview!.pages[0]!.articles.map((a) => a.headline)).toContain(
      "不断擦亮高质量外资“金名片”",
    );
    const inProcess = summariseDocument(
      readOcrFiles([{ name: "p01.md", bytes: new Uint8Array(seed) }], {
        page: null,
        repair: true,
      }),
    );
    expect(preview).toEqual(inProcess);
  });

  it("brings an ImportError back with its class, code and file", async () => {
    const error = await runTask("ocr", "readUpload", {
      files: [{ name: "p02.md", bytes: new Uint8Array([0x20, 0x0a]) }],
      options: { page: null, repair: true },
      want: "document",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: "empty", file: "p02.md" });
    expect((error as ImportError).message).toMatch(/^p02\.md: /);
  });

  it("runs tasks in-process, with one warning, where the worker entry is missing", async () => {
    await closePools();
    const root = process.cwd();
    const elsewhere = fs.mkdtempSync(
      path.join(os.tmpdir(), "folio-no-workers-"),
    );
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      process.chdir(elsewhere);
      const { preview } = await runTask("ocr", "readUpload", {
        files: [{ name: "p01.md", bytes: new Uint8Array(seed) }],
        options: { page: null, repair: true },
        want: "preview",
      });
      expect(preview!.pages[0]!.articles.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /entry\.mjs not found: running ocr tasks in-process$/,
        ),
      );
    } finally {
      process.chdir(root);
      warn.mockRestore();
      await closePools();
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("hashes and verifies passwords off the main thread", async () => {
    const hash = await runTask("password", "hashPassword", "平湖-secret");
    expect(
      await runTask("password", "verifyPassword", {
        password: "平湖-secret",
        hash,
      }),
    ).toBe(true);
    expect(
      await runTask("password", "verifyPassword", { password: "wrong", hash }),
    ).toBe(false);
  });
});
