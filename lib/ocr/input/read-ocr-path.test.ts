import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  fixtureDirInputs,
  fixturePath,
  zipOf,
} from "@/lib/testing/ocr-fixtures";

import { ImportError } from "../import-error";
import { toCliJson } from "../to-cli-json";
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
    const doc = await readOcrPath(
      fixturePath("pages/pinghu-2024-01-p1.md"),
      REPAIR,
    );
    expect(doc.pages.map((p) => [p.number, p.articles.length])).toEqual([
      [1, 5],
    ]);
  });

  it("reads a METS issue directory, one level down included", async () => {
    const doc = await readOcrPath(fixturePath("mets/issue-2024-01-03"), REPAIR);
    expect(doc.files.map((f) => f.name)).toEqual([
      "alto/0001.xml",
      "alto/0002.xml",
      "mets.xml",
    ]);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
  });

  it("reads a zip file", async () => {
    const zip = path.join(tmp, "issue.zip");
    fs.writeFileSync(zip, zipOf(fixtureDirInputs("mets/smlink-issue")));
    const doc = await readOcrPath(zip, REPAIR);
    expect(doc.pages.map((p) => [p.number, p.articles.length])).toEqual([
      [3, 2],
    ]);
  });

  it("skips page images and hidden files in a directory without reading them", async () => {
    const dir = path.join(tmp, "pages");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "p01.md"), "## 头条\n\n本报讯 正文。\n");
    fs.writeFileSync(
      path.join(dir, "p01.tif"),
      new Uint8Array([0x49, 0x49, 0x2a, 0]),
    );
    fs.writeFileSync(path.join(dir, ".DS_Store"), "junk");
    const doc = await readOcrPath(dir, REPAIR);
    expect(doc.files.map((f) => f.name)).toEqual(["p01.md"]);
    expect(doc.warnings).toContainEqual({
      file: null,
      page: null,
      message: "skipped 1 file(s) that are not OCR text: p01.tif",
    });
  });

  it("refuses a file over the limit before reading it", async () => {
    const big = path.join(tmp, "p09.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 21 * 1024 * 1024);
    await expect(readOcrPath(big, REPAIR)).rejects.toThrowError(
      "p09.txt: 21 MiB is more than the limit of 10 MiB",
    );
  });

  it("says so when the path does not exist", async () => {
    const missing = path.join(tmp, "nope.md");
    const error = await readOcrPath(missing, REPAIR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(
      `${missing}: no such file or directory`,
    );
    expect((error as ImportError).messageZh).toBe(
      `${missing}：找不到该文件或目录`,
    );
  });
});

describe("readOcrPath: a METS file given by its path", () => {
  const segment = async (target: string) =>
    toCliJson(await readOcrPath(target, REPAIR));

  it.each([
    "reported/mets-orderlabel",
    "reported/mets-page-only",
    "mets/issue-2024-01-03",
    "mets/smlink-issue",
  ])(
    "reads %s the same from the METS file, its folder and a zip of the folder",
    async (issue) => {
      const zip = path.join(tmp, `${issue.replace(/\W/g, "-")}.zip`);
      fs.writeFileSync(zip, zipOf(fixtureDirInputs(issue)));
      const fromDirectory = await segment(fixturePath(issue));
      expect(fromDirectory.pages.length).toBeGreaterThan(0);
      expect(await segment(fixturePath(`${issue}/mets.xml`))).toEqual(
        fromDirectory,
      );
      expect(await segment(zip)).toEqual(fromDirectory);
    },
  );

  it("finds files by relative, ./-prefixed, bare and absolute (foreign machine) hrefs, beside other issues' files", async () => {
    const dir = path.join(tmp, "batch");
    fs.mkdirSync(path.join(dir, "text"), { recursive: true });
    fs.mkdirSync(path.join(dir, "ALTO"), { recursive: true });
    const alto = (text: string) =>
      `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P" WIDTH="2000" HEIGHT="3000"><PrintSpace><TextBlock ID="B"><TextLine><String CONTENT="${text}"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    fs.writeFileSync(path.join(dir, "text", "0001.xml"), alto("one."));
    fs.writeFileSync(path.join(dir, "ALTO", "0002.xml"), alto("two."));
    fs.writeFileSync(path.join(dir, "0003.xml"), alto("three."));
    fs.writeFileSync(path.join(dir, "ALTO", "0004.xml"), alto("four."));
    const hrefs = [
      "file://./text/0001.xml",
      "ALTO/0002.xml",
      "0003.xml",
      "file:///D:/scans/1912-01-12/ALTO/0004.xml",
    ];
    const files = hrefs
      .map(
        (href, i) =>
          `<file ID="F${i}" MIMETYPE="text/xml"><FLocat LOCTYPE="URL" xlink:href="${href}"/></file>`,
      )
      .join("");
    const pages = hrefs
      .map(
        (_, i) =>
          `<div TYPE="page" ORDER="${i + 1}"><fptr FILEID="F${i}"/></div>`,
      )
      .join("");
    const mets = `<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"><fileSec><fileGrp USE="ocr">${files}</fileGrp></fileSec><structMap TYPE="physical"><div TYPE="issue">${pages}</div></structMap></mets>`;
    fs.writeFileSync(path.join(dir, "issue-1912-01-12.xml"), mets);
    // Another issue's METS beside it would make the folder ambiguous, not the file.
    fs.writeFileSync(
      path.join(dir, "issue-1912-01-13.xml"),
      mets.replace("0001.xml", "9999.xml"),
    );
    const doc = await readOcrPath(
      path.join(dir, "issue-1912-01-12.xml"),
      REPAIR,
    );
    expect(doc.files.map((f) => f.name)).toEqual([
      "issue-1912-01-12.xml",
      "text/0001.xml",
      "ALTO/0002.xml",
      "0003.xml",
      "ALTO/0004.xml",
    ]);
    expect(
      doc.pages.map((p) => [p.number, p.articles[0]!.blocks[0]!.text]),
    ).toEqual([
      [1, "one."],
      [2, "two."],
      [3, "three."],
      [4, "four."],
    ]);
    await expect(
      readOcrPath(path.join(dir, "issue-1912-01-13.xml"), REPAIR),
    ).rejects.toThrowError(
      "issue-1912-01-13.xml: the METS refers to file://./text/9999.xml, which is not among the files given",
    );
  });
});
