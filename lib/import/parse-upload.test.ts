import { describe, expect, it } from "vitest";

import { multipartRequest } from "@/lib/testing/multipart-request";

import { parseUpload as parseRequest } from "./parse-upload";

function form(
  fields: Record<string, string>,
  files: File[] = [new File(["## 标题"], "p1.md")],
) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  for (const file of files) f.append("files", file);
  return f;
}

const parseUpload = async (f: FormData) =>
  parseRequest(await multipartRequest(f));

describe("parseUpload", () => {
  it("reads the fields and the files' bytes", async () => {
    const upload = await parseUpload(
      form({
        date: "2024-01-03",
        page: "2",
        repair: "off",
        replace: "on",
        publication: "pub1",
      }),
    );
    expect(upload).toMatchObject({
      target: { date: "2024-01-03", publication: "pub1" },
      page: 2,
      repair: false,
      replace: true,
    });
    expect(
      upload.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]),
    ).toEqual([["p1.md", "## 标题"]]);
  });

  it("takes an existing issue by its id", async () => {
    expect(
      (await parseUpload(form({ issue: "issue-1", date: "" }))).target,
    ).toEqual({ kind: "issue", issue: "issue-1" });
  });

  it("defaults to repairs on, no replacing, no page and the first publication", async () => {
    expect(await parseUpload(form({ date: "2024-01-03" }))).toMatchObject({
      page: null,
      repair: true,
      replace: false,
      target: { publication: null },
    });
  });

  it("never picks an issue for the user: no choice and two choices are refused", async () => {
    await expect(parseUpload(form({}))).rejects.toThrow(
      "Choose an existing issue or enter a date.",
    );
    await expect(parseUpload(form({ issue: "", date: "" }))).rejects.toThrow(
      "Choose an existing issue or enter a date.",
    );
    await expect(
      parseUpload(form({ issue: "issue-1", date: "2024-01-03" })),
    ).rejects.toThrow("not both");
  });

  it("names the field that is wrong", async () => {
    await expect(parseUpload(form({ date: "3 Jan 2024" }))).rejects.toThrow(
      "The form is not valid: date",
    );
    await expect(
      parseUpload(form({ date: "2024-01-03", page: "0" })),
    ).rejects.toThrow("The form is not valid: page");
  });

  it("asks for at least one file; an empty file input (no file chosen) is none", async () => {
    await expect(parseUpload(form({ date: "2024-01-03" }, []))).rejects.toThrow(
      "Choose at least one file.",
    );
    await expect(
      parseUpload(form({ date: "2024-01-03" }, [new File([], "")])),
    ).rejects.toThrow("Choose at least one file.");
  });

  it("keeps Chinese file names as the browser sent them (UTF-8)", async () => {
    const upload = await parseUpload(
      form({ date: "2024-01-03" }, [new File(["## 标题"], "第03版.md")]),
    );
    expect(upload.files.map((f) => f.name)).toEqual(["第03版.md"]);
  });

  it("refuses a date the database could not store", async () => {
    await expect(parseUpload(form({ date: "0000-01-01" }))).rejects.toThrow(
      'Invalid issue date "0000-01-01"',
    );
  });
});
