import { Form, gridColumnKey, RAW_FORM } from './form';
import { type ItemState, LAYOUT_TYPES, passesValidation } from './formItems';

/**
 * The emulator's stand-in for a respondent: submitResponse(form, answers) does what pressing
 * Submit on the live form does — Forms refuses what a respondent could not send, records the
 * response, and when the form has a spreadsheet destination appends one row to its response
 * sheet the way Google writes it:
 *   Timestamp   the submission time as a date-time (the emulator clock, or options.timestamp)
 *   scale       the number chosen
 *   choice/list the choice's text
 *   checkboxes  the ticked choices' texts in form order, joined with ", "
 *   grid        one column per row: the column chosen (checkbox grid: joined with ", ")
 *   text        the text, stored as if typed ('12' → 12), but never as a formula
 *   date        the date, in the spreadsheet locale's date format ('2026-03-12', or a Date
 *               taken by its UTC calendar day)
 *   unanswered  '' (blank cell)
 * Cells go in the column each question was given when it joined the sheet (form.ts), so a
 * deleted question's column stays blank and a later question's column is at the right.
 * Answers are keyed by question title (grids: { row: column }). What a live form would not
 * accept — an unknown title, a choice that is not offered, a scale value out of bounds, a
 * required question left blank, text failing its validation, a form not accepting responses —
 * throws a plain Error naming the problem, so fixture mistakes surface in the test.
 * Returns the row written, or null when the form has no destination.
 */
export type GridAnswer = Record<string, string | string[]>;
export type Answer = string | number | Date | string[] | GridAnswer | null | undefined;

export interface SubmitOptions {
  /** Submission time (default: the emulator clock). */
  timestamp?: Date;
  /** The respondent's address, written when the form collects emails. */
  email?: string;
}

function problem(message: string): never {
  throw new Error(`submitResponse: ${message}`);
}

function blank(a: Answer): boolean {
  if (a === undefined || a === null || a === '') return true;
  if (Array.isArray(a)) return a.length === 0;
  if (typeof a === 'object' && !(a instanceof Date)) return Object.keys(a).length === 0;
  return false;
}

function asList(item: ItemState, a: Answer): string[] {
  if (typeof a === 'string') return [a];
  if (Array.isArray(a) && a.every((v) => typeof v === 'string')) return a;
  return problem(`"${item.title}" takes ${item.type === 'CHECKBOX' ? 'a list of choices' : 'a list of columns'}, not ${JSON.stringify(a)}`);
}

/** Orders picked values as the offered ones are ordered; `other` (if allowed) go last. */
function inOrder(item: ItemState, picked: string[], offered: string[], other: boolean): string {
  for (const p of picked) if (!offered.includes(p) && !other) problem(`"${item.title}" offers no "${p}" (offered: ${offered.join(', ')})`);
  const known = offered.filter((o) => picked.includes(o));
  const others = picked.filter((p) => !offered.includes(p));
  return [...known, ...others].join(', ');
}

/** Cell text for a respondent's typed text: parsed as typed, but '=' never starts a formula. */
function typed(text: string): string {
  return text.startsWith('=') ? `'${text}` : text;
}

/** A calendar date as the spreadsheet's locale types it, so it is stored as a date in that locale's format. */
function localDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-');
  return locale === 'en_US' ? `${Number(m)}/${Number(d)}/${y}` : `${d}/${m}/${y}`;
}

