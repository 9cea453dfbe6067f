/** Reading single cells as Sheets' getValues() or a CSV reader gives them. */

/** True for a Date from any realm (Apps Script's, a vm context's, Node's): `instanceof` would miss some. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The cell as trimmed text: '' for empty, null or undefined; numbers and booleans as written; Dates as ISO. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).trim();
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** The cell as a finite number, or NaN when it is not a plain number ("2.5" reads; "2.5 hours" does not). */
export function cellNumber(cell: unknown): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== 'string') return NaN;
  const t = cell.trim();
  // A 400-digit string is "a number" to the pattern but Infinity to JavaScript: unreadable, not infinite.
  const n = NUMBER.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) ? n : NaN;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Google Forms' own CSV download: "2023/11/14 10:23:45 am GMT", "2024/3/5 4:05:12 PM GMT+1". Read as wall time. */
const YMD =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?(?:\s*(?:GMT|UTC|BST)(?:[+-]\d{1,2}(?::?\d{2})?)?)?$/i;

/** Epoch ms of a wall-clock time read as UTC, or NaN for an impossible one (31/02, 25:00) that Date.UTC would roll over. */
function wallTime(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return NaN;
  const ms = Date.UTC(year, month - 1, day, h, m, s);
  return new Date(ms).getUTCDate() === day ? ms : NaN;
}

const to24 = (h: number, ampm: string | undefined) => {
  const x = ampm?.replace(/\./g, '').toLowerCase();
  return x === 'pm' && h < 12 ? h + 12 : x === 'am' && h === 12 ? 0 : h;
};

export type DateOrder = 'dmy' | 'mdy';

/** Splits a "dd/mm/yyyy[ hh:mm[:ss]]" style text into numbers, or null; the order is decided per column. */
export function dateParts(text: string): { a: number; b: number; year: number; h: number; m: number; s: number } | null {
  const match = DMY.exec(text.trim());
  if (!match) return null;
  let year = Number(match[3]);
  if (match[3].length === 2) year += 2000;
  const h = to24(match[4] ? Number(match[4]) : 0, match[7]);
  return { a: Number(match[1]), b: Number(match[2]), year, h, m: match[5] ? Number(match[5]) : 0, s: match[6] ? Number(match[6]) : 0 };
}

/**
 * The cell as epoch milliseconds of its wall-clock time (read as UTC), or NaN.
 * Date objects keep their instant; "dd/mm/yyyy" text follows `order` (UK exports are day first).
 */
export function cellTime(cell: unknown, order: DateOrder = 'dmy'): number {
  if (isDate(cell)) return cell.getTime();
  if (typeof cell !== 'string') return NaN;
  const t = cell.trim();
  const iso = ISO.exec(t);
  if (iso) {
    if (Number.isNaN(wallTime(+iso[1], +iso[2], +iso[3]))) return NaN;
    return Date.parse(t.length === 10 ? `${t}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(t) ? t : `${t}Z`);
  }
  const ymd = YMD.exec(t);
  if (ymd) return wallTime(+ymd[1], +ymd[2], +ymd[3], to24(ymd[4] ? +ymd[4] : 0, ymd[7]), ymd[5] ? +ymd[5] : 0, ymd[6] ? +ymd[6] : 0);
  const p = dateParts(t);
  if (!p) return NaN;
  const [day, month] = order === 'dmy' ? [p.a, p.b] : [p.b, p.a];
  return wallTime(p.year, month, day, p.h, p.m, p.s);
}

/** Day-first unless some value can only be month-first (a middle part above 12). */
export function detectDateOrder(texts: Iterable<string>): DateOrder {
  for (const t of texts) {
    const p = dateParts(t);
    if (p && p.b > 12) return 'mdy';
  }
  return 'dmy';
}
