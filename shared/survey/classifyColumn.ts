import { extent } from '../util/extent';
import { cellNumber, cellText, cellTime, detectDateOrder, isDate } from './cells';
import type { ColumnData, ColumnKind, NonSubstantiveCount, SurveyColumn } from './survey';
import { isNonSubstantive, matchVocabulary, normaliseLabel } from './vocabularies';
import { looksMulti, splitChoices } from './checkboxAnswers';
import { headerScaleBounds, isIdentifierHeader } from './headerHints';

/** How one column should be read, when the caller (a template, the sidebar) knows better than guessing. */
export interface ColumnHint {
  kind?: ColumnKind;
  /** Ordinal labels low to high; makes the column a scale in exactly this order. */
  scaleOrder?: string[];
  /** A numeric linear scale's bounds and end labels (a template knows them; a header only sometimes says). */
  scale?: { low: number; high: number; lowLabel?: string; highLabel?: string };
  /** A checkbox question's options: answers are split on them, so an option may itself contain ", ". */
  options?: string[];
  grid?: { question: string; row: string };
}

const TIME_HEADER = /^(timestamp|start time|completion time|last modified time|submitted( at)?|submission time)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;


interface Tally {
  answers: { row: number; cell: unknown; text: string }[];
  missing: number;
  nonSubstantive: Map<string, NonSubstantiveCount>;
}

function tally(cells: readonly unknown[], respect: (text: string) => boolean): Tally {
  const t: Tally = { answers: [], missing: 0, nonSubstantive: new Map() };
  cells.forEach((cell, row) => {
    const text = cellText(cell);
    if (text === '') t.missing++;
    else if (respect(text) && isNonSubstantive(text)) {
      const key = normaliseLabel(text);
      const entry = t.nonSubstantive.get(key) ?? { label: text, count: 0 };
      entry.count++;
      t.nonSubstantive.set(key, entry);
    } else t.answers.push({ row, cell, text });
  });
  return t;
}

function column(
  index: number,
  header: string,
  kind: ColumnKind,
  t: Pick<Tally, 'missing' | 'nonSubstantive'>,
  data: ColumnData,
  unreadable = 0,
  grid?: SurveyColumn['grid'],
): SurveyColumn {
  return {
    column: index,
    header,
    kind,
    ...(grid ? { grid } : {}),
    missing: t.missing,
    nonSubstantive: [...t.nonSubstantive.values()],
    unreadable,
    data,
  };
}

function ordinalFromLabels(n: number, t: Tally, order: string[], scaleName: string) {
  const levelOf = new Map(order.map((label, i) => [normaliseLabel(label), i] as const));
  const codes = new Float64Array(n).fill(NaN);
  let unreadable = 0;
  for (const a of t.answers) {
    const level = levelOf.get(normaliseLabel(a.text));
    if (level === undefined) unreadable++;
    else codes[a.row] = level + 1;
  }
  const levels = order.map((label, i) => ({ label, code: i + 1 }));
  return { data: { type: 'ordinal' as const, levels, codes, scaleName }, unreadable };
}

/**
 * Decides a column's kind from its header and answers, and codes its answers.
 * Order of tests: hint, identifier, timestamp, numbers (scale or number), ordinal labels, checkbox, choice, text.
 */
