import { ValidationError } from "@/lib/errors";

/** The years an issue date may fall in: the first newspapers to the far future, never year 0 (PostgreSQL has none). */
export const ISSUE_YEARS = { min: 1600, max: 2999 } as const;

/**
 * An issue date YYYY-MM-DD as a UTC midnight. Impossible dates (2024-02-30)
 * are refused, not rolled over, and so are years outside ISSUE_YEARS
 * (0000-01-01 would reach the database and fail there). Throws
 * ValidationError with the date and the expected form.
 */
export function parseIssueDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? new Date(`${date}T00:00:00Z`)
    : null;
  if (
    !parsed ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== date
  ) {
    throw new ValidationError(
      `Invalid issue date "${date}": use YYYY-MM-DD.`,
      `期刊日期“${date}”无效，请使用 YYYY-MM-DD 格式。`,
    );
  }
  const year = parsed.getUTCFullYear();
  if (year < ISSUE_YEARS.min || year > ISSUE_YEARS.max) {
    throw new ValidationError(
      `Invalid issue date "${date}": the year must be between ${ISSUE_YEARS.min} and ${ISSUE_YEARS.max}.`,
      `期刊日期“${date}”无效：年份应在 ${ISSUE_YEARS.min} 至 ${ISSUE_YEARS.max} 之间。`,
    );
  }
  return parsed;
}
