import { storeRows } from '../shared/survey/columnStore';
import { NotUtf8 } from './csvDecoding';
import { CsvReader, type CsvReaderOptions } from './csvReader';
import type { SurveyRowsResult } from './surveyRows';

export interface ReadCsvOptions extends Pick<CsvReaderOptions, 'delimiter'> {
  /** Bytes handed to the reader at a time (tests split files at awkward places with small chunks). */
  chunkSize?: number;
}

export type ReadCsvResult = { ok: true; rows: string[][]; notes: string[] } | { ok: false; message: string };

const CHUNK = 1024 * 1024;

/**
 * Reads a Google Forms or Microsoft Forms CSV export (or Excel's "CSV UTF-8" / "Unicode text") into rows of
 * text, header first. Cells are passed through untrimmed; the survey parser decides what they mean.
 * Spreadsheet row numbers in messages count the header as row 1, as a spreadsheet would show them.
 */
export function readCsv(bytes: Uint8Array | string, options: ReadCsvOptions = {}): ReadCsvResult {
  const result =
    typeof bytes === 'string' ? readCsvText(bytes, options) : readCsvChunks(() => chunksOf(bytes, options.chunkSize ?? CHUNK), options);
  if (!result.ok) return result;
  return { ok: true, rows: storeRows(result.store) as string[][], notes: result.notes };
}

/**
 * Reads a CSV export given as chunks of bytes into a column store. `chunks` is called again, from the start, when
 * the file turns out not to be UTF-8 after its first chunk: it is then read as Windows-1252 throughout.
 */
export function readCsvChunks(
  chunks: () => Iterable<Uint8Array>,
  options: Pick<CsvReaderOptions, 'delimiter'> & { onChunk?: (reader: CsvReader, bytes: number) => void } = {},
): SurveyRowsResult {
  const read = (reader: CsvReader) => {
    for (const chunk of chunks()) {
      reader.push(chunk);
      options.onChunk?.(reader, chunk.length);
    }
    return reader.end();
  };
  try {
    return read(new CsvReader(options));
  } catch (err) {
    if (!(err instanceof NotUtf8)) throw err;
    return read(new CsvReader({ ...options, encoding: 'windows-1252' }));
  }
}

function readCsvText(text: string, options: ReadCsvOptions): SurveyRowsResult {
  const reader = new CsvReader(options);
  const size = options.chunkSize ?? CHUNK;
  for (let i = 0; i < text.length || i === 0; i += size) reader.pushText(text.slice(i, i + size), i + size >= text.length);
  return reader.end();
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
