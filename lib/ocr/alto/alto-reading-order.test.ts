import { describe, expect, it } from "vitest";

import { fixtureText } from "@/lib/testing/ocr-fixtures";

import { parseXml } from "../xml/parse-xml";
import type { AltoPage } from "./alto-page";
import { parseAlto } from "./alto-parse";
import { altoReadingOrder } from "./alto-reading-order";

const fromFixture = (relative: string) =>
  parseAlto(relative, parseXml(relative, fixtureText(relative)), {
    repair: true,
  });
const fromXml = (blocks: string, extra = "") =>
  parseAlto(
    "t.xml",
    parseXml(
      "t.xml",
      `<alto>${extra}<Layout><Page ID="P"><PrintSpace>${blocks}</PrintSpace></Page></Layout></alto>`,
    ),
    {
      repair: true,
    },
  );
const block = (id: string, attrs = "") =>
  `<TextBlock ID="${id}"${attrs}><TextLine><String CONTENT="${id}"/></TextLine></TextBlock>`;
const ids = (page: ReturnType<typeof fromXml>, flows: number[][]) =>
  flows.map((f) => f.map((b) => page.blocks[b]!.id));

describe("altoReadingOrder", () => {
  it("follows the ALTO v4 ReadingOrder rather than document order", () => {
    const page = fromFixture("alto/alto-v4-reading-order.xml");
    expect(ids(page, altoReadingOrder(page).flows)).toEqual([
      ["TB_HEAD", "TB_BYLINE", "TB_COL1", "TB_COL2"],
    ]);
  });

  it("makes each nested group a flow, sorts unordered groups, appends what it leaves out and warns on unknown refs", () => {
    const page = fromXml(
      block("A") + block("B") + block("C") + block("D") + block("E"),
      `<ReadingOrder><UnorderedGroup ID="U"><OrderedGroup ID="O1"><ElementRef ID="r1" REF="C"/><ElementRef ID="r2" REF="A"/></OrderedGroup><UnorderedGroup ID="U2"><ElementRef ID="r3" REF="D"/><ElementRef ID="r4" REF="B"/><ElementRef ID="r5" REF="ZZ"/></UnorderedGroup></UnorderedGroup></ReadingOrder>`,
    );
    const order = altoReadingOrder(page);
    expect(ids(page, order.flows)).toEqual([["C", "A"], ["B", "D"], ["E"]]);
    expect(order.warnings).toEqual([
      "ReadingOrder refers to 1 unknown ID(s) (ZZ); ignored",
    ]);
  });

  it("follows IDNEXT chains from their heads", () => {
    const page = fromFixture("alto/alto-idnext.xml");
    expect(ids(page, altoReadingOrder(page).flows)).toEqual([
      ["B1", "B2", "B3"],
    ]);
  });

  it("survives an IDNEXT cycle", () => {
    const page = fromXml(
      block("A", ' IDNEXT="B"') + block("B", ' IDNEXT="A"') + block("C"),
    );
    expect(ids(page, altoReadingOrder(page).flows)).toEqual([
      ["C"],
      ["A", "B"],
    ]);
  });

  it("reads in document order otherwise: a flow per ComposedBlock and per run of loose blocks", () => {
    const page = fromXml(
      block("A") +
        `<ComposedBlock ID="CB">${block("B")}${block("C")}</ComposedBlock>` +
        block("D") +
        block("E"),
    );
    expect(ids(page, altoReadingOrder(page).flows)).toEqual([
      ["A"],
      ["B", "C"],
      ["D", "E"],
    ]);
  });

  it("leaves margin blocks out", () => {
    const page = fromFixture("alto/alto-v3-chinese.xml");
    expect(altoReadingOrder(page).flows).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
  });

  // The timeout is the assertion: walking the ComposedBlock for each ref took 40 s for this here, now 0.1 s.
  it(
    "visits each block once however many ReadingOrder refs cover it",
    { timeout: 10_000 },
    () => {
      const n = 50_000;
      const page: AltoPage = {
        ...fromXml(""),
        blocks: Array.from({ length: n }, (_, i) => ({
          id: `B${i}`,
          idNext: null,
          group: 0,
          margin: false,
          lines: ["x"],
          words: [],
          hint: "unknown",
          box: null,
        })),
        ids: new Map([["CB", { first: 0, last: n - 1, line: null }]]),
        readingOrder: [
          {
            ordered: true,
            items: Array.from({ length: n }, () => ({ ref: "CB" })),
          },
        ],
      };
      const { flows } = altoReadingOrder(page);
      expect(flows).toHaveLength(1);
      expect(flows[0]).toEqual(Array.from({ length: n }, (_, i) => i));
    },
  );
});
