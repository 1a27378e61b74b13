/**
 * Vietnam keeps one time zone, UTC+7, with no daylight saving: every calendar date the service
 * computes ("today", a seed's dates) and every date-time it stores is in it.
 */
const OFFSET_MS = 7 * 3_600_000;

/** `YYYY-MM-DD` of the instant's calendar date in Vietnam. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO 8601 at +07:00, to the second, e.g. `2026-11-09T08:30:15+07:00`. */
export function vietnamDateTime(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The calendar date `days` after (or before) `date`, both `YYYY-MM-DD`. */
export function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a calendar date (`YYYY-MM-DD`) began in Vietnam. */
export function vietnamMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** `dd/mm/yyyy`, as citizens read dates on official documents, of a date or date-time. */
export function vietnamDisplayDate(dateOrInstant: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant)
    ? dateOrInstant
    : vietnamDate(new Date(dateOrInstant));
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
