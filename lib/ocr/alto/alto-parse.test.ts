import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { ImportError } from "../import-error";
import { parseXml } from "../xml/parse-xml";
import { parseAlto } from "./alto-parse";

const read = (relative: string, repair = true) =>
  parseAlto(relative, parseXml(relative, fixtureText(relative)), { repair });

describe("parseAlto", () => {
  it("reads a namespace-less ALTO 1.x page from docWorks, joining HypPart1/HypPart2 words", () => {
    const page = read("alto/alto-v1-docworks.xml");
    expect(page.printedNumber).toBe(5);
    expect(page.blocks.map((b) => b.lines)).toEqual([
      ["Neue Brücke für die Stadt"],
      [
        "Die Stadtverwaltung hat am Montag den Bau einer neuen Brücke",
        "beschlossen. Die Zeitung berichtete über die Planung",
        "seit Jahren.",
      ],
      ["Der Bürgermeister sprach von einem wichtigen Tag für die Region."],
    ]);
    expect(page.hyphenations).toEqual([
      { block: 1, line: 0, original: "Brü-\ncke", replacement: "Brücke" },
      { block: 1, line: 1, original: "Pla-\nnung", replacement: "Planung" },
    ]);
  });

  it("keeps hyphenated parts as printed when repairs are off", () => {
    const page = read("alto/alto-v1-docworks.xml", false);
    expect(page.blocks[1]!.lines[0]).toBe(
      "Die Stadtverwaltung hat am Montag den Bau einer neuen Brü-",
    );
    expect(page.blocks[1]!.lines[1]).toBe(
      "cke beschlossen. Die Zeitung berichtete über die Pla-",
    );
    expect(page.hyphenations).toEqual([]);
  });

  it("keeps word confidences, merging those of a joined word", () => {
    const page = read("alto/alto-v1-docworks.xml");
    expect(page.blocks[1]!.words).toEqual([
      { line: 0, offset: 54, text: "Brücke", wc: 0.88, cc: "010020" },
    ]);
    expect(page.blocks[2]!.words).toEqual([
      { line: 0, offset: 35, text: "wichtigen", wc: 0.42, cc: "000790000" },
    ]);
  });

  it("hints headings by font size against the page's body text", () => {
    expect(read("alto/alto-v1-docworks.xml").blocks.map((b) => b.hint)).toEqual(
      ["heading", "unknown", "unknown"],
    );
    expect(read("alto/alto-v3-chinese.xml").blocks.map((b) => b.hint)).toEqual([
      "unknown", // masthead in the top margin
      "heading",
      "unknown", // deck: 12 pt against 10 pt body is not a heading
      "unknown",
      "unknown",
      "heading",
      "unknown",
      "unknown",
    ]);
  });

  it("joins a bare HYP at a line end with the next line's first word (ALTO v2)", () => {
    const page = read("alto/alto-v2-english.xml");
    expect(page.blocks[1]!.lines).toEqual([
      "Thousands of visitors came to the harbour on Saturday",
      "to watch the tall ships arrive & dock.",
    ]);
    expect(page.hyphenations).toEqual([
      { block: 1, line: 0, original: "Sat-\nurday", replacement: "Saturday" },
    ]);
    expect(page.blocks[1]!.words).toEqual([
      { line: 0, offset: 34, text: "harbour", wc: 0.41, cc: "0058000" },
    ]);
  });

  it("reads prefixed ALTO v3: margins, ComposedBlocks and IDs down to lines", () => {
    const page = read("alto/alto-v3-chinese.xml");
    expect(page.blocks[0]).toMatchObject({
      id: "P1_TM_TB1",
      margin: true,
      lines: ["平湖日报", "2024年1月3日 星期三"],
    });
    expect(page.groups).toEqual([
      { id: "P1_CB1", idNext: null, first: 1, last: 4 },
      { id: "P1_CB2", idNext: null, first: 5, last: 7 },
    ]);
    expect(page.ids.get("P1_CB2")).toEqual({ first: 5, last: 7, line: null });
    expect(page.ids.get("P1_TB4_L2")).toEqual({ first: 4, last: 4, line: 1 });
    // Tesseract-style SPs between Chinese words stay spaces until the whitespace repair.
    expect(page.blocks[4]!.lines[0]).toMatch(/^本报讯 平湖是 高质量 外资集/);
  });

  it("reads the ALTO v4 ReadingOrder", () => {
    expect(read("alto/alto-v4-reading-order.xml").readingOrder).toEqual([
      {
        ordered: true,
        items: [
          { ref: "TB_HEAD" },
          { ref: "TB_BYLINE" },
          { ref: "TB_COL1" },
          { ref: "TB_COL2" },
        ],
      },
    ]);
  });

  it("reads IDNEXT", () => {
    expect(
      read("alto/alto-idnext.xml").blocks.map((b) => [b.id, b.idNext]),
    ).toEqual([
      ["B3", null],
      ["B1", "B2"],
      ["B2", "B3"],
    ]);
  });

  it("accepts element and attribute names in any case", () => {
    const xml =
      '<ALTO><LAYOUT><PAGE ID="P1"><PRINTSPACE><TEXTBLOCK ID="T1"><TEXTLINE><STRING content="Hello"/><sp/><STRING content="world"/></TEXTLINE></TEXTBLOCK></PRINTSPACE></PAGE></LAYOUT></ALTO>';
    expect(
      parseAlto("v1.xml", parseXml("v1.xml", xml), { repair: true }).blocks[0]!
        .lines,
    ).toEqual(["Hello world"]);
  });

  it("hints a short all-bold block as a subhead", () => {
    const xml = `<alto><Styles><TextStyle ID="B" FONTSIZE="10" FONTSTYLE="bold"/><TextStyle ID="R" FONTSIZE="10"/></Styles><Layout><Page ID="P"><PrintSpace>
      <TextBlock ID="T1" STYLEREFS="R"><TextLine><String CONTENT="正文第一段。"/></TextLine></TextBlock>
      <TextBlock ID="T2" STYLEREFS="B"><TextLine><String CONTENT="聚焦提档升级"/></TextLine></TextBlock>
      <TextBlock ID="T3"><TextLine><String CONTENT="强化服务" STYLE="bold"/></TextLine></TextBlock>
    </PrintSpace></Page></Layout></alto>`;
    expect(
      parseAlto("s.xml", parseXml("s.xml", xml), { repair: true }).blocks.map(
        (b) => b.hint,
      ),
    ).toEqual(["unknown", "subhead", "subhead"]);
  });

  describe("other readings", () => {
    const page = (lines: string, repair = true) =>
      parseAlto(
        "r.xml",
        parseXml(
          "r.xml",
          `<alto><Layout><Page ID="P"><PrintSpace><TextBlock ID="T">${lines}</TextBlock></PrintSpace></Page></Layout></alto>`,
        ),
        { repair },
      );

    it("keeps ALTERNATIVEs as a word's other readings", () => {
      const read = page(
        `<TextLine><String CONTENT="tbe" WC="0.4"><ALTERNATIVE PURPOSE="spell">the</ALTERNATIVE><ALTERNATIVE>tbe</ALTERNATIVE></String><SP/><String CONTENT="end"/></TextLine>`,
      );
      expect(read.blocks[0]!.lines).toEqual(["tbe end"]);
      expect(read.blocks[0]!.words).toEqual([
        {
          line: 0,
          offset: 0,
          text: "tbe",
          wc: 0.4,
          cc: null,
          alternatives: ["the"],
        },
      ]);
    });

    it("reads two Strings in one box once, the more confident in the text and the other as an alternative", () => {
      const box = 'HPOS="10" VPOS="20" WIDTH="60" HEIGHT="30"';
      const read = page(
        `<TextLine><String ${box} CONTENT="harbonr" WC="0.5"/><String ${box} CONTENT="harbour" WC="0.8"/><SP/><String CONTENT="wall"/></TextLine>`,
      );
      expect(read.blocks[0]!.lines).toEqual(["harbour wall"]);
      expect(read.blocks[0]!.words).toEqual([
        {
          line: 0,
          offset: 0,
          text: "harbour",
          wc: 0.8,
          cc: null,
          alternatives: ["harbonr"],
        },
      ]);
      // Two Strings without a position, or with their line's box (some converters), are two words, as printed.
      expect(
        page(`<TextLine><String CONTENT="a"/><String CONTENT="b"/></TextLine>`)
          .blocks[0]!.lines,
      ).toEqual(["a b"]);
      const line = 'HPOS="0" VPOS="20" WIDTH="900" HEIGHT="30"';
      expect(
        page(
          `<TextLine><String ${line} CONTENT="the"/><String ${line} CONTENT="and"/><String ${line} CONTENT="harbour"/></TextLine>`,
        ).blocks[0]!.lines,
      ).toEqual(["the and harbour"]);
    });

    it("joins a second half that lost its HypPart2 label when it completes the first half's SUBS_CONTENT", () => {
      const read = page(
        `<TextLine><String CONTENT="Zei" SUBS_TYPE="HypPart1" SUBS_CONTENT="Zeitung"/><HYP/></TextLine><TextLine><String CONTENT="tung"/><SP/><String CONTENT="heute"/></TextLine>`,
      );
      expect(read.blocks[0]!.lines).toEqual(["Zeitung", "heute"]);
      expect(read.hyphenations).toEqual([
        { block: 0, line: 0, original: "Zei-\ntung", replacement: "Zeitung" },
      ]);
      // A first half whose next line does not complete it stays as printed.
      const orphan = page(
        `<TextLine><String CONTENT="Zei" SUBS_TYPE="HypPart1" SUBS_CONTENT="Zeitung"/><HYP/></TextLine><TextLine><String CONTENT="heute"/></TextLine>`,
      );
      expect(orphan.blocks[0]!.lines).toEqual(["Zei-", "heute"]);
      expect(orphan.hyphenations).toEqual([]);
    });
  });

  it("refuses an ALTO file without a page", () => {
    const read = () =>
      parseAlto("e.xml", parseXml("e.xml", "<alto><Layout/></alto>"), {
        repair: true,
      });
    expect(read).toThrowError(ImportError);
    expect(read).toThrowError(
      "e.xml: the ALTO file has no <Page> in its <Layout>",
    );
  });

  // The timeout is the assertion: copying the line for each HYP took 45 s for this here, now 0.1 s.
  it("reads a line of 100,000 HYPs", { timeout: 10_000 }, () => {
    const xml = `<alto><Layout><Page ID="P"><PrintSpace><TextBlock ID="T"><TextLine>${"<HYP/>".repeat(100_000)}<String CONTENT="end"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    const page = parseAlto("h.xml", parseXml("h.xml", xml), { repair: true });
    expect(page.blocks[0]!.lines).toEqual([`${"-".repeat(100_000)} end`]);
    expect(page.hyphenations).toEqual([]);
  });
});
