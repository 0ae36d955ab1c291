import { describe, expect, it } from "vitest";

import { matchMetsFile } from "./mets-match-file";

const names = ["mets.xml", "alto/0001.xml", "alto/0002.xml", "images/0001.tif", "其他/03版 说明.xml"];

describe("matchMetsFile", () => {
  it.each([
    ["file://./alto/0001.xml", "alto/0001.xml"],
    ["alto/0002.xml", "alto/0002.xml"],
    ["./ALTO/0002.XML", "alto/0002.xml"],
    ["ALTO\\0001.xml", "alto/0001.xml"],
    ["file:///D:/scans/2024-01-03/alto/0001.xml", "alto/0001.xml"],
    ["%E5%85%B6%E4%BB%96/03%E7%89%88%20%E8%AF%B4%E6%98%8E.xml", "其他/03版 说明.xml"],
  ])("%s → %s", (href, name) => {
    expect(matchMetsFile(href, "mets.xml", names)).toBe(name);
  });

  it("resolves hrefs relative to a METS file in a sub-directory", () => {
    const inZip = ["issue/mets.xml", "issue/alto/0001.xml", "other/alto/0001.xml"];
    expect(matchMetsFile("alto/0001.xml", "issue/mets.xml", inZip)).toBe("issue/alto/0001.xml");
  });

  it("returns null for a file that is not there, or ambiguous by name alone", () => {
    expect(matchMetsFile("alto/0003.xml", "mets.xml", names)).toBeNull();
    expect(matchMetsFile("0001.xml", "x/mets.xml", ["a/0001.xml", "b/0001.xml"])).toBeNull();
  });
});
