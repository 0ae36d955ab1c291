// Inserts many rows in few statements: the rows travel as one JSON parameter
// and json_to_recordset unpacks them in the database. Prisma's createMany
// spends ~0.15 ms a row compiling parameters, too slow for the thousands of
// repair rows of a 16-page issue. Table and column names come from code only.
//
// Statements are cut at about a quarter of a MiB of JSON and the event loop gets a
// turn between them: serialising one 20 MB parameter froze the server for a
// second, and on the embedded database each statement runs on the event loop.
import "server-only";

import { setImmediate as nextTurn } from "node:timers/promises";

import type { Prisma } from "@prisma/client";

export interface BulkColumn {
  name: string;
  /** SQL type of the column, e.g. text, integer, jsonb, "RepairKind". */
  type: string;
}

const MAX_ROWS = 5_000;
const MAX_JSON_CHARS = 256 * 1024;

/**
 * Inserts `rows` into `table` (columns as given, plus `computed` SQL
 * expressions), in statements of at most MAX_ROWS rows or about
 * MAX_JSON_CHARS of JSON (a single larger row goes alone), yielding to the
 * event loop after each.
 */
export async function bulkInsert(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly object[],
  /** Columns filled by an SQL expression rather than by the rows, e.g. { updatedAt: "now()" }. */
  computed: Record<string, string> = {},
): Promise<void> {
  const names = [
    ...columns.map((c) => `"${c.name}"`),
    ...Object.keys(computed).map((n) => `"${n}"`),
  ];
  // Read every value as text or json, then cast: enum types cannot be named in a record definition portably.
  const record = columns.map(
    (c) =>
      `"${c.name}" ${c.type === "jsonb" ? "jsonb" : c.type === "integer" ? "integer" : "text"}`,
  );
  const values = [
    ...columns.map((c) =>
      ["text", "integer", "jsonb"].includes(c.type)
        ? `x."${c.name}"`
        : `x."${c.name}"::${c.type}`,
    ),
    ...Object.values(computed),
  ];
  const sql = `INSERT INTO "${table}" (${names.join(", ")}) SELECT ${values.join(", ")} FROM json_to_recordset($1::json) AS x(${record.join(", ")})`;
  let chunk: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await tx.$executeRawUnsafe(sql, `[${chunk.join(",")}]`);
    chunk = [];
    chars = 0;
    await nextTurn();
  };
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (
      chunk.length >= MAX_ROWS ||
      (chunk.length > 0 && chars + json.length > MAX_JSON_CHARS)
    )
      await flush();
    chunk.push(json);
    chars += json.length;
  }
  await flush();
}

/** Prisma's createMany in slices of `size` rows, the event loop getting a turn between them. */
export async function createManyInSlices<T>(
  rows: readonly T[],
  size: number,
  create: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await create(rows.slice(i, i + size));
    await nextTurn();
  }
}
