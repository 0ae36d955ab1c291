// Issue 13 item 11: METS issues whose logical structMap points at only some
// of a page's text blocks. A block the layout places in an article joins it;
// one nothing places is kept as an unlinked block for an editor; none becomes
// a headless article. fixtures/qa/mets-unlinked and variants of its ALTO.
import { describe, expect, it } from "vitest";

import { fixtureDirInputs } from "@/lib/testing/ocr-fixtures";

import { type OcrInput, readOcrFiles } from "../read-ocr-input";

const utf8 = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function issue(rewrite: (alto: string) => string = (x) => x): OcrInput[] {
  return fixtureDirInputs("qa/mets-unlinked").map((f) =>
    f.name.endsWith("mets.xml")
      ? f
      : { name: f.name, bytes: utf8(rewrite(dec(f.bytes))) },
  );
}

const read = (rewrite?: (alto: string) => string) =>
  readOcrFiles(issue(rewrite), { page: null, repair: true });
const firsts = (doc: ReturnType<typeof read>) =>
  doc.pages[0]!.articles.map((a) => [
    a.key,
    a.headline,
    ...a.blocks.map((b) => b.text.slice(0, 4)),
  ]);

const PLACED = [
  ["ART1", "老街改造迎来新生", "今年以来", "街道还铺", "下一步，"],
  ["ART2", "乡村图书馆开进田间", "近日，新", "图书馆由", "开放首日"],
  ["ART3", "平湖农产品走俏长三角", "今年一季", "其中，西", "市农业农"],
  [null, "社区食堂开到家门口", "近日，钟"],
];

describe("unlinked blocks in a METS issue", () => {
  it.each([
    ["ALTO 2 (as given)", (x: string) => x],
    ["ALTO 4", (x: string) => x.replace("ns-v2#", "ns-v4#")],
    [
      "the CCS namespace",
      (x: string) =>
        x.replace(
          "http://www.loc.gov/standards/alto/ns-v2#",
          "http://schema.ccs-gmbh.com/ALTO",
        ),
    ],
    [
      "no namespace, no TextStyle",
      (x: string) =>
        x
          .replace(/<alto [^>]*>/, "<alto>")
          .replace(/<Styles>[\s\S]*?<\/Styles>/, "")
          .replace(/ STYLEREFS="[^"]*"/g, ""),
    ],
  ])(
    "places blocks between an article's blocks, under one in its column and inside its column run: %s",
    (_, rewrite) => {
      const doc = read(rewrite);
      expect(firsts(doc)).toEqual(PLACED);
      expect(doc.pages[0]!.articles.some((a) => a.headline === null)).toBe(
        false,
      );
      expect(
        doc.pages[0]!.unlinked?.map((u) => [u.id, u.after, u.text]),
      ).toEqual([
        [
          "P1_TB9",
          "ART2",
          "市气象台预报，本周我市以晴到多云天气为主，早晚温差较大，请市民注意添衣保暖。",
        ],
      ]);
      expect(doc.pages[0]!.furniture).toEqual([]);
      expect(doc.warnings.map((w) => w.message)).toEqual([
        "2 text block(s) not in any METS article; imported as articles split where the layout shows headings",
        "4 text block(s) not in any METS article placed in the article around them",
        "1 text block(s) not in any METS article and placed by nothing; kept as unlinked blocks for an editor to place",
      ]);
    },
  );

  it("without block geometry only reading order places a block; the rest is kept unlinked, never a headless article", () => {
    const doc = read((x) =>
      x.replace(
        /(<TextBlock ID="[^"]*") HPOS="\d+" VPOS="\d+" WIDTH="\d+" HEIGHT="\d+"/g,
        "$1",
      ),
    );
    expect(firsts(doc)).toEqual([
      ["ART1", "老街改造迎来新生", "今年以来", "街道还铺", "下一步，"],
      ["ART2", "乡村图书馆开进田间", "近日，新"],
      ["ART3", "平湖农产品走俏长三角", "今年一季", "市农业农"],
      [null, "社区食堂开到家门口", "近日，钟"],
    ]);
    // Short ones (two lines, ≤ 30 characters) are furniture, as any short unlinked block is.
    expect(doc.pages[0]!.furniture).toEqual([
      "图书馆由闲置农房改建而成，配有 阅读桌椅和电子借阅设备。",
      "其中，西瓜、芦笋等特色农产品最受欢迎， 订单已排到下个月。",
    ]);
    expect(doc.pages[0]!.unlinked?.map((u) => [u.id, u.after, u.box])).toEqual([
      ["P1_TB8", "ART2", null],
      ["P1_TB9", "ART2", null],
    ]);
  });

  it("a heading between two blocks of an article in reading order stops the block after it joining (no geometry)", () => {
    // Move the unlinked heading TB10 between TB2 and TB3 in reading order; without boxes nothing else places TB3.
    const doc = read((x) => {
      const heading = /<TextBlock ID="P1_TB10"[\s\S]*?<\/TextBlock>\n/.exec(
        x,
      )![0];
      return x
        .replace(heading, "")
        .replace('<TextBlock ID="P1_TB3"', `${heading}<TextBlock ID="P1_TB3"`)
        .replace(
          /(<TextBlock ID="[^"]*") HPOS="\d+" VPOS="\d+" WIDTH="\d+" HEIGHT="\d+"/g,
          "$1",
        );
    });
    expect(
      doc.pages[0]!.articles[0]!.blocks.map((b) => b.text.slice(0, 4)),
    ).toEqual(["今年以来", "下一步，"]);
    expect(doc.pages[0]!.articles.some((a) => a.headline === null)).toBe(false);
  });
});

describe("the CLI's JSON", () => {
  it("lists a page's unlinked blocks, and says nothing of them on pages without", async () => {
    const { toCliJson } = await import("../to-cli-json");
    const json = toCliJson(read());
    expect(json.pages[0]!.unlinked).toEqual([
      {
        id: "P1_TB9",
        after: "ART2",
        text: "市气象台预报，本周我市以晴到多云天气为主，早晚温差较大，请市民注意添衣保暖。",
      },
    ]);
    const plain = toCliJson(
      readOcrFiles(
        [
          {
            name: "p1.md",
            bytes: utf8(
              "# 乡村道路完成改造\n\n今年以来，我镇共完成十二条乡村道路的改造。\n",
            ),
          },
        ],
        { page: null, repair: true },
      ),
    );
    expect("unlinked" in plain.pages[0]!).toBe(false);
  });
});
