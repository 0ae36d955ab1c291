import { describe, expect, it } from "vitest";

import { detectFormat } from "./detect-format";

describe("detectFormat", () => {
  it.each([
    [
      "v1, no namespace",
      '<?xml version="1.0"?>\n<alto xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Layout/></alto>',
    ],
    [
      "v2 default namespace",
      '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout/></alto>',
    ],
    [
      "v3 prefixed",
      '<alto:alto xmlns:alto="http://www.loc.gov/standards/alto/ns-v3#"/>',
    ],
    [
      "upper-case root after a comment and a DOCTYPE",
      '<!-- exported --><!DOCTYPE ALTO SYSTEM "alto.dtd">\n<ALTO/>',
    ],
  ])("finds ALTO by its root element (%s)", (_label, xml) => {
    expect(detectFormat("page.bin", xml)).toEqual({
      format: "alto",
      root: "alto",
    });
  });

  it("finds METS whatever the extension", () => {
    expect(
      detectFormat(
        "issue.txt",
        '<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>',
      ),
    ).toEqual({ format: "mets", root: "mets" });
  });

  it("reports other XML with its root", () => {
    expect(
      detectFormat(
        "meta.xml",
        '<mods:mods xmlns:mods="http://www.loc.gov/mods/v3"/>',
      ),
    ).toEqual({ format: "other-xml", root: "mods" });
  });

  it("skips a DOCTYPE with an internal subset", () => {
    expect(
      detectFormat("p.xml", "<!DOCTYPE alto [ <!ELEMENT alto ANY> ]>\n<alto/>"),
    ).toEqual({ format: "alto", root: "alto" });
  });

  it("names no root when the prolog repeats DOCTYPE (hostile input is not scanned again and again)", () => {
    const xml = `${'<!DOCTYPE a SYSTEM "a.dtd">'.repeat(100_000)}<alto/>`;
    expect(detectFormat("p.xml", xml)).toEqual({
      format: "other-xml",
      root: null,
    });
  });

  it("reports XML too broken to name a root", () => {
    expect(detectFormat("p1.xml", '<?xml version="1.0"')).toEqual({
      format: "other-xml",
      root: null,
    });
  });

  it("finds Markdown by its marks in a .txt file", () => {
    expect(
      detectFormat(
        "p1.txt",
        "平湖发布\n\n## 不断擦亮高质量外资“金名片”\n\n正文。",
      ).format,
    ).toBe("markdown");
    expect(detectFormat("p1.txt", "**聚焦提档升级**\n正文。").format).toBe(
      "markdown",
    );
  });

  it("takes a .md file as Markdown even without marks", () => {
    expect(detectFormat("p1.md", "平湖发布\n\n正文。").format).toBe("markdown");
  });

  it("takes anything else as plain text", () => {
    expect(
      detectFormat("01版.txt", "■记者 林旭东\n本报讯 平湖是高质量外资集聚地。"),
    ).toEqual({ format: "plain-text", root: null });
  });
});
