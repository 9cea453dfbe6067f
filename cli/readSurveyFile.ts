import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { ColumnStore } from '../shared/survey/columnStore';
import { type ProgressStream, progressLine } from './progressLine';
import { readCsvChunks } from './readCsv';
import { UserError } from './userError';

export interface ReadSurveyFileOptions {
  /** Prefix messages and notes with the file's name (several files are being read). */
  named?: boolean;
  /** Where the progress line of a large file goes (stderr; silent unless it is a terminal). */
  progress?: ProgressStream;
}

export interface SurveyFile {
  /** The responses, column by column, header first: what `analyse` takes. */
  store: ColumnStore;
  notes: string[];
}

const CHUNK = 1024 * 1024;

/**
 * Reads one CSV export into a column store, a chunk at a time: the file's text is never held whole, so memory
 * follows the coded answers rather than the size of the file. Problems become a UserError (naming the file when
 * `named`).
 */
export function readSurveyFile(path: string, options: ReadSurveyFileOptions = {}): SurveyFile {
  const fd = openFile(path);
  try {
    const total = fstatSync(fd).size;
    const progress = progressLine({
      stream: options.progress ?? { write: () => {} },
      label: `Reading ${basename(path)}`,
      total,
      now: Date.now,
    });
    let bytes = 0;
    // A file that is not UTF-8 after all is read again from the start, so the count starts again too.
    const chunks = () => {
      bytes = 0;
      return chunksOf(fd);
    };
    const result = readCsvChunks(chunks, {
      onChunk: (reader, n) => {
        bytes += n;
        progress.update(reader.rows, bytes);
      },
    });
    progress.done();
    const name = basename(path);
    if (!result.ok) throw new UserError(options.named ? `${name}: ${result.message}` : result.message);
    return { store: result.store, notes: options.named ? result.notes.map((n) => `${name}: ${n}`) : result.notes };
  } finally {
    closeSync(fd);
  }
}

function openFile(path: string): number {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (fstatSync(fd).isDirectory()) throw new UserError(`"${path}" is a folder: give the CSV file of responses inside it.`);
    return fd;
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`There is no file at "${path}": check the name and the folder.`);
    if (code === 'EACCES') throw new UserError(`"${path}" cannot be opened: you do not have permission to read it.`);
    if (code === 'EISDIR') throw new UserError(`"${path}" is a folder: give the CSV file of responses inside it.`);
    throw new UserError(`"${path}" cannot be read (${code ?? 'unknown error'}).`);
  }
}

/** The file from its start, one buffer at a time (the reader copies what it keeps, so the buffer is reused). */
function* chunksOf(fd: number): Generator<Uint8Array> {
  const buffer = new Uint8Array(CHUNK);
  let position = 0;
  for (;;) {
    const n = readSync(fd, buffer, 0, CHUNK, position);
    if (n === 0) return;
    position += n;
    yield buffer.subarray(0, n);
  }
}
