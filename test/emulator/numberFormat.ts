import { serialToWallParts } from './timeZone';

/**
 * How Sheets shows a stored value under a number format (Range.getDisplayValues), and which
 * formats make getValues return a Date. Covers the formats the add-on writes — '0', '0.0',
 * '0.00', '#,##0', '0%', '0.0%', '@', date and time patterns ('dd/MM/yyyy', 'yyyy-mm-dd',
 * 'HH:mm:ss', 'd mmm yyyy') — plus quoted literals, currency symbols, a negative section and
 * conditional sections ('[<0.0001]"< 0.0001";0.0000').
 * The automatic format shows up to 10 decimal places, switching to 1.23457E+15 style for
 * numbers of 15 or more digits (observed in Sheets; an approximation of its rules).
 */

/** What getNumberFormat returns for a cell never given a format (observed). */
export const AUTOMATIC_FORMAT = '0.###############';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const dateFormatCache = new Map<string, boolean>();

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, (m) => (/^\[[hms]+\]$/i.test(m) ? 'h' : ''));
}

/** True when the format renders a date, time or duration, so getValues returns a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === '@' || format === AUTOMATIC_FORMAT) return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    known = /[dyhs]|am\/pm|a\/p/i.test(stripLiterals(format.split(';')[0])) || /^[^0#?]*m+[^0#?]*$/i.test(stripLiterals(format));
    dateFormatCache.set(format, known);
  }
  return known;
}

/** Sheets' automatic rendering of a number. */
export function generalNumber(v: number): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const abs = Math.abs(v);
  if (abs >= 1e15 || (abs < 1e-9 && abs > 0)) {
    const [mantissa, exp] = v.toExponential(5).split('e');
    const m = String(Number(mantissa));
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return String(Number(v.toFixed(10)));
}

interface Token {
  kind: 'lit' | 'tok';
  text: string;
}

function tokenizeDate(format: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < format.length; ) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end === -1 ? format.length : end;
      out.push({ kind: 'lit', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (/^am\/pm/i.test(format.slice(i))) {
      out.push({ kind: 'tok', text: 'AM/PM' });
      i += 5;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      out.push({ kind: 'tok', text: format.slice(i, end + 1).toLowerCase() });
      i = end + 1;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let n = 1;
      while (format[i + n] !== undefined && format[i + n].toLowerCase() === ch.toLowerCase()) n++;
      out.push({ kind: 'tok', text: ch.toLowerCase().repeat(n) });
      i += n;
    } else if (ch === '.' && /^\.0+/.test(format.slice(i))) {
      const n = /^\.0+/.exec(format.slice(i))![0].length;
      out.push({ kind: 'tok', text: format.slice(i, i + n) });
      i += n;
    } else {
      out.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDateSerial(serial: number, format: string): string {
  const p = serialToWallParts(serial);
  const tokens = tokenizeDate(format);
  const twelveHour = tokens.some((t) => t.text === 'AM/PM');
  const isTimeToken = (t: Token | undefined) => t !== undefined && t.kind === 'tok' && /^(h+|s+|\[.*\])$/.test(t.text);
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'lit') {
      out += t.text;
      return;
    }
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => x.kind === 'tok');
    const next = tokens.slice(i + 1).find((x) => x.kind === 'tok');
    const hour = twelveHour ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
    const text = t.text;
    if (text === 'AM/PM') out += p.hour < 12 ? 'AM' : 'PM';
    else if (text.startsWith('[h')) out += String(Math.floor(serial * 24 + 1e-9));
    else if (text.startsWith('[m')) out += String(Math.floor(serial * 1440 + 1e-9));
    else if (text.startsWith('[s')) out += String(Math.floor(serial * 86400 + 1e-9));
    else if (text.startsWith('.')) out += pad(p.millisecond, 3).slice(0, text.length - 1);
    else if (text[0] === 'd')
      out +=
        text.length >= 4
          ? DAYS[p.weekday]
          : text.length === 3
            ? DAYS[p.weekday].slice(0, 3)
            : text.length === 2
              ? pad(p.day, 2)
              : String(p.day);
    else if (text[0] === 'y') out += text.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
    else if (text[0] === 'h') out += text.length >= 2 ? pad(hour, 2) : String(hour);
    else if (text[0] === 's') out += text.length >= 2 ? pad(p.second, 2) : String(p.second);
    else if (text[0] === 'm') {
      const minutes = text.length <= 2 && ((isTimeToken(prev) && prev!.text[0] === 'h') || (isTimeToken(next) && next!.text[0] === 's'));
      if (minutes) out += text.length === 2 ? pad(p.minute, 2) : String(p.minute);
      else
        out +=
          text.length >= 4
            ? MONTHS[p.month - 1]
            : text.length === 3
              ? MONTHS[p.month - 1].slice(0, 3)
              : text.length === 2
                ? pad(p.month, 2)
                : String(p.month);
    }
  });
  return out;
}

