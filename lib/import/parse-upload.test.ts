import { describe, expect, it } from "vitest";

import { parseUpload } from "./parse-upload";

function form(fields: Record<string, string>, files: File[] = [new File(["## 标题"], "p1.md")]) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  for (const file of files) f.append("files", file);
  return f;
}

describe("parseUpload", () => {
  it("reads the fields and the files' bytes", async () => {
    const upload = await parseUpload(form({ date: "2024-01-03", page: "2", repair: "off", replace: "on", publication: "pub1" }));
    expect(upload).toMatchObject({ date: "2024-01-03", page: 2, repair: false, replace: true, publication: "pub1" });
    expect(upload.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([["p1.md", "## 标题"]]);
  });

  it("defaults to repairs on, no replacing, no page and the first publication", async () => {
    expect(await parseUpload(form({ date: "2024-01-03" }))).toMatchObject({ page: null, repair: true, replace: false, publication: null });
  });

  it("names the field that is wrong", async () => {
    await expect(parseUpload(form({ date: "3 Jan 2024" }))).rejects.toThrow("Invalid date.");
    await expect(parseUpload(form({ date: "2024-01-03", page: "0" }))).rejects.toThrow("Invalid page.");
  });

  it("asks for at least one file", async () => {
    await expect(parseUpload(form({ date: "2024-01-03" }, []))).rejects.toThrow("Choose at least one file.");
  });
});
