// Inserts many rows in one statement: the rows travel as one JSON parameter
// and json_to_recordset unpacks them in the database. Prisma's createMany
// spends ~0.15 ms a row compiling parameters, too slow for the thousands of
// repair rows of a 16-page issue. Table and column names come from code only.
import "server-only";

import type { Prisma } from "@prisma/client";

export interface BulkColumn {
  name: string;
  /** SQL type of the column, e.g. text, integer, jsonb, "RepairKind". */
  type: string;
}

const CHUNK = 5_000;

export async function bulkInsert(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly object[],
  /** Columns filled by an SQL expression rather than by the rows, e.g. { updatedAt: "now()" }. */
  computed: Record<string, string> = {},
): Promise<void> {
  const names = [...columns.map((c) => `"${c.name}"`), ...Object.keys(computed).map((n) => `"${n}"`)];
  // Read every value as text or json, then cast: enum types cannot be named in a record definition portably.
  const record = columns.map((c) => `"${c.name}" ${c.type === "jsonb" ? "jsonb" : c.type === "integer" ? "integer" : "text"}`);
  const values = [
    ...columns.map((c) => (["text", "integer", "jsonb"].includes(c.type) ? `x."${c.name}"` : `x."${c.name}"::${c.type}`)),
    ...Object.values(computed),
  ];
  const sql = `INSERT INTO "${table}" (${names.join(", ")}) SELECT ${values.join(", ")} FROM json_to_recordset($1::json) AS x(${record.join(", ")})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + CHUNK)));
  }
}
