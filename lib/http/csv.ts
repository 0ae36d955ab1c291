// CSV for records staff open in a spreadsheet (审签记录, the audit log):
// RFC 4180 through csv-stringify, a UTF-8 byte order mark so Excel reads
// Chinese as UTF-8, and every cell that a spreadsheet would run as a
// formula neutralised (OWASP "CSV Injection": a leading = + - @ tab or CR).
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: null and undefined empty, dates as ISO 8601 UTC, a formula-looking text prefixed with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The BOM that makes Excel read a CSV as UTF-8; a document starts with it once. */
export const CSV_BOM = "\uFEFF";

/** Rows as CSV records (cells through csvCell, quoted where needed, CRLF after each), no BOM: for a document streamed in parts. */
export function csvRecords(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvCell)),
    { record_delimiter: "windows" },
  );
}

/** The rows (header first) as one CSV document: BOM, CRLF line ends, quoted where needed. */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + csvRecords(rows);
}

/** A Response carrying `csv` (whole, or streamed) as a download named `filename` (ASCII or not: RFC 6266 filename*). */
export function csvResponse(
  csv: string | ReadableStream<Uint8Array>,
  filename: string,
): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
