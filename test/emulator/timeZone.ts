/**
 * Wall-clock arithmetic in a named IANA time zone, via Intl (no dependency). Sheets stores a
 * date as a serial day number in the spreadsheet's time zone (day 0 = 30 Dec 1899), and
 * Utilities.formatDate renders an instant in a given zone; both need these conversions.
 */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;
/** Days from the Sheets epoch (1899-12-30) to the Unix epoch. */
const SERIAL_UNIX_EPOCH = 25_569;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds to add to UTC to get wall-clock time in `timeZone` at instant `ms`. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / 900_000);
  const key = `${timeZone}|${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const whole = bucket * 900_000;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(whole))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const asUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = asUtc - whole;
  offsetCache.set(key, offset);
  return offset;
}

/** The wall-clock fields of instant `ms` in `timeZone`. */
export function partsInZone(ms: number, timeZone: string): ZonedParts {
  const local = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
}

/** The instant whose wall-clock time in `timeZone` is `localMs` (wall time written as if UTC). */
export function wallTimeToInstant(localMs: number, timeZone: string): number {
  const guess = localMs - zoneOffsetMs(localMs, timeZone);
  return localMs - zoneOffsetMs(guess, timeZone);
}

/** Sheets serial day number of instant `ms` in `timeZone`. */
export function instantToSerial(ms: number, timeZone: string): number {
  return (ms + zoneOffsetMs(ms, timeZone)) / MS_PER_DAY + SERIAL_UNIX_EPOCH;
}

/** The instant of Sheets serial day number `serial` in `timeZone`, rounded to the millisecond. */
export function serialToInstant(serial: number, timeZone: string): number {
  return Math.round(wallTimeToInstant((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY, timeZone));
}

/** Serial day number of a wall-clock date and time (month 1–12). */
export function wallTimeToSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) / MS_PER_DAY + SERIAL_UNIX_EPOCH;
}

/** Wall-clock fields of a serial day number (no zone: the serial already is wall time). */
export function serialToWallParts(serial: number): ZonedParts {
  return partsInZone(Math.round((serial - SERIAL_UNIX_EPOCH) * MS_PER_DAY), 'UTC');
}

/** Short zone name at an instant ("GMT", "BST"), as Java's `z`. */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(ms));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'UTC' ? 'GMT' : name;
}
