import { binaryProblem, ChunkDecoder, type Encoding, EXPORT_AGAIN, NOT_UTF8_NOTE, SNIFF_BYTES, sniffEncoding } from './csvDecoding';
import { CsvRecords } from './csvRecords';
import { type Delimiter, detectDelimiter, detectNewline, NEWLINE_SAMPLE } from './detectDelimiter';
import { SurveyRows, type SurveyRowsResult } from './surveyRows';

export interface CsvReaderOptions {
  /** Forces the cell separator instead of detecting it from the first rows (",", ";" or tab). */
  delimiter?: Delimiter;
  /** Decode as this instead of sniffing (a read started again in Windows-1252 after a late non-UTF-8 byte). */
  encoding?: 'windows-1252';
}

/**
 * Reads a CSV export pushed to it chunk by chunk into a column store, never holding more of the file's text than
 * the start it needs to choose the delimiter and one chunk. The encoding is chosen from the first bytes; UTF-8
 * that turns out not to be UTF-8 throws NotUtf8 (from push or end) so that the caller can read the file again as
 * Windows-1252, which this class says in a note.
 */
export class CsvReader {
  readonly #options: CsvReaderOptions;
  readonly #rows = new SurveyRows();
  #sniff: Uint8Array[] = [];
  #sniffed = 0;
  #decoder: ChunkDecoder | null = null;
  #prefix: string[] = [];
  #prefixLength = 0;
  #need = NEWLINE_SAMPLE;
  #records: CsvRecords | null = null;
  #problem: string | null = null;
  #finished = false;

  constructor(options: CsvReaderOptions = {}) {
    this.#options = options;
  }

  /** Data rows read so far (for a progress line). */
  get rows(): number {
    return this.#rows.rows;
  }

  get encoding(): Encoding | null {
    return this.#decoder?.encoding ?? null;
  }

  push(bytes: Uint8Array): void {
    if (this.#problem !== null) return;
    if (this.#decoder) {
      this.#text(this.#decoder.decode(bytes, false), false);
      return;
    }
    // Keep a copy: the caller may reuse its buffer for the next chunk.
    this.#sniff.push(bytes.slice());
    this.#sniffed += bytes.length;
    if (this.#sniffed >= SNIFF_BYTES) this.#startDecoding(false);
  }

  /** Text already decoded (readCsv given a string): no encoding to choose. */
  pushText(text: string, final: boolean): void {
    if (this.#problem !== null) return;
    this.#text(text, final);
  }

  end(): SurveyRowsResult {
    if (this.#problem === null && !this.#finished) {
      if (this.#decoder) this.#text(this.#decoder.decode(new Uint8Array(0), true), true);
      else this.#startDecoding(true);
    }
    if (this.#problem !== null) return { ok: false, message: this.#problem };
    const records = this.#records;
    if (records?.quoteError != null) {
      return {
        ok: false,
        message: `Row ${records.quoteError + 1} has a quote mark (") that is not closed properly, so the rows after it cannot be read: fix that cell in a spreadsheet or ${EXPORT_AGAIN}.`,
      };
    }
    const result = this.#rows.end();
    if (result.ok && this.#decoder?.encoding === 'windows-1252') result.notes.unshift(NOT_UTF8_NOTE);
    return result;
  }

  #startDecoding(final: boolean): void {
    const first = concat(this.#sniff);
    this.#sniff = [];
    const sniffed = sniffEncoding(first);
    if (!sniffed.ok) {
      this.#problem = sniffed.message;
      return;
    }
    this.#decoder = new ChunkDecoder(this.#options.encoding ?? sniffed.encoding);
    // A UTF-8 byte-order mark is skipped even when the rest turns out to be Windows-1252.
    this.#text(this.#decoder.decode(first.subarray(sniffed.skip), final), final);
  }

  /** Text in file order: gathered until the delimiter is chosen, then split into records. */
  #text(text: string, final: boolean): void {
    if (final) this.#finished = true;
    if (this.#records) {
      if (text !== '') this.#records.push(text);
      if (final) this.#records.end();
      return;
    }
    if (text !== '') {
      this.#prefix.push(text);
      this.#prefixLength += text.length;
    }
    if (!final && this.#prefixLength < this.#need) return;
    const start = this.#prefix.join('').replace(/^\uFEFF/, '');
    this.#prefix = [start];
    const problem = start.trim() === '' && final ? `The file is empty: ${EXPORT_AGAIN}.` : binaryProblem(start);
    if (problem) {
      this.#problem = problem;
      return;
    }
    const delimiter = this.#options.delimiter ?? detectDelimiter(start, final);
    if (delimiter === null) {
      this.#need = this.#prefixLength * 2;
      return;
    }
    this.#begin(start, delimiter, final);
  }

  #begin(start: string, delimiter: Delimiter, final: boolean): void {
    const rows = this.#rows;
    this.#records = new CsvRecords({ delimiter, newline: detectNewline(start, delimiter), onRecord: (r, i) => rows.add(r, i) });
    this.#prefix = [];
    this.#prefixLength = 0;
    this.#records.push(start);
    if (final) this.#records.end();
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
