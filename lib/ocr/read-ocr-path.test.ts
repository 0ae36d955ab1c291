import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fixtureDirInputs, fixturePath, zipOf } from "@/lib/testing/ocr-fixtures";

import { ImportError } from "./import-error";
import { readOcrPath } from "./read-ocr-path";

const REPAIR = { page: null, repair: true };
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-ocr-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("readOcrPath", () => {
  it("reads a single page file", async () => {
    const doc = await readOcrPath(fixturePath("pages/pinghu-2024-01-p1.md"), REPAIR);
    expect(doc.pages.map((p) => [p.number, p.articles.length])).toEqual([[1, 5]]);
  });

  it("reads a METS issue directory, one level down included", async () => {
    const doc = await readOcrPath(fixturePath("mets/issue-2024-01-03"), REPAIR);
    expect(doc.files.map((f) => f.name)).toEqual(["alto/0001.xml", "alto/0002.xml", "mets.xml"]);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
  });

  it("reads a zip file", async () => {
    const zip = path.join(tmp, "issue.zip");
    fs.writeFileSync(zip, zipOf(fixtureDirInputs("mets/smlink-issue")));
    const doc = await readOcrPath(zip, REPAIR);
    expect(doc.pages.map((p) => [p.number, p.articles.length])).toEqual([[3, 2]]);
  });

  it("skips page images and hidden files in a directory without reading them", async () => {
    const dir = path.join(tmp, "pages");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "p01.md"), "## 头条\n\n本报讯 正文。\n");
    fs.writeFileSync(path.join(dir, "p01.tif"), new Uint8Array([0x49, 0x49, 0x2a, 0]));
    fs.writeFileSync(path.join(dir, ".DS_Store"), "junk");
    const doc = await readOcrPath(dir, REPAIR);
    expect(doc.files.map((f) => f.name)).toEqual(["p01.md"]);
    expect(doc.warnings).toContainEqual({ file: null, page: null, message: "skipped 1 file(s) that are not OCR text: p01.tif" });
  });

  it("refuses a file over the limit before reading it", async () => {
    const big = path.join(tmp, "p09.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 21 * 1024 * 1024);
    await expect(readOcrPath(big, REPAIR)).rejects.toThrowError("p09.txt: 21 MiB is more than the limit of 20 MiB");
  });

  it("says so when the path does not exist", async () => {
    const missing = path.join(tmp, "nope.md");
    const error = await readOcrPath(missing, REPAIR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(`${missing}: no such file or directory`);
    expect((error as ImportError).messageZh).toBe(`${missing}：找不到该文件或目录`);
  });
});
