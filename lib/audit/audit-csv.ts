// The audit log as CSV for a spreadsheet (lib/http/csv.ts: RFC 4180, a
// byte-order mark so Excel reads Chinese, formulas neutralised), streamed in
// batches by keyset so a long log never sits in memory whole.
import "server-only";

import type { Db } from "@/lib/db/client";
import { CSV_BOM, csvRecords } from "@/lib/http/csv";

import {
  type AuditQuery,
  type AuditScope,
  auditWhere,
  wallClock,
} from "./audit-query";
import {
  type AuditCursor,
  auditTimeZone,
  readAuditRows,
} from "./list-audit-events";

/** Rows read per database round trip while streaming. */
export const CSV_BATCH = 500;

export interface CsvOptions {
  /** The action in words (the page's Chinese label), beside its key. */
  label(action: string): string;
  /** Column titles, in order: time, actor, email, action, action key, paper, entity type, entity id, data. */
  headers: readonly string[];
}

/**
 * The events `scope` may see under `query`, newest first, as a stream of
 * CSV bytes (BOM, header line, one record per event). Reads CSV_BATCH rows
 * at a time as the consumer pulls; a cancelled download stops reading.
 */
export function streamAuditCsv(
  prisma: Db,
  scope: AuditScope,
  query: AuditQuery,
  options: CsvOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let where: ReturnType<typeof auditWhere> | null = null;
  let timeZone = "UTC";
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        timeZone = await auditTimeZone(prisma, query);
        where = auditWhere(query, scope, timeZone);
        const headers = options.headers.map((h, i) =>
          i === 0 ? `${h} (${timeZone})` : h,
        );
        controller.enqueue(encoder.encode(CSV_BOM + csvRecords([headers])));
      },
      async pull(controller) {
        const rows = await readAuditRows(
          prisma,
          where!,
          cursor,
          "older",
          CSV_BATCH,
        );
        const text = csvRecords(
          rows.map((r) => [
            wallClock(r.createdAt, timeZone),
            r.actor?.name,
            r.actor?.email,
            options.label(r.action),
            r.action,
            r.publication?.name,
            r.entityType,
            r.entityId,
            r.data === null ? "" : JSON.stringify(r.data),
          ]),
        );
        if (text) controller.enqueue(encoder.encode(text));
        const last = rows.at(-1);
        if (!last || rows.length < CSV_BATCH) controller.close();
        else cursor = { createdAt: last.createdAt, id: last.id };
      },
    },
    { highWaterMark: 1 },
  );
}
