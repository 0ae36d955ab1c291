import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { csvCell, csvDocument, csvRecords, csvResponse } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks, and reads back the same", () => {
    const rows = [
      ["版", "说明"],
      [1, '他说："改，再改"\n第二行'],
    ];
    const doc = csvDocument(rows);
    expect(doc.startsWith("\uFEFF")).toBe(true);
    expect(doc).toContain("\r\n");
    expect(parse(doc.slice(1))).toEqual([
      ["版", "说明"],
      ["1", '他说："改，再改"\n第二行'],
    ]);
  });

  it("neutralises what a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"].map(csvCell)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tx",
    ]);
    expect(csvCell("\r=1")).toBe("'\r=1");
    expect(csvCell("正常 = 文本")).toBe("正常 = 文本");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2024-01-03T01:02:03Z"))).toBe(
      "2024-01-03T01:02:03.000Z",
    );
  });

  it("quotes a neutralised formula that holds quotes or commas, and reads it back as text", () => {
    const records = csvRecords([
      ['=HYPERLINK("http://x","点我")', "@SUM(1,2)"],
    ]);
    expect(records).toBe(
      `"'=HYPERLINK(""http://x"",""点我"")","'@SUM(1,2)"\r\n`,
    );
    expect(records.startsWith("\uFEFF")).toBe(false);
    expect(parse(records)).toEqual([
      [`'=HYPERLINK("http://x","点我")`, "'@SUM(1,2)"],
    ]);
  });

  it("names the download in ASCII and in UTF-8", () => {
    const res = csvResponse("a", "审签记录-2024-01-03.csv");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="____-2024-01-03.csv"; filename*=UTF-8''${encodeURIComponent("审签记录-2024-01-03.csv")}`,
    );
  });
});