export function classifyColumn(index: number, header: string, cells: readonly unknown[], hint: ColumnHint = {}): SurveyColumn {
  const n = cells.length;
  const grid = hint.grid;
  const gridKind = (k: ColumnKind): ColumnKind => (grid && (k === 'scale' || k === 'choice') ? 'grid' : k);

  if (hint.scaleOrder && hint.scaleOrder.length >= 2) {
    const t = tally(cells, (text) => !hint.scaleOrder!.some((l) => normaliseLabel(l) === normaliseLabel(text)));
    const { data, unreadable } = ordinalFromLabels(n, t, hint.scaleOrder, 'given order');
    return column(index, header, gridKind('scale'), t, data, unreadable, grid);
  }

  const forced = hint.scale ? 'scale' : hint.options ? 'multi' : hint.kind;
  if (!forced && !isIdentifierHeader(header) && !TIME_HEADER.test(header.trim())) {
    // Most columns of a large survey are plain numbers: read them without building per-answer records.
    const fast = readNumbers(cells);
    if (fast) return numericColumn(index, header, fast.values, { missing: fast.missing, nonSubstantive: new Map() }, 0, undefined, grid);
  }

  const raw = tally(cells, () => false);
  const texts = raw.answers.map((a) => a.text);

  // A template may call a question short text; if it asks for a name or an address, it is still withheld.
  const mayBeId = !forced || forced === 'text';
  if (forced === 'id' || (mayBeId && (isIdentifierHeader(header) || (texts.length > 0 && texts.filter((x) => EMAIL.test(x)).length >= texts.length / 2)))) {
    return column(index, header, 'id', raw, { type: 'withheld' });
  }

  // The column's date order first: "3/14/2024" is a date, month first, not an impossible day-first one.
  const order = detectDateOrder(texts);
  const isDateLike = (a: { cell: unknown; text: string }) => isDate(a.cell) || !Number.isNaN(cellTime(a.text, order));
  if (forced === 'timestamp' || (!forced && texts.length > 0 && (TIME_HEADER.test(header.trim()) || raw.answers.every(isDateLike)) && raw.answers.filter(isDateLike).length >= texts.length * 0.9)) {
    const values = new Float64Array(n).fill(NaN);
    let unreadable = 0;
    for (const a of raw.answers) {
      values[a.row] = cellTime(a.cell, order);
      if (Number.isNaN(values[a.row])) unreadable++;
    }
    return column(index, header, 'timestamp', raw, { type: 'timestamp', values }, unreadable);
  }

  const t = tally(cells, () => true);
  const numbers = t.answers.map((a) => cellNumber(a.cell));
  const readable = numbers.filter((x) => !Number.isNaN(x)).length;
  if (forced === 'number' || forced === 'scale' || (!forced && t.answers.length > 0 && readable >= t.answers.length * 0.8)) {
    const values = new Float64Array(n).fill(NaN);
    t.answers.forEach((a, i) => (values[a.row] = numbers[i]));
    return numericColumn(index, header, values, t, t.answers.length - readable, forced, grid, hint.scale);
  }

  const match = forced ? null : matchVocabulary(t.answers.map((a) => a.text));
  if (match) {
    const order = match.vocabulary.levels.map((spellings) => spellings[0]);
    // Show the spelling respondents actually saw for each level that was used.
    const seen = new Set<number>();
    for (const a of t.answers) {
      const level = match.levelOf.get(normaliseLabel(a.text))!;
      if (!seen.has(level)) order[level] = a.text;
      seen.add(level);
    }
    const codes = new Float64Array(n).fill(NaN);
    for (const a of t.answers) codes[a.row] = match.levelOf.get(normaliseLabel(a.text))! + 1;
    const levels = order.map((label, i) => ({ label, code: i + 1 }));
    return column(index, header, gridKind('scale'), t, { type: 'ordinal', levels, codes, scaleName: match.vocabulary.name }, 0, grid);
  }

  if (forced === 'multi' || (!forced && looksMulti(texts))) {
    const options: string[] = [];
    const optionIndex = new Map<string, number>();
    const selections: (number[] | null)[] = new Array(n).fill(null);
    const known = hint.options ?? [];
    for (const label of known) optionIndex.set(label, options.push(label) - 1);
    for (const a of raw.answers) {
      selections[a.row] = splitChoices(a.text, known).map((label) => {
        let i = optionIndex.get(label);
        if (i === undefined) {
          i = options.length;
          options.push(label);
          optionIndex.set(label, i);
        }
        return i;
      });
    }
    return column(index, header, 'multi', raw, { type: 'multi', options, selections });
  }

  const distinct = new Map<string, number>();
  for (const a of t.answers) distinct.set(a.text, (distinct.get(a.text) ?? 0) + 1);
  if (forced === 'choice' || (!forced && (grid ? distinct.size <= 20 : looksLikeChoice(distinct, t.answers.length)))) {
    const categories = [...distinct.keys()];
    const index_ = new Map(categories.map((c, i) => [c, i] as const));
    const values = new Int32Array(n).fill(-1);
    for (const a of t.answers) values[a.row] = index_.get(a.text)!;
    return column(index, header, gridKind('choice'), t, { type: 'categorical', categories, values }, 0, grid);
  }

  const answers: (string | null)[] = new Array(n).fill(null);
  for (const a of raw.answers) answers[a.row] = a.text;
  return column(index, header, 'text', raw, { type: 'text', answers });
}

/** Every cell as a number (NaN when blank), or null as soon as one non-blank cell is not a plain number or none is. */
function readNumbers(cells: readonly unknown[]): { values: Float64Array; missing: number } | null {
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
  }
  return missing === cells.length ? null : { values, missing };
}

/**
 * A column of numbers: a scale when its answers are whole numbers within the bounds the header gives, or
 * within 0–10 spanning at least two points; otherwise a number. Blank cells are NaN in `values`.
 */
function numericColumn(
  index: number,
  header: string,
  values: Float64Array,
  t: Pick<Tally, 'missing' | 'nonSubstantive'>,
  unreadable: number,
  forced: ColumnKind | undefined,
  grid: SurveyColumn['grid'],
  given?: ColumnHint['scale'],
): SurveyColumn {
  const bounds = given ?? headerScaleBounds(header);
  const { min: lo, max: hi } = extent(values);
  let allIntegers = true;
  for (let i = 0; i < values.length && allIntegers; i++) if (!Number.isNaN(values[i]) && !Number.isInteger(values[i])) allIntegers = false;
  // Whole numbers from 0 to 10 can take at most 11 values: the length of Google Forms' longest linear scale.
  const looksLikeScale = !Number.isNaN(lo) && allIntegers && (bounds ? lo >= bounds.low && hi <= bounds.high : lo >= 0 && hi <= 10 && hi - lo >= 1);
  const kind: ColumnKind = grid ? 'grid' : 'scale';
  if (forced === 'scale' || (forced !== 'number' && looksLikeScale)) {
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
    // "(stated)" marks bounds a header or template gave, which later alignment must not move.
    const scaleName = `numeric ${low}–${high}${bounds ? ' (stated)' : ''}`;
    return column(index, header, kind, t, { type: 'ordinal', levels, codes, scaleName }, unreadable + outOfRange, grid);
  }
  return column(index, header, 'number', t, { type: 'numeric', values }, unreadable);
}

/**
 * Single choice rather than free text: few options, each chosen about three times or more; or, in a small
 * survey, short answers (options, not sentences) where at least one repeats. Up to 50 options (LAs, schools).
 */
function looksLikeChoice(distinct: Map<string, number>, answers: number): boolean {
  if (answers === 0) return false;
  if (distinct.size <= 20 && answers >= distinct.size * 3) return true;
  const short = [...distinct.keys()].every((a) => a.length <= 60 && !/[.!?]\s/.test(a));
  const repeats = [...distinct.values()].some((n) => n > 1);
  return short && repeats && distinct.size <= 50 && distinct.size < answers;
}
