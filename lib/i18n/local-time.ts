// Wall-clock times of a publication's time zone (Publication.timezone, e.g.
// Asia/Shanghai), for the 定时发布 form: what the desk types and reads is the
// paper's local time, whatever the server's own zone is.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The zone's offset from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a `<input type="datetime-local">` value ("2026-12-09T06:30",
 * seconds optional) names in `timeZone` (IANA). Null for a value of another
 * shape or a date that does not exist (2026-02-30). In a daylight-saving
 * gap or overlap the offset before the change is taken.
 */
export function parseLocalDateTime(
  value: string,
  timeZone: string,
): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return null;
  // The offset at the guess, then again at the corrected instant (a zone
  // that changed its offset in between).
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** `at` as the zone's wall clock, "2026-12-09 06:30", for the desk to read. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return local.toISOString().slice(0, 16).replace("T", " ");
}

/** `at` as a datetime-local value in the zone, "2026-12-09T06:30". */
export function toLocalInputValue(at: Date, timeZone: string): string {
  return formatLocalDateTime(at, timeZone).replace(" ", "T");
}
