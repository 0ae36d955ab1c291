import { describe, expect, it } from "vitest";

import { metsFileMatcher } from "./mets-match-file";

const matchMetsFile = (
  href: string,
  metsName: string,
  names: readonly string[],
) => metsFileMatcher(metsName, names)(href);

const names = [
  "mets.xml",
  "alto/0001.xml",
  "alto/0002.xml",
  "images/0001.tif",
  "其他/03版 说明.xml",
];

describe("metsFileMatcher", () => {
  it.each([
    ["file://./alto/0001.xml", "alto/0001.xml"],
    ["alto/0002.xml", "alto/0002.xml"],
    ["./ALTO/0002.XML", "alto/0002.xml"],
    ["ALTO\\0001.xml", "alto/0001.xml"],
    ["file:///D:/scans/2024-01-03/alto/0001.xml", "alto/0001.xml"],
    [
      "%E5%85%B6%E4%BB%96/03%E7%89%88%20%E8%AF%B4%E6%98%8E.xml",
      "其他/03版 说明.xml",
    ],
  ])("%s → %s", (href, name) => {
    expect(matchMetsFile(href, "mets.xml", names)).toBe(name);
  });

  it("resolves hrefs relative to a METS file in a sub-directory", () => {
    const inZip = [
      "issue/mets.xml",
      "issue/alto/0001.xml",
      "other/alto/0001.xml",
    ];
    expect(matchMetsFile("alto/0001.xml", "issue/mets.xml", inZip)).toBe(
      "issue/alto/0001.xml",
    );
  });

  it("returns null for a file that is not there, or ambiguous by name alone", () => {
    expect(matchMetsFile("alto/0003.xml", "mets.xml", names)).toBeNull();
    expect(
      matchMetsFile("0001.xml", "x/mets.xml", ["a/0001.xml", "b/0001.xml"]),
    ).toBeNull();
  });

  it("matches each href in time of its own length, not the number of files", () => {
    const inZip = Array.from(
      { length: 1000 },
      (_, i) => `issue/alto/${String(i).padStart(4, "0")}.xml`,
    );
    const match = metsFileMatcher("issue/mets.xml", inZip);
    const found = Array.from({ length: 50_000 }, (_, i) =>
      match(`file:///D:/scans/alto/${String(i % 1000).padStart(4, "0")}.xml`),
    );
    expect(found.filter((name, i) => name === inZip[i % 1000])).toHaveLength(
      50_000,
    );
  });

  it("refuses a tail two files share", () => {
    expect(
      matchMetsFile("scans/alto/0001.xml", "mets.xml", [
        "a/alto/0001.xml",
        "b/alto/0001.xml",
      ]),
    ).toBeNull();
    expect(
      matchMetsFile("d/scans/alto/0001.xml", "mets.xml", [
        "alto/0001.xml",
        "b/0001.xml",
      ]),
    ).toBe("alto/0001.xml");
  });
});
