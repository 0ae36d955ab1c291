// The filters of the audit log, as the page's URL and the CSV export carry
// them, and the Prisma condition they stand for. Dates are calendar days in
// one time zone: the filtered paper's, or UTC when no paper is chosen.
import type { Prisma } from "@prisma/client";
import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().trim().min(1).max(200);

/** The filters; every field optional, each narrows the log. */
export const auditQuerySchema = z
  .object({
    /** First day shown (inclusive), YYYY-MM-DD in the query's time zone. */
    from: day.optional(),
    /** Last day shown (inclusive). */
    to: day.optional(),
    /** Who did it (User id). */
    actor: id.optional(),
    /** One action ("issue.publish"), or every action under a prefix ending in "." ("issue."). */
    action: z
      .string()
      .trim()
      .regex(/^[a-zA-Z][a-zA-Z.-]{0,99}$/)
      .optional(),
    entityType: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{1,50}$/)
      .optional(),
    entityId: id.optional(),
    /** The paper (Publication id). */
    paper: id.optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Which events a reader may see: every one, or those of these papers (never installation events). */
export type AuditScope = "all" | readonly string[];

/** Reads the filters from URL parameters, dropping empty and malformed ones (a hand-edited URL shows the log unfiltered there, not an error). */
export function auditQueryFrom(params: URLSearchParams): AuditQuery {
  const query: Record<string, string> = {};
  for (const key of Object.keys(auditQuerySchema.shape)) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const field =
      auditQuerySchema.shape[key as keyof typeof auditQuerySchema.shape];
    if (field.safeParse(value).success) query[key] = value;
  }
  return auditQuerySchema.parse(query);
}

/** The filters as URL parameters (the page's links and the export link). */
export function auditQueryParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value) params.set(key, value);
  return params;
}

/** The wall-clock fields of `at` in `timeZone`. */
function fieldsIn(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const f = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    year: f("year"),
    month: f("month"),
    day: f("day"),
    hour: f("hour"),
    minute: f("minute"),
    second: f("second"),
  };
}

/** "2026-12-08 12:30:05": `at` on the clock of `timeZone` (the audit page and its CSV). */
export function wallClock(at: Date, timeZone: string): string {
  const f = fieldsIn(at, timeZone);
  return `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}:${f.second}`;
}

/** Milliseconds `timeZone` is ahead of UTC at `at`. */
function offsetAt(timeZone: string, at: number): number {
  const f = fieldsIn(new Date(at), timeZone);
  const wall = Date.UTC(
    Number(f.year),
    Number(f.month) - 1,
    Number(f.day),
    Number(f.hour),
    Number(f.minute),
    Number(f.second),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in `timeZone` (DST-safe: the offset is taken at that instant). */
export function startOfDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - offsetAt(timeZone, wall);
  return new Date(wall - offsetAt(timeZone, guess));
}

/** The day after YYYY-MM-DD. */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The Prisma condition for `query` within `scope`, dates read in
 * `timeZone`. A paper outside the scope matches nothing.
 */
export function auditWhere(
  query: AuditQuery,
  scope: AuditScope,
  timeZone: string,
): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (scope !== "all") and.push({ publicationId: { in: [...scope] } });
  if (query.paper) and.push({ publicationId: query.paper });
  if (query.actor) and.push({ actorId: query.actor });
  if (query.action)
    and.push({
      action: query.action.endsWith(".")
        ? { startsWith: query.action }
        : query.action,
    });
  if (query.entityType) and.push({ entityType: query.entityType });
  if (query.entityId) and.push({ entityId: query.entityId });
  if (query.from)
    and.push({ createdAt: { gte: startOfDay(query.from, timeZone) } });
  if (query.to)
    and.push({ createdAt: { lt: startOfDay(nextDay(query.to), timeZone) } });
  return { AND: and };
}
