import "server-only";

import type { Prisma } from "@prisma/client";

import type { ImportRows } from "./build-import-rows";
import { type BulkColumn, bulkInsert, createManyInSlices } from "./bulk-insert";

const text = (...names: string[]) =>
  names.map((name) => ({ name, type: "text" }));
const ARTICLE_COLUMNS: BulkColumn[] = [
  ...text(
    "id",
    "issueId",
    "kicker",
    "headline",
    "deck",
    "dateline",
    "bodyText",
    "rubric",
    "ocrSourceId",
    "ocrText",
  ),
  { name: "body", type: "jsonb" },
  { name: "ocrWords", type: "jsonb" },
  { name: "genre", type: '"ArticleGenre"' },
  { name: "wordCount", type: "integer" },
  { name: "suggestionCount", type: "integer" },
];
const REPAIR_COLUMNS: BulkColumn[] = [
  ...text("id", "articleId", "original", "replacement"),
  { name: "kind", type: '"RepairKind"' },
  { name: "field", type: '"RepairField"' },
  { name: "blockIndex", type: "integer" },
];
const REVISION_COLUMNS: BulkColumn[] = [
  ...text("id", "articleId", "authorId", "reason"),
  { name: "version", type: "integer" },
  { name: "snapshot", type: "jsonb" },
];

/** Prisma compiles createMany parameters on the event loop: slices of this many rows keep each step short. */
const SLICE = 250;

/** Inserts an import's rows in dependency order, each table in a few statements (bulkInsert, slices). */
export async function insertRows(
  tx: Prisma.TransactionClient,
  rows: ImportRows,
): Promise<void> {
  await bulkInsert(tx, "Article", ARTICLE_COLUMNS, rows.articles, {
    updatedAt: "now()",
  });
  await createManyInSlices(rows.placements, SLICE, (data) =>
    tx.placement.createMany({ data }),
  );
  await createManyInSlices(rows.bylines, SLICE, (data) =>
    tx.byline.createMany({ data }),
  );
  await bulkInsert(tx, "Repair", REPAIR_COLUMNS, rows.repairs);
  await createManyInSlices(rows.jumps, SLICE, (data) =>
    tx.jump.createMany({ data }),
  );
  await bulkInsert(tx, "Revision", REVISION_COLUMNS, rows.revisions);
}
