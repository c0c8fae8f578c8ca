/**
 * Wall-clock arithmetic in an IANA time zone, with no dependency on the process's own zone.
 * Times are stored as epoch ms (UTC); agents think in local days and hours. Every "tomorrow 10:00"
 * is computed as a wall-clock date in the agent's zone, then converted back to an instant here.
 */

/** A local date and time in some zone. `month` is 1–12, `weekday` 0 (Sunday) – 6. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone to use when none is given: the runtime's own (respects process.env.TZ in Node). */
export function defaultTimeZone(): string {
  // Node caches the default zone inside Intl; read TZ first so that tests setting it at the top work.
  const env = typeof process !== 'undefined' ? process.env?.TZ : undefined;
  if (env && isValidTimeZone(env)) return env;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** True when `tz` is an IANA zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall clock of instant `ms` in zone `tz`. */
export function wallOf(ms: number, tz: string): Wall {
  const parts = formatter(tz).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of `tz` from UTC at instant `ms`, in minutes (Shanghai: +480). */
export function offsetMinutes(ms: number, tz: string): number {
  const w = wallOf(ms, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `tz` shows the given date and time. Out-of-range fields
 * roll over (day 32 → next month, hour 24 → next day). In a DST gap the later offset wins.
 */
export function fromWall(year: number, month: number, day: number, hour = 0, minute = 0, tz: string): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even next to a DST change.
  let ms = naive - offsetMinutes(naive, tz) * 60000;
  ms = naive - offsetMinutes(ms, tz) * 60000;
  return ms;
}

/** The calendar date `days` after the given one (negative goes back), normalised. */
export function addDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Start (inclusive) and end (exclusive) instants of the local day containing `ms`. */
export function dayBounds(ms: number, tz: string): { start: number; end: number } {
  const w = wallOf(ms, tz);
  const next = addDays(w.year, w.month, w.day, 1);
  return { start: fromWall(w.year, w.month, w.day, 0, 0, tz), end: fromWall(next.year, next.month, next.day, 0, 0, tz) };
}

/** Whole calendar days from the local date of `from` to the local date of `to` (tomorrow = 1). */
export function calendarDaysBetween(from: number, to: number, tz: string): number {
  const a = wallOf(from, tz);
  const b = wallOf(to, tz);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

/** The local calendar date of instant `ms` in `tz` as YYYY-MM-DD (file names, not toISOString's UTC date). */
export function localDate(ms: number, tz: string): string {
  const w = wallOf(ms, tz);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
