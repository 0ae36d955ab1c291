import { ValidationError } from "@/lib/errors";

/** An issue date YYYY-MM-DD as a UTC midnight; impossible dates (2024-02-30) are refused, not rolled over. */
export function parseIssueDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new ValidationError(`Invalid issue date "${date}": use YYYY-MM-DD.`, `期刊日期“${date}”无效，请使用 YYYY-MM-DD 格式。`);
  }
  return parsed;
}
