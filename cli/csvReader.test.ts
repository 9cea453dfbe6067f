import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { storeRows } from '../shared/survey/columnStore';
import { NOT_UTF8_NOTE } from './csvDecoding';
import { readCsvChunks } from './readCsv';
import type { SurveyRowsResult } from './surveyRows';

// The reader keeps the first megabyte of text to choose the delimiter and line end, as papaparse looks at the first
// megabyte of a whole file; the chunk boundaries under test therefore come after a megabyte of ordinary rows.
const FILLER_ROW = `SENCO,${'Fine and well '.repeat(16)},3\r\n`;
const FILLER = 'Role,Comment,Score\r\n' + FILLER_ROW.repeat(Math.ceil((1.1 * 1024 * 1024) / FILLER_ROW.length));
const FILLER_ROWS = (FILLER.match(/\r\n/g) ?? []).length;

const TAIL = [
  'Teacher,"She said ""no"" again.\r\nSecond line, with a comma",4',
  'Teaching assistant,Ça va — “fine” 😊,5',
  'Head teacher,"Ends with a quote """,2',
  'Inclusion lead,"",1',
  '',
].join('\r\n');

const TAIL_ROWS = [
  ['Teacher', 'She said "no" again.\r\nSecond line, with a comma', '4'],
  ['Teaching assistant', 'Ça va — “fine” 😊', '5'],
  ['Head teacher', 'Ends with a quote "', '2'],
  ['Inclusion lead', '', '1'],
];

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The head in one chunk, then the tail cut into pieces of `size` bytes: every boundary of the tail is tried once. */
function split(head: Uint8Array, tail: Uint8Array, size: number): Uint8Array[] {
  const chunks = [head];
  for (let i = 0; i < tail.length; i += size) chunks.push(tail.subarray(i, i + size));
  return chunks;
}

function rowsOf(result: SurveyRowsResult): unknown[][] {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return storeRows(result.store);
}

/** Row for row the same text (a deep equality of 80,000 rows would take seconds). */
function same(a: unknown[][], b: unknown[][]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('readCsvChunks: chunk boundaries anywhere give the rows of the whole file', () => {
  // The whole text parsed at once by papaparse: what readCsv gave before it streamed.
  const whole = Papa.parse<string[]>(FILLER + TAIL, { delimiter: ',' }).data.slice(0, -1);

  it.each([1, 2, 3, 5])('splits the tail every %i bytes: inside quoted cells, "" pairs, CRLFs and multi-byte characters', (size) => {
    const rows = rowsOf(readCsvChunks(() => split(utf8(FILLER), utf8(TAIL), size)));
    expect(same(rows, whole)).toBe(true);
    expect(rows.slice(-TAIL_ROWS.length)).toEqual(TAIL_ROWS);
    expect(rows).toHaveLength(FILLER_ROWS + TAIL_ROWS.length);
  });

  it('reads UTF-16 (Excel "Unicode text") split at odd bytes, halfway through a character', () => {
    const bom = new Uint8Array([0xff, 0xfe]);
    const head = new Uint8Array([...bom, ...utf16le(FILLER)]);
    expect(same(rowsOf(readCsvChunks(() => split(head, utf16le(TAIL), 3))), whole)).toBe(true);
  });

  it('skips a UTF-8 byte-order mark that arrives one byte per chunk', () => {
    const chunks = [new Uint8Array([0xef]), new Uint8Array([0xbb]), new Uint8Array([0xbf]), utf8(FILLER), utf8(TAIL)];
    const rows = rowsOf(readCsvChunks(() => chunks));
    expect(rows[0]).toEqual(['Role', 'Comment', 'Score']);
    expect(same(rows, whole)).toBe(true);
  });
});

describe('readCsvChunks: Windows-1252 found after the first chunk', () => {
  // "café £5" as Excel's plain "CSV" writes it on Windows: é is 0xE9, £ is 0xA3, neither valid UTF-8 here.
  const late = new Uint8Array([...utf8('Teacher,caf'), 0xe9, ...utf8(' '), 0xa3, ...utf8('5,4\r\n')]);

  it('reads the whole file again as Windows-1252 and says so in a note', () => {
    let reads = 0;
    const result = readCsvChunks(() => {
      reads++;
      return [utf8(FILLER), late];
    });
    expect(reads).toBe(2);
    expect(rowsOf(result).at(-1)).toEqual(['Teacher', 'café £5', '4']);
    expect(result.ok && result.notes).toEqual([NOT_UTF8_NOTE]);
  });

  it('reads UTF-8 before the bad byte as Windows-1252 too, as the note warns', () => {
    // Python 3: "’".encode("utf-8").decode("cp1252") == "â€™"
    const early = utf8(`${FILLER}Teacher,Don’t know,4\r\n`);
    const rows = rowsOf(readCsvChunks(() => [early, late]));
    expect(rows.at(-2)).toEqual(['Teacher', 'Donâ€™t know', '4']);
  });
});

describe('readCsvChunks: problems after the first megabyte', () => {
  it('names the spreadsheet row of a quote mark that is never closed', () => {
    const rowNumber = FILLER_ROWS + 1; // FILLER_ROWS counts the header, row 1
    const result = readCsvChunks(() => split(utf8(FILLER), utf8('Teacher,"never closed,4\r\nTA,fine,3\r\n'), 7));
    expect(result.ok ? '' : result.message).toMatch(new RegExp(`^Row ${rowNumber} has a quote mark`));
  });

  it('names the spreadsheet row of a row wider than the header', () => {
    const result = readCsvChunks(() => [utf8(FILLER), utf8('Teacher,fine,4,extra\r\n')]);
    expect(result.ok ? '' : result.message).toMatch(
      new RegExp(`^Row ${FILLER_ROWS + 1} has more cells than the header row \\(4 instead of 3\\)`),
    );
  });
});

describe('readCsvChunks: the delimiter when 30 records take more than a megabyte', () => {
  it('reads on until 30 whole records are in, then chooses semicolons over the commas inside answers', () => {
    const cell = 'Paperwork, meetings, reviews '.repeat(1500);
    const header = 'Role;Comment;Score\r\n';
    const text = header + `SENCO;${cell};3\r\n`.repeat(40);
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const rows = rowsOf(readCsvChunks(() => split(new Uint8Array(0), utf8(text), 64 * 1024)));
    expect(rows[0]).toEqual(['Role', 'Comment', 'Score']);
    expect(rows[40]).toEqual(['SENCO', cell, '3']);
  });
});
