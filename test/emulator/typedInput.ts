import { Formula } from './formula';
import { wallTimeToSerial } from './timeZone';

/**
 * What Sheets stores when a script writes a string with setValue / setValues / appendRow.
 * Google's reference: "If it begins with '=' it is interpreted as a formula"; otherwise the
 * string is parsed as if typed (observed, and the reason clip text must be neutralised):
 *   '=…'            → a formula
 *   "'…"            → text, apostrophe dropped ("'=1+1" shows =1+1)
 *   '01234', '1,234.5', '-3', '1e3', '£12.50', '12.5%' → numbers (with a format for % and £)
 *   'TRUE' / 'false' → booleans
 *   '12/03/2026', '2026-03-12', '12 Mar 2026', '14:30', '12/03/2026 14:30' → dates and times
 *   (day/month order for en_GB, month/day for en_US; stored as serial numbers with a format)
 * A cell whose number format is '@' (plain text) keeps the string, '=' included (widely reported, not
 * confirmed), except that a leading apostrophe is still the hidden text prefix it is elsewhere.
 * Not modelled: other currencies, fractions ('1/2' stays text), locales with decimal commas.
 */
export type Stored = string | number | boolean | Formula;

export interface Typed {
  value: Stored | undefined;
  /** The number format Sheets assigns when the typed text implies one. */
  format?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm)?';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:\\s+${TIME})?$`, 'i');
const ISO_DATE = new RegExp(`^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:\\s+${TIME})?$`, 'i');
const NAMED_MONTH = new RegExp(`^(\\d{1,2})[ -]([a-z]{3,9})[ -,]*(\\d{4})(?:\\s+${TIME})?$`, 'i');
const TIME_ONLY = new RegExp(`^${TIME}$`, 'i');
/** Text that cannot be a number, boolean or date starts with none of these. */
const MAY_PARSE = /^[\d+\-.£$€tTfF]/;

function parseNumber(s: string): number | undefined {
  if (!/\d/.test(s) || !NUMBER.test(s)) return undefined;
  return Number(s.replace(/,/g, ''));
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function timeOf(h?: string, mi?: string, s?: string, ampm?: string): [number, number, number] | undefined {
  if (h === undefined) return [0, 0, 0];
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return [hour, minute, second];
}

function parseDate(s: string, monthFirst: boolean): Typed | undefined {
  let m = DAY_MONTH_YEAR.exec(s);
  let y: number, mo: number, d: number, dateFormat: string;
  if (m) {
    [d, mo] = monthFirst ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    y = fullYear(m[3]);
    dateFormat = monthFirst ? 'M/d/yyyy' : 'dd/MM/yyyy';
  } else if ((m = ISO_DATE.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    dateFormat = 'yyyy-MM-dd';
  } else if ((m = NAMED_MONTH.exec(s))) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    if (month < 0 || !'january february march april may june july august september october november december'.includes(m[2].toLowerCase()))
      return undefined;
    [y, mo, d] = [Number(m[3]), month + 1, Number(m[1])];
    dateFormat = 'd mmm yyyy';
  } else if ((m = TIME_ONLY.exec(s))) {
    const time = timeOf(m[1], m[2], m[3], m[4]);
    if (!time) return undefined;
    return { value: wallTimeToSerial(1899, 12, 30, ...time), format: m[4] ? 'h:mm:ss am/pm' : 'HH:mm:ss' };
  } else {
    return undefined;
  }
  if (!validDate(y, mo, d)) return undefined;
  // Every date pattern above has its optional time in groups 4–7.
  const time = timeOf(m[4], m[5], m[6], m[7]);
  if (!time) return undefined;
  const withTime = m[4] !== undefined;
  return { value: wallTimeToSerial(y, mo, d, ...time), format: withTime ? `${dateFormat} HH:mm:ss` : dateFormat };
}

/** Parses `s` as Sheets does for a cell with format `cellFormat` in `locale` ("en_GB"). */
export function parseTyped(s: string, cellFormat: string | undefined, locale: string): Typed {
  if (s === '') return { value: undefined };
  const first = s[0];
  if (first === "'") return { value: s.length === 1 ? undefined : s.slice(1) };
  if (cellFormat === '@') return { value: s };
  if (first === '=') return { value: new Formula(s) };
  const trimmed = s.trim();
  if (!MAY_PARSE.test(trimmed)) return { value: s };
  const n = parseNumber(trimmed);
  if (n !== undefined) return { value: n };
  const percent = /^([+-]?[\d.,eE+-]+)\s*%$/.exec(trimmed);
  if (percent) {
    const p = parseNumber(percent[1]);
    if (p !== undefined) return { value: p / 100, format: percent[1].includes('.') ? '0.00%' : '0%' };
  }
  const currency = /^([+-]?)([£$€])\s*([\d.,]+)$/.exec(trimmed);
  if (currency) {
    const c = parseNumber(currency[3]);
    if (c !== undefined) return { value: currency[1] === '-' ? -c : c, format: `${currency[2]}#,##0.00` };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = parseDate(trimmed, locale === 'en_US');
  if (date) return date;
  return { value: s };
}