/** The cells one answer fills, by column key. */
function cellsFor(item: ItemState, a: Answer, locale: string): [string, unknown][] {
  const key = String(item.id);
  if (blank(a)) {
    if (item.required) problem(`"${item.title}" is required`);
    if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') return item.rows.map((r) => [gridColumnKey(item, r), '']);
    return [[key, '']];
  }
  const choices = item.choices.map((c) => c.value);
  switch (item.type) {
    case 'SCALE': {
      const n = typeof a === 'number' ? a : typeof a === 'string' ? Number(a) : NaN;
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) {
        problem(`"${item.title}" is a scale of ${item.lowerBound} to ${item.upperBound}, not ${JSON.stringify(a)}`);
      }
      return [[key, n]];
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      if (typeof a !== 'string') return problem(`"${item.title}" takes one choice, not ${JSON.stringify(a)}`);
      return [[key, typed(inOrder(item, [a], choices, item.type === 'MULTIPLE_CHOICE' && item.otherOption))]];
    }
    case 'CHECKBOX':
      return [[key, typed(inOrder(item, asList(item, a), choices, item.otherOption))]];
    case 'GRID':
    case 'CHECKBOX_GRID': {
      if (typeof a !== 'object' || a === null || Array.isArray(a) || a instanceof Date)
        return problem(`"${item.title}" takes { row: column }, not ${JSON.stringify(a)}`);
      for (const row of Object.keys(a))
        if (!item.rows.includes(row)) problem(`"${item.title}" has no row "${row}" (rows: ${item.rows.join(', ')})`);
      return item.rows.map((row): [string, unknown] => {
        const picked = a[row];
        if (picked === undefined || picked === '' || (Array.isArray(picked) && picked.length === 0)) {
          if (item.required) problem(`"${item.title}" needs an answer in row "${row}"`);
          return [gridColumnKey(item, row), ''];
        }
        const list = asList(item, picked);
        if (item.type === 'GRID' && list.length !== 1) problem(`"${item.title}" takes one column per row, not ${JSON.stringify(picked)}`);
        return [gridColumnKey(item, row), typed(inOrder(item, list, item.columns, false))];
      });
    }
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      if (typeof a !== 'string' && typeof a !== 'number') return problem(`"${item.title}" takes text, not ${JSON.stringify(a)}`);
      const text = String(a);
      if (item.type === 'TEXT' && text.includes('\n')) problem(`"${item.title}" is a one-line answer`);
      if (item.validation && !passesValidation(item.validation, text)) {
        problem(
          `"${item.title}" refuses ${JSON.stringify(text)} (${item.validation.criteria} ${item.validation.values.join(', ')}${item.validation.helpText ? `: ${item.validation.helpText}` : ''})`,
        );
      }
      return [[key, typed(text)]];
    }
    case 'DATE': {
      const iso = a instanceof Date ? a.toISOString().slice(0, 10) : typeof a === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a) ? a : undefined;
      if (iso === undefined) return problem(`"${item.title}" takes a Date or 'YYYY-MM-DD', not ${JSON.stringify(a)}`);
      return [[key, localDate(iso, locale)]];
    }
    default:
      return problem(`"${item.title}" is a ${item.type} item, which the emulator cannot answer`);
  }
}

export function submitResponse(form: Form, answers: Record<string, Answer>, options: SubmitOptions = {}): number | null {
  if (!(form instanceof Form)) problem('the first argument must be a Form (emulator.forms.get(id) or one the script returned)');
  const f = form[RAW_FORM];
  if (!f._acceptingResponses) problem(`the form "${f._title || f._fileName}" is not accepting responses`);
  const questions = f._items.filter((i) => !LAYOUT_TYPES.has(i.type));
  const given = new Map<ItemState, Answer>();
  for (const [title, answer] of Object.entries(answers)) {
    const matches = questions.filter((q) => q.title === title);
    if (matches.length === 0)
      problem(`the form has no question titled "${title}" (questions: ${questions.map((q) => JSON.stringify(q.title)).join(', ')})`);
    if (matches.length > 1) problem(`${matches.length} questions are titled "${title}"; the answer is ambiguous`);
    given.set(matches[0], answer);
  }
  const d = f._destination;
  const locale = d ? d.spreadsheet.getSpreadsheetLocale() : 'en_GB';
  const cells = new Map<string, unknown>();
  for (const q of questions) for (const [key, value] of cellsFor(q, given.get(q), locale)) cells.set(key, value);

  const timestamp = options.timestamp ?? new Date(f._env.now());
  const email = options.email ?? '';
  f._responses.push({ timestamp: timestamp.getTime(), email, answers: { ...answers } });

  if (!d) return null;
  if (!d.spreadsheet._sheets.includes(d.sheet)) problem(`the response sheet of "${f._title || f._fileName}" was deleted`);
  const row = d.columns.map((key) => (key === 'timestamp' ? timestamp : key === 'email' ? email : (cells.get(key) ?? '')));
  const rowNumber = d.sheet.getLastRow() + 1;
  d.sheet._grow(rowNumber, row.length);
  d.sheet._cells.writeValues(rowNumber - 1, 0, [row]);
  return rowNumber;
}