function formatNumberSection(v: number, section: string): string {
  let literalless = '';
  let prefix = '';
  let suffix = '';
  let inCore = false;
  let coreDone = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = section.slice(i + 1, end === -1 ? section.length : end);
      if (inCore || coreDone) suffix += text;
      else prefix += text;
      if (inCore) coreDone = true;
      i = end === -1 ? section.length : end;
      continue;
    }
    if (/[0#?.,]/.test(ch) && !coreDone) {
      inCore = true;
      literalless += ch;
    } else {
      if (inCore) coreDone = true;
      const text = ch === '\\' ? (section[++i] ?? '') : ch;
      if (coreDone) suffix += text;
      else prefix += text;
    }
  }
  // A section with no digit placeholder shows only its text ("Low", "< 0.0001").
  if (literalless === '') return prefix + suffix;
  const percent = (prefix + suffix).includes('%');
  const value = percent ? v * 100 : v;
  const [intPart, decPart = ''] = literalless.split('.');
  const decimals = decPart.replace(/,/g, '').length;
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',') && /[0#?]/.test(intPart.slice(intPart.indexOf(',') + 1));
  const trailingScale = /,+$/.exec(intPart)?.[0].length ?? 0;
  const scaled = value / 1000 ** (grouping ? 0 : trailingScale);
  let fixed = Math.abs(scaled).toFixed(decimals);
  if (decimals > minDecimals) fixed = fixed.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '').replace(/\.$/, '');
  let [whole, frac] = fixed.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return prefix + whole + (frac !== undefined ? `.${frac}` : '') + suffix;
}

const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d*\.?\d+(?:[eE][-+]?\d+)?)\]/;

function meets(v: number, op: string, bound: number): boolean {
  return op === '<'
    ? v < bound
    : op === '<='
      ? v <= bound
      : op === '>'
        ? v > bound
        : op === '>='
          ? v >= bound
          : op === '='
            ? v === bound
            : v !== bound;
}

/**
 * Google's number-format reference: a section may start with a condition such as [<100]; the first section
 * whose condition holds is used, and a section without one takes the numbers no condition matched.
 * Not modelled: the sign of a negative number shown through a conditional section.
 */
function formatConditional(v: number, sections: string[]): string {
  for (const section of sections) {
    const m = CONDITION.exec(section);
    if (!m) return formatNumberSection(v, section);
    if (meets(v, m[1], Number(m[2]))) return formatNumberSection(v, section.slice(m[0].length));
  }
  return generalNumber(v);
}

function formatNumber(v: number, format: string): string {
  const sections = format.split(';');
  if (sections.some((s) => CONDITION.test(s))) return formatConditional(v, sections);
  if (v < 0 && sections.length > 1) return formatNumberSection(-v, sections[1]);
  if (v === 0 && sections.length > 2) return formatNumberSection(0, sections[2]);
  const text = formatNumberSection(Math.abs(v), sections[0]);
  return v < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** The text Sheets shows for a stored value (number, string, boolean) under `format`. */
export function displayValue(value: string | number | boolean, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === AUTOMATIC_FORMAT || format === '@' || /^general$/i.test(format)) return generalNumber(value);
  if (isDateFormat(format)) return formatDateSerial(value, format);
  return formatNumber(value, format);
}
