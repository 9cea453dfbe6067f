import { fail } from './gasError';
import { partsInZone, zoneAbbreviation, zoneOffsetMs } from './timeZone';

/**
 * Utilities.formatDate(date, timeZone, pattern): Java SimpleDateFormat patterns, as Google's
 * reference says. Supported letters: G y M L d E u a H k K h m s S z Z X and 'quoted text'
 * ('' is a literal quote). Other ASCII letters throw, as Java does for an unknown letter
 * ("Illegal pattern character 'q'").
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(offsetMs: number, letter: 'Z' | 'X', count: number): string {
  if (letter === 'X' && offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = pad(Math.floor(total / 60), 2);
  const mm = pad(total % 60, 2);
  if (letter === 'X') return count === 1 ? sign + hh : count === 2 ? sign + hh + mm : `${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const p = partsInZone(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end === -1 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (ch) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(hour12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'z':
        out += zoneAbbreviation(ms, timeZone);
        break;
      case 'Z':
        out += offsetText(zoneOffsetMs(ms, timeZone), 'Z', n);
        break;
      case 'X':
        out += offsetText(zoneOffsetMs(ms, timeZone), 'X', n);
        break;
      default:
        fail(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
