// Stores one original file byte for byte, in pieces: a 10 MiB bytea
// parameter kept the event loop busy for over a second on the embedded
// database (PGlite encodes bytea parameters in JavaScript) and ~150 ms on
// PostgreSQL. Pieces of 256 KiB travel as base64 text into a temporary table
// (dropped at commit), each statement short, the event loop getting a turn
// between them; one INSERT … SELECT then joins them into the row.
import "server-only";

import { setImmediate as nextTurn } from "node:timers/promises";

import type { Prisma } from "@prisma/client";

const PIECE = 256 * 1024;

export interface SourceRow {
  id: string;
  issueId: string;
  pageId: string | null;
  fileName: string;
  format: "MARKDOWN" | "PLAIN_TEXT" | "ALTO" | "METS";
  encoding: string;
  byteSize: number;
  checksum: string;
  content: Uint8Array;
  importedById: string | null;
}

/** Inserts `row` into "OcrSource" within the transaction `tx`, its content sent in pieces. */
export async function insertSource(
  tx: Prisma.TransactionClient,
  row: SourceRow,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE IF NOT EXISTS folio_source_piece (source text NOT NULL, seq int NOT NULL, data bytea NOT NULL) ON COMMIT DROP`,
  );
  for (let seq = 0, at = 0; at < row.content.length; seq++, at += PIECE) {
    const piece = Buffer.from(
      row.content.buffer,
      row.content.byteOffset + at,
      Math.min(PIECE, row.content.length - at),
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO folio_source_piece VALUES ($1, $2::int, decode($3, 'base64'))`,
      row.id,
      seq,
      piece.toString("base64"),
    );
    await nextTurn();
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO "OcrSource" ("id", "issueId", "pageId", "fileName", "format", "encoding", "byteSize", "checksum", "content", "importedById")
     SELECT $1, $2, $3, $4, $5::"OcrFormat", $6, $7::int, $8,
            coalesce((SELECT string_agg(data, ''::bytea ORDER BY seq) FROM folio_source_piece WHERE source = $1), ''::bytea), $9`,
    row.id,
    row.issueId,
    row.pageId,
    row.fileName,
    row.format,
    row.encoding,
    row.byteSize,
    row.checksum,
    row.importedById,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM folio_source_piece WHERE source = $1`,
    row.id,
  );
}
