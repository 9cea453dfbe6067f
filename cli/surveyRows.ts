import { type ColumnStore, ColumnStoreBuilder } from '../shared/survey/columnStore';
import { EXPORT_AGAIN } from './csvDecoding';

export type SurveyRowsResult = { ok: true; store: ColumnStore; notes: string[] } | { ok: false; message: string };

/**
 * Takes a CSV file's records one by one into a column store: the first non-blank record is the header; blank
 * rows above it are skipped with a note, blank rows at the end are dropped, blank rows between responses stay
 * (the survey parser counts them); short rows are padded; a row with more filled cells than the header is refused.
 * Spreadsheet row numbers in messages count the header as row 1, as a spreadsheet would show them.
 */
export class SurveyRows {
  #builder: ColumnStoreBuilder | null = null;
  #header: string[] = [];
  #leadingBlank = 0;
  #pendingBlank = 0;
  /** Non-blank data records shorter than the header, by length. */
  #shortByLength: number[] = [];
  #problem: string | null = null;

  /** Data rows kept so far. */
  get rows(): number {
    return this.#builder?.rows ?? 0;
  }

  /** Takes record `index` (0-based: spreadsheet row index + 1). */
  add(record: string[], index: number): void {
    if (this.#problem !== null) return;
    const blank = isBlank(record);
    if (!this.#builder) {
      if (blank) this.#leadingBlank++;
      else {
        this.#header = record;
        this.#builder = new ColumnStoreBuilder(record);
        this.#shortByLength = new Array(record.length).fill(0);
      }
      return;
    }
    if (blank) {
      this.#pendingBlank++;
      return;
    }
    const width = this.#header.length;
    for (let c = record.length - 1; c >= width; c--) {
      if (record[c].trim() !== '') {
        this.#problem = `Row ${index + 1} has more cells than the header row (${lastFilled(record)} instead of ${width}), so some answers would have no question: check that row in a spreadsheet or ${EXPORT_AGAIN}.`;
        return;
      }
    }
    if (record.length < width) this.#shortByLength[record.length]++;
    this.#builder.addBlank(this.#pendingBlank);
    this.#pendingBlank = 0;
    this.#builder.add(record);
  }

  end(): SurveyRowsResult {
    const builder = this.#builder;
    if (!builder) return { ok: false, message: `The file is empty: ${EXPORT_AGAIN}.` };
    if (this.#problem !== null) return { ok: false, message: this.#problem };
    if (builder.rows === 0) return { ok: false, message: 'The file has a header row but no responses yet.' };
    const notes: string[] = [];
    const start = this.#leadingBlank;
    if (start > 0) notes.push(`${plural(start, 'blank row')} above the header row ${start === 1 ? 'was' : 'were'} skipped.`);

    // Excel often saves trailing empty columns ("a,b,,"); nothing is lost by dropping them.
    const header = this.#header;
    let width = header.length;
    while (width > 1 && header[width - 1].trim() === '' && !builder.hasAnswers(width - 1)) width--;

    const unnamed: string[] = [];
    const headerRow = header.slice(0, width).map((h, c) => {
      if (h.trim() !== '') return h;
      unnamed.push(`"Column ${c + 1}"`);
      return `Column ${c + 1}`;
    });
    if (unnamed.length === 1) notes.push(`1 column had no heading and is called ${unnamed[0]}.`);
    if (unnamed.length > 1) notes.push(`${unnamed.length} columns had no heading and are called ${listed(unnamed)}.`);

    const padded = this.#shortByLength.slice(0, width).reduce((a, b) => a + b, 0);
    if (padded > 0) {
      notes.push(`${plural(padded, 'row')} had fewer cells than the header and ${padded === 1 ? 'was' : 'were'} padded with blanks.`);
    }
    return { ok: true, store: builder.build(headerRow, width), notes };
  }
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function lastFilled(record: readonly string[]): number {
  let n = record.length;
  while (n > 0 && record[n - 1].trim() === '') n--;
  return n;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listed(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
