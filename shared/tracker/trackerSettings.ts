import { datePartsOf, dayNumberOf, type IsoDate, isoOf } from '../dates/isoDate';
import type { TaskType } from '../tasks/taskTypes';
import { readSettings, settingsRows } from './trackerLayout';

/** One school term: its first and last days, and the half-term holiday inside it (both '' when none). */
export interface Term {
  name: string;
  start: IsoDate;
  halfTermStart: IsoDate | '';
  halfTermEnd: IsoDate | '';
  end: IsoDate;
}

export interface TrackerSettings {
  minutes: Record<TaskType, number>;
  /** Protected SENCO hours per week by SENCO name, as the name appears in clips. */
  protectedHours: Map<string, number>;
  /** Hours for a SENCO with no row of their own; null when the default row is blank. */
  defaultProtectedHours: number | null;
  terms: Term[];
}

export const PROTECTED_HEADING = 'Protected SENCO time: hours a week each SENCO is given for the role (ask your head teacher)';
export const PROTECTED_HEADER = ['SENCO (name as in clips)', 'Protected hours per week'] as const;
export const DEFAULT_SENCO = 'Any other SENCO';
export const TERMS_HEADING = "Term dates: a typical English school year 2026–27 — check with your LA's calendar and change them";
export const TERMS_HEADER = ['Term', 'Starts', 'Half term from', 'Half term to', 'Ends'] as const;

/**
 * A typical 2026–27 year in England: autumn from Thursday 3 September, spring after New Year, summer after
 * Easter (Good Friday is 26 March 2027 on gov.uk's bank holiday list), each with a one-week half term. Schools'
 * dates differ by LA and academy trust, which is why the Settings tab says to check them.
 */
export const TYPICAL_TERMS: readonly Term[] = [
  { name: 'Autumn 2026', start: '2026-09-03', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-12-18' },
  { name: 'Spring 2027', start: '2027-01-04', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19', end: '2027-03-25' },
  { name: 'Summer 2027', start: '2027-04-12', halfTermStart: '2027-05-31', halfTermEnd: '2027-06-04', end: '2027-07-21' },
];

/** Days from Sheets' day 0 (30 December 1899) to 1 January 1970: a date cell holds days since day 0. */
const SHEETS_EPOCH_OFFSET = 25_569;

/** The number a Sheets date cell holds for a day (format it as a date to show it as one). */
export function sheetsSerial(iso: IsoDate): number {
  return dayNumberOf(iso) + SHEETS_EPOCH_OFFSET;
}

/** A day typed or read from a cell: ISO text (the edge turns date cells into it) or dd/mm/yyyy; else ''. */
export function dayOf(value: unknown): IsoDate | '' {
  const text = String(value ?? '').trim();
  const iso = text.slice(0, 10);
  if (datePartsOf(iso)) return iso;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!uk) return '';
  const candidate = isoOf(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return datePartsOf(candidate) ? candidate : '';
}

/**
 * The Settings tab as rows five cells wide: minutes per task type, protected hours per SENCO with a default
 * row, then the term dates, which end the tab (as Sheets serial numbers: give those cells a date format).
 */
export function settingsTabRows(): (string | number)[][] {
  const rows: (string | number)[][] = [...settingsRows(), ...protectedRows(), ...termRows()];
  return rows.map((r) => [...r, ...new Array<string>(5 - r.length).fill('')]);
}

/** The protected-time section: a blank row, its heading, header and the default row (hours left blank). */
export function protectedRows(): (string | number)[][] {
  return [[], [PROTECTED_HEADING], [...PROTECTED_HEADER], [DEFAULT_SENCO, '']];
}

/** The term section: a blank row, heading, header, then one row per term, its dates as serial numbers. */
export function termRows(): (string | number)[][] {
  const serial = (d: IsoDate | '') => (d === '' ? '' : sheetsSerial(d));
  return [
    [],
    [TERMS_HEADING],
    [...TERMS_HEADER],
    ...TYPICAL_TERMS.map((t) => [t.name, serial(t.start), serial(t.halfTermStart), serial(t.halfTermEnd), serial(t.end)]),
  ];
}

type Section = 'minutes' | 'protected' | 'terms';

/** Reads the Settings tab's values (date cells already turned into ISO days); what cannot be read is skipped. */
export function readTrackerSettings(values: readonly (readonly unknown[])[]): TrackerSettings {
  const out: TrackerSettings = { minutes: readSettings(values), protectedHours: new Map(), defaultProtectedHours: null, terms: [] };
  let section: Section = 'minutes';
  for (const row of values) {
    const first = String(row[0] ?? '').trim();
    if (first === PROTECTED_HEADING || first.startsWith('Protected SENCO time')) section = 'protected';
    else if (first === TERMS_HEADING || first.startsWith('Term dates')) section = 'terms';
    if (first === '' || first === PROTECTED_HEADER[0] || first === TERMS_HEADER[0]) continue;
    if (section === 'protected') readProtected(out, first, row[1]);
    if (section === 'terms') readTerm(out, first, row);
  }
  return out;
}

function readProtected(out: TrackerSettings, name: string, cell: unknown): void {
  if (cell === '' || cell === null || cell === undefined) return;
  const hours = Number(cell);
  if (!Number.isFinite(hours) || hours < 0 || hours > 80) return;
  if (name === DEFAULT_SENCO) out.defaultProtectedHours = hours;
  else out.protectedHours.set(name, hours);
}

function readTerm(out: TrackerSettings, name: string, row: readonly unknown[]): void {
  const [start, halfTermStart, halfTermEnd, end] = [1, 2, 3, 4].map((c) => dayOf(row[c]));
  if (start === '' || end === '' || start > end) return;
  const half = halfTermStart !== '' && halfTermEnd !== '' && halfTermStart <= halfTermEnd;
  out.terms.push({ name, start, end, halfTermStart: half ? halfTermStart : '', halfTermEnd: half ? halfTermEnd : '' });
}

/** A SENCO's protected hours per week: their own row, else the default row, else null (not set). */
export function protectedHoursOf(settings: TrackerSettings, senco: string): number | null {
  return settings.protectedHours.get(senco) ?? settings.defaultProtectedHours;
}
