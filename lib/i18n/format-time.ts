// Staff screens and records show times on the paper's clock, not the
// server's: a sign-off at 23:40 Beijing time is not "15:40".

/**
 * `at` as "YYYY-MM-DD HH:mm" in `timeZone` (IANA, e.g. Asia/Shanghai), 24-hour.
 * Throws RangeError for an unknown time zone.
 */
export function formatTimeIn(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
