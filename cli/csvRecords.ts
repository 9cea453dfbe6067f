import Papa from 'papaparse';
import type { Delimiter, Newline } from './detectDelimiter';

/**
 * No real cell is this long: an unfinished record this size is a quote mark that was never closed, swallowing the
 * rest of the file. Stopping here keeps a broken file from being re-read from that quote for every chunk.
 */
const LONGEST_RECORD = 64 * 1024 * 1024;

export interface CsvRecordsOptions {
  delimiter: Delimiter;
  newline: Newline;
  /** Called for each record in order; `index` counts records from 0 (spreadsheet row index + 1). */
  onRecord: (record: string[], index: number) => void;
}

/**
 * Splits text that arrives in chunks into CSV records with papaparse's parser, the way its own streaming mode
 * does: each chunk is parsed after the unfinished last record of the one before, and that last record is held
 * back until its end arrives. A quoted line break, a CRLF or a "" split between chunks is therefore read whole.
 */
export class CsvRecords {
  readonly #parser: Papa.Parser;
  readonly #onRecord: CsvRecordsOptions['onRecord'];
  #partial = '';
  #records = 0;
  #quoteError: number | null = null;

  constructor({ delimiter, newline, onRecord }: CsvRecordsOptions) {
    this.#parser = new Papa.Parser({ delimiter, newline, header: false });
    this.#onRecord = onRecord;
  }

  /** Records read so far. */
  get records(): number {
    return this.#records;
  }

  /** The 0-based index of the first record with a quote mark papaparse could not match, once one is found. */
  get quoteError(): number | null {
    return this.#quoteError;
  }

  push(text: string): void {
    if (this.#quoteError !== null) return;
    this.#parse(this.#partial + text, false);
    if (this.#partial.length > LONGEST_RECORD) this.#quoteError = this.#records;
  }

  end(): void {
    if (this.#quoteError !== null) return;
    this.#parse(this.#partial, true);
    this.#partial = '';
  }

  #parse(input: string, final: boolean): void {
    const result = this.#parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    const records = result.data;
    // An error in the record held back is papaparse seeing only part of it; it is judged again when whole.
    const quote = result.errors.find((e) => e.type === 'Quotes' && (final || (e.row ?? 0) < records.length));
    const usable = quote ? (quote.row ?? 0) : records.length;
    for (let i = 0; i < usable; i++) this.#onRecord(records[i], this.#records + i);
    if (quote) {
      this.#quoteError = this.#records + usable;
      this.#records += usable;
      return;
    }
    this.#records += records.length;
    this.#partial = final ? '' : input.slice(result.meta.cursor);
  }
}
