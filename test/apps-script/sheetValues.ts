import { readFileSync } from 'node:fs';
import { readCsv } from '../../cli/readCsv';

const NUMBER = /^-?\d+(\.\d+)?$/;
const UK_TIMESTAMP = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * A CSV export turned back into what Sheets' getValues() returns for a Forms response tab: numbers as
 * numbers, timestamps as Dates (Europe/London wall time, which is UTC+0/+1; the tests only compare days),
 * everything else as text, and '' for blanks.
 */
export function asSheetValues(rows: string[][]): unknown[][] {
  return rows.map((row, r) =>
    row.map((cell) => {
      if (r === 0) return cell;
      if (NUMBER.test(cell)) return Number(cell);
      const t = UK_TIMESTAMP.exec(cell);
      if (t) return new Date(Date.UTC(+t[3], +t[2] - 1, +t[1], +t[4], +t[5], +t[6]));
      return cell;
    }),
  );
}

/** The bundled sample survey as a response tab's values. */
export function sampleSurveyValues(): unknown[][] {
  const csv = readCsv(readFileSync('examples/sample-survey.csv'));
  if (!csv.ok) throw new Error(csv.message);
  return asSheetValues(csv.rows);
}

/**
 * The values as seeded into an emulated tab. Google Forms stores an answer that begins with "=" as text, as if
 * typed with a leading apostrophe; seeding it bare would make the emulator (rightly) read it as a formula.
 */
export function asSeed(values: unknown[][]): unknown[][] {
  return values.map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? `'${cell}` : cell)));
}
