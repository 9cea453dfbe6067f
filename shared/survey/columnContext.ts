import { cellText } from './cells';
import type { ColumnData, ColumnKind, NonSubstantiveCount, SurveyColumn } from './survey';
import { isNonSubstantive, normaliseLabel } from './vocabularies';

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

/** A column's answers: the non-blank ones with their row, the blanks, and the non-substantive ones set aside. */
export interface Tally {
  answers: { row: number; cell: unknown; text: string }[];
  missing: number;
  nonSubstantive: Map<string, NonSubstantiveCount>;
}

/** Everything a reader may look at to decide a column's kind. Tallies are built once, when a reader first asks. */
export interface ColumnContext {
  index: number;
  header: string;
  cells: readonly unknown[];
  hint: ColumnHint;
  /** The kind a hint settles: a scale's bounds make a scale, options make tick boxes, else the hint's kind. */
  forced: ColumnKind | undefined;
  /** Every non-blank answer, "Don't know" included. */
  raw: () => Tally;
  /** Non-blank answers with "Don't know", "N/A"… counted apart. */
  substantive: () => Tally;
}

/** One way of reading a column: the column, or null to let the next reader try. */
export type ColumnReader = (context: ColumnContext) => SurveyColumn | null;

export interface ColumnContextOptions {
  index: number;
  header: string;
  cells: readonly unknown[];
  hint?: ColumnHint;
}

export function columnContext({ index, header, cells, hint = {} }: ColumnContextOptions): ColumnContext {
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  /** Null until the raw tally is made; then whether any answer was non-substantive. */
  let rawNonSubstantive: boolean | null = null;
  const raw = once(() => {
    const counted = tallied(cells, () => false);
    rawNonSubstantive = counted.nonSubstantiveSeen;
    return counted.tally;
  });
  return {
    index,
    header,
    cells,
    hint,
    forced: hint.scale ? 'scale' : hint.options ? 'multi' : hint.kind,
    raw,
    substantive: once(() => (rawNonSubstantive === false ? raw() : tally(cells, () => true))),
  };
}

/** Tallies cells; `respect(text)` says whether a non-substantive answer is set apart (a given scale order may use one). */
export function tally(cells: readonly unknown[], respect: (text: string) => boolean): Tally {
  return tallied(cells, respect).tally;
}

/** The tally, and whether any answer was non-substantive (set apart or not). */
function tallied(cells: readonly unknown[], respect: (text: string) => boolean): { tally: Tally; nonSubstantiveSeen: boolean } {
  const t: Tally = { answers: [], missing: 0, nonSubstantive: new Map() };
  let nonSubstantiveSeen = false;
  // A large survey repeats a few answers in every row: each distinct cell is read once.
  const seen = new Map<unknown, { text: string; setApart: boolean }>();
  cells.forEach((cell, row) => {
    let read = seen.get(cell);
    if (!read) {
      const text = cellText(cell);
      const nonSubstantive = text !== '' && isNonSubstantive(text);
      nonSubstantiveSeen ||= nonSubstantive;
      read = { text, setApart: nonSubstantive && respect(text) };
      if (typeof cell !== 'object') seen.set(cell, read);
    }
    const { text } = read;
    if (text === '') t.missing++;
    else if (read.setApart) {
      const key = normaliseLabel(text);
      const entry = t.nonSubstantive.get(key) ?? { label: text, count: 0 };
      entry.count++;
      t.nonSubstantive.set(key, entry);
    } else t.answers.push({ row, cell, text });
  });
  return { tally: t, nonSubstantiveSeen };
}

export interface MakeColumnOptions {
  kind: ColumnKind;
  tally: Pick<Tally, 'missing' | 'nonSubstantive'>;
  data: ColumnData;
  unreadable?: number;
  /** A scale or choice that is a row of a grid question becomes kind 'grid'. */
  grid?: SurveyColumn['grid'];
}

/** The SurveyColumn for `context` read as `kind`. */
export function makeColumn(context: ColumnContext, { kind, tally: t, data, unreadable = 0, grid }: MakeColumnOptions): SurveyColumn {
  const gridKind = grid && (kind === 'scale' || kind === 'choice') ? 'grid' : kind;
  return {
    column: context.index,
    header: context.header,
    kind: gridKind,
    ...(grid ? { grid } : {}),
    missing: t.missing,
    nonSubstantive: [...t.nonSubstantive.values()],
    unreadable,
    data,
  };
}
