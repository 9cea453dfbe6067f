import { cellText } from './cells';
import { type ColumnHint, classifyColumn } from './classifyColumn';
import { type ColumnStore, isColumnStore, type SurveyTable, tableColumns } from './columnStore';
import type { OrdinalData, Survey, SurveyColumn } from './survey';

export interface ParseOptions {
  /** Per 0-based source column: a kind or a scale order that wins over guessing (templates, the sidebar). */
  hints?: Record<number, ColumnHint>;
}

export type ParseResult = { ok: true; survey: Survey } | { ok: false; message: string };

const GRID_HEADER = /^(.*\S)\s*\[([^\]]+)\]\s*$/;

/**
 * Turns a table of cells (first row = question headers, as Sheets' getValues() or a CSV gives it), or a column
 * store of the same, into a Survey. Wholly blank rows are skipped; short rows count as blank cells.
 */
export function parseSurvey(table: SurveyTable, options: ParseOptions = {}): ParseResult {
  const store = isColumnStore(table) ? table : tableColumns(table);
  if (store.header.every((c) => cellText(c) === '') && everyCellBlank(store)) {
    return { ok: false, message: 'The sheet is empty: there are no questions and no responses to analyse.' };
  }
  const { width } = store;
  const headerRow = store.header;
  const notes: string[] = [];
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const h = cellText(headerRow[c]);
    headers.push(h === '' ? `Column ${c + 1}` : h);
  }
  const unnamed = headers.filter((h, c) => h === `Column ${c + 1}` && cellText(headerRow[c]) === '').length;
  if (unnamed > 0) notes.push(`${unnamed} column(s) had no question in the header row and are called "Column N".`);

  const kept = answeredRows(store);
  const skipped = store.rows - kept.length;
  if (kept.length === 0) {
    return { ok: false, message: 'There is a header row but no responses yet: analyse again once people have answered.' };
  }
  if (skipped > 0) notes.push(`${skipped} blank row(s) were skipped.`);

  // Grid questions arrive as one column per row, "Question [Row]": a stem shared by two or more columns.
  const stems = new Map<string, number>();
  const gridParts = headers.map((h) => {
    const m = GRID_HEADER.exec(h);
    if (!m) return null;
    stems.set(m[1], (stems.get(m[1]) ?? 0) + 1);
    return { question: m[1], row: m[2].trim() };
  });

  const columns = headers.map((header, c) => {
    const cells = columnCells(store, c, kept);
    const part = gridParts[c];
    const hint: ColumnHint = { ...(part && stems.get(part.question)! >= 2 ? { grid: part } : {}), ...options.hints?.[c] };
    return classifyColumn({ index: c, header, cells, hint });
  });

  notes.push(...alignScaleTops(columns));
  for (const col of columns) {
    if (col.unreadable > 0) {
      notes.push(
        `"${col.header}": ${col.unreadable} answer(s) could not be read as ${col.kind === 'number' ? 'numbers' : 'points on the scale'} and were left out.`,
      );
    }
  }
  return { ok: true, survey: { respondents: kept.length, columns, notes } };
}

/**
 * Google Forms' linear-scale headers never state the scale, so a scale's top is first taken from the highest
 * answer given. When nobody chose the top of one item ("1–4" seen) but the survey's other scales with the same
 * start reach 5, that item is a 1–5 scale too: its empty top level is added, so that "the top answer" means the
 * same thing for every item. The header's own bounds, a template or a given order always win over this.
 */
function alignScaleTops(columns: SurveyColumn[]): string[] {
  const inferred = columns.filter((c) => c.data.type === 'ordinal' && c.data.scaleName.startsWith('numeric') && !c.data.boundsStated);
  const notes: string[] = [];
  for (const col of inferred) {
    const data = col.data as OrdinalData;
    const low = data.levels[0].code;
    const high = data.levels[data.levels.length - 1].code;
    const top = inferred.reduce((t, o) => {
      const d = o.data as OrdinalData;
      return d.levels[0].code === low ? Math.max(t, d.levels[d.levels.length - 1].code) : t;
    }, high);
    if (top > high) {
      for (let c = high + 1; c <= top; c++) data.levels.push({ label: String(c), code: c });
      data.scaleName = `numeric ${low}–${top}`;
      notes.push(
        `"${col.header}": nobody chose ${top}, the top of the survey's other ${low}–${top} scales, so it is shown as a ${low}–${top} scale with ${top} at 0%.`,
      );
    }
  }
  return notes;
}

/** Per column, which of its distinct cells are blank. */
function blankCells(store: ColumnStore): Uint8Array[] {
  return Array.from({ length: store.width }, (_, c) => Uint8Array.from(store.distinct(c), (v) => (cellText(v) === '' ? 1 : 0)));
}

function everyCellBlank(store: ColumnStore): boolean {
  return blankCells(store).every((blank) => blank.every((b) => b === 1));
}

/** The data rows with at least one answer, in order. */
function answeredRows(store: ColumnStore): Int32Array {
  const answered = new Uint8Array(store.rows);
  blankCells(store).forEach((blank, c) => {
    const codes = store.codes(c);
    for (let r = 0; r < store.rows; r++) if (blank[codes[r]] === 0) answered[r] = 1;
  });
  let n = 0;
  for (let r = 0; r < store.rows; r++) n += answered[r];
  const kept = new Int32Array(n);
  for (let r = 0, k = 0; r < store.rows; r++) if (answered[r] === 1) kept[k++] = r;
  return kept;
}

/** Column c's cells in the kept rows. */
function columnCells(store: ColumnStore, c: number, kept: Int32Array): unknown[] {
  const distinct = store.distinct(c);
  const codes = store.codes(c);
  const cells = new Array<unknown>(kept.length);
  for (let k = 0; k < kept.length; k++) cells[k] = distinct[codes[kept[k]]];
  return cells;
}
