import { extent } from '../util/extent';
import { cellNumber } from './cells';
import { type ColumnContext, type ColumnHint, type ColumnReader, makeColumn, type Tally } from './columnContext';
import { headerScaleBounds, isCountHeader, isIdentifierHeader } from './headerHints';
import type { SurveyColumn } from './survey';

export const TIME_HEADER = /^(timestamp|start time|completion time|last modified time|submitted( at)?|submission time)$/i;

/** A whole number this long is a phone number or an identifier, never an answer to analyse: left to the identifier check. */
const IDENTIFIER_SIZE = 1e9;

/** Most columns of a large survey are plain numbers: read them without building per-answer records. */
export const readPlainNumbers: ColumnReader = (context) => {
  if (context.forced || isIdentifierHeader(context.header) || TIME_HEADER.test(context.header.trim())) return null;
  const fast = plainNumbers(context.cells);
  if (!fast) return null;
  return numericColumn(context, { values: fast.values, tally: { missing: fast.missing, nonSubstantive: new Map() }, unreadable: 0 });
};

/** Numbers, most answers readable as one (or a hint says number or scale); "Don't know" set apart. */
export const readNumbers: ColumnReader = (context) => {
  const { forced } = context;
  const t = context.substantive();
  const seen = new Map<unknown, number>();
  const numbers = t.answers.map((a) => {
    let x = seen.get(a.cell);
    if (x === undefined) {
      x = cellNumber(a.cell);
      seen.set(a.cell, x);
    }
    return x;
  });
  const readable = numbers.filter((x) => !Number.isNaN(x)).length;
  if (!(forced === 'number' || forced === 'scale' || (!forced && t.answers.length > 0 && readable >= t.answers.length * 0.8))) return null;
  const values = new Float64Array(context.cells.length).fill(NaN);
  t.answers.forEach((a, i) => (values[a.row] = numbers[i]));
  return numericColumn(context, { values, tally: t, unreadable: t.answers.length - readable, given: context.hint.scale });
};

/** Every cell as a number (NaN when blank), or null as soon as one non-blank cell is not a plain number or none is. */
function plainNumbers(cells: readonly unknown[]): { values: Float64Array; missing: number } | null {
  const values = new Float64Array(cells.length);
  let missing = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === 'number' && Number.isFinite(c)) values[i] = c;
    else if (c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === '')) {
      values[i] = NaN;
      missing++;
    } else {
      const v = cellNumber(c);
      if (Number.isNaN(v)) return null;
      values[i] = v;
    }
    if (Math.abs(values[i]) >= IDENTIFIER_SIZE) return null;
  }
  return missing === cells.length ? null : { values, missing };
}

interface NumericOptions {
  values: Float64Array;
  tally: Pick<Tally, 'missing' | 'nonSubstantive'>;
  unreadable: number;
  /** Bounds and end labels a template gave. */
  given?: ColumnHint['scale'];
}

/**
 * A column of numbers: a scale when its answers are whole numbers within the bounds the header gives, or
 * within 0–10 spanning at least two points under a header that does not name a count ("Tasks done late",
 * "How many hours…"); otherwise a number. Blank cells are NaN in `values`.
 */
function numericColumn(context: ColumnContext, { values, tally, unreadable, given }: NumericOptions): SurveyColumn {
  const { forced, hint } = context;
  const bounds = given ?? headerScaleBounds(context.header);
  const { min: lo, max: hi } = extent(values);
  let allIntegers = true;
  for (let i = 0; i < values.length && allIntegers; i++) if (!Number.isNaN(values[i]) && !Number.isInteger(values[i])) allIntegers = false;
  // Whole numbers from 0 to 10 can take at most 11 values: the length of Google Forms' longest linear scale.
  const looksLikeScale =
    !Number.isNaN(lo) &&
    allIntegers &&
    (bounds ? lo >= bounds.low && hi <= bounds.high : lo >= 0 && hi <= 10 && hi - lo >= 1 && !isCountHeader(context.header));
  if (!(forced === 'scale' || (forced !== 'number' && looksLikeScale))) {
    return makeColumn(context, { kind: 'number', tally, data: { type: 'numeric', values }, unreadable });
  }
  const low = bounds ? bounds.low : Math.min(lo, lo >= 1 ? 1 : 0);
  const high = bounds ? bounds.high : hi;
  const levels = [];
  for (let c = low; c <= high; c++) {
    const end = c === low ? given?.lowLabel : c === high ? given?.highLabel : undefined;
    levels.push({ label: end ? `${c} (${end})` : String(c), code: c });
  }
  const codes = new Float64Array(values.length);
  let outOfRange = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const inRange = Number.isInteger(v) && v >= low && v <= high;
    codes[i] = inRange ? v : NaN;
    if (!inRange && !Number.isNaN(v)) outOfRange++;
  }
  const data = { type: 'ordinal' as const, levels, codes, scaleName: `numeric ${low}–${high}`, boundsStated: bounds !== null };
  return makeColumn(context, { kind: 'scale', tally, data, unreadable: unreadable + outOfRange, grid: hint.grid });
}
