import { cellTime, detectDateOrder, isDate } from './cells';
import { looksMulti, splitChoices } from './checkboxAnswers';
import { type ColumnReader, makeColumn, tally } from './columnContext';
import { identifyingColumn } from './identifyingColumn';
import { identifyingHeader } from './identifyingHeader';
import { readNumbers, readPlainNumbers, TIME_HEADER } from './readNumbers';
import { matchVocabulary, normaliseLabel } from './vocabularies';

/** A given scale order (from the sidebar or a template) wins over every guess, but not over an identifying header. */
const readGivenOrder: ColumnReader = (context) => {
  const order = context.hint.scaleOrder;
  if (!order || order.length < 2 || identifyingHeader(context.header)?.weak === false) return null;
  const inOrder = (text: string) => order.some((label) => normaliseLabel(label) === normaliseLabel(text));
  const t = tally(context.cells, (text) => !inOrder(text));
  const levelOf = new Map(order.map((label, i) => [normaliseLabel(label), i] as const));
  const codes = new Float64Array(context.cells.length).fill(NaN);
  let unreadable = 0;
  for (const a of t.answers) {
    const level = levelOf.get(normaliseLabel(a.text));
    if (level === undefined) unreadable++;
    else codes[a.row] = level + 1;
  }
  const levels = order.map((label, i) => ({ label, code: i + 1 }));
  const data = { type: 'ordinal' as const, levels, codes, scaleName: 'given order', boundsStated: true };
  return makeColumn(context, { kind: 'scale', tally: t, data, unreadable, grid: context.hint.grid });
};

/**
 * Names, contact details, identifiers, addresses, dates of birth, signatures: withheld, by header or by answers.
 * A template may call such a question short text, or a choice whose options are people: it is still withheld.
 */
const readIdentifying: ColumnReader = (context) => {
  const { forced } = context;
  const raw = context.raw();
  if (forced && forced !== 'text' && forced !== 'id' && forced !== 'choice' && forced !== 'multi') return null;
  // A declared choice is read by its header only: its answers are the options the form offered.
  const texts = forced === 'choice' || forced === 'multi' ? [] : raw.answers.map((a) => a.text);
  const found = identifyingColumn({ header: context.header, texts });
  const withheld = found ?? (forced === 'id' ? { reason: 'respondent identifiers' as const, knownNames: [], knownIdentifiers: [] } : null);
  return withheld ? { ...makeColumn(context, { kind: 'id', tally: raw, data: { type: 'withheld' } }), withheld } : null;
};

/** Dates and times: a time header, or answers that are (nearly) all dates in one order ("3/14/2024" is month first). */
const readTimestamp: ColumnReader = (context) => {
  const { forced } = context;
  const raw = context.raw();
  const texts = raw.answers.map((a) => a.text);
  const order = detectDateOrder(texts);
  const isDateLike = (a: { cell: unknown; text: string }) => isDate(a.cell) || !Number.isNaN(cellTime(a.text, order));
  const timeHeader = TIME_HEADER.test(context.header.trim());
  const guessed =
    !forced &&
    texts.length > 0 &&
    (timeHeader || raw.answers.every(isDateLike)) &&
    raw.answers.filter(isDateLike).length >= texts.length * 0.9;
  if (forced !== 'timestamp' && !guessed) return null;
  const values = new Float64Array(context.cells.length).fill(NaN);
  let unreadable = 0;
  for (const a of raw.answers) {
    values[a.row] = cellTime(a.cell, order);
    if (Number.isNaN(values[a.row])) unreadable++;
  }
  return makeColumn(context, { kind: 'timestamp', tally: raw, data: { type: 'timestamp', values }, unreadable });
};

/** Labels of a recognised ordinal vocabulary ("Strongly agree" … "Strongly disagree"), in any case or spacing. */
const readVocabulary: ColumnReader = (context) => {
  if (context.forced) return null;
  const t = context.substantive();
  const match = matchVocabulary(t.answers.map((a) => a.text));
  if (!match) return null;
  const order = match.vocabulary.levels.map((spellings) => spellings[0]);
  // Show the spelling respondents actually saw for each level that was used.
  const seen = new Set<number>();
  for (const a of t.answers) {
    const level = match.levelOf.get(normaliseLabel(a.text))!;
    if (!seen.has(level)) order[level] = a.text;
    seen.add(level);
  }
  const codes = new Float64Array(context.cells.length).fill(NaN);
  for (const a of t.answers) codes[a.row] = match.levelOf.get(normaliseLabel(a.text))! + 1;
  const levels = order.map((label, i) => ({ label, code: i + 1 }));
  const data = { type: 'ordinal' as const, levels, codes, scaleName: match.vocabulary.name, boundsStated: true };
  return makeColumn(context, { kind: 'scale', tally: t, data, grid: context.hint.grid });
};

/** Tick boxes: answers joined with ", " (a template's options may themselves hold ", "). */
const readTickBoxes: ColumnReader = (context) => {
  const raw = context.raw();
  if (!(context.forced === 'multi' || (!context.forced && looksMulti(raw.answers.map((a) => a.text))))) return null;
  const options: string[] = [];
  const optionIndex = new Map<string, number>();
  const selections: (number[] | null)[] = new Array(context.cells.length).fill(null);
  const known = context.hint.options ?? [];
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
  return makeColumn(context, { kind: 'multi', tally: raw, data: { type: 'multi', options, selections } });
};

/** One option out of several (a grid row: up to 20 options; otherwise see looksLikeChoice). */
const readChoice: ColumnReader = (context) => {
  const { forced, hint } = context;
  const t = context.substantive();
  const distinct = new Map<string, number>();
  for (const a of t.answers) distinct.set(a.text, (distinct.get(a.text) ?? 0) + 1);
  if (!(forced === 'choice' || (!forced && (hint.grid ? distinct.size <= 20 : looksLikeChoice(distinct, t.answers.length))))) return null;
  const categories = [...distinct.keys()];
  const indexOf = new Map(categories.map((c, i) => [c, i] as const));
  const values = new Int32Array(context.cells.length).fill(-1);
  for (const a of t.answers) values[a.row] = indexOf.get(a.text)!;
  return makeColumn(context, { kind: 'choice', tally: t, data: { type: 'categorical', categories, values }, grid: hint.grid });
};

/** Anything else is free text, kept as written (comments are redacted before any output). */
const readText: ColumnReader = (context) => {
  const raw = context.raw();
  const answers: (string | null)[] = new Array(context.cells.length).fill(null);
  for (const a of raw.answers) answers[a.row] = a.text;
  return makeColumn(context, { kind: 'text', tally: raw, data: { type: 'text', answers } });
};

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

/** Tried in this order; the first that reads the column decides its kind. readText always does. */
export const COLUMN_READERS: readonly ColumnReader[] = [
  readGivenOrder,
  readPlainNumbers,
  readIdentifying,
  readTimestamp,
  readNumbers,
  readVocabulary,
  readTickBoxes,
  readChoice,
  readText,
];
