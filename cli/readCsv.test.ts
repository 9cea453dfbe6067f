import { describe, expect, it } from 'vitest';
import { toCsv } from '../shared/csv/toCsv';
import { type ReadCsvResult, readCsv } from './readCsv';

const utf8 = (text: string) => new TextEncoder().encode(text);

function rowsOf(result: ReadCsvResult): string[][] {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.rows;
}

function messageOf(result: ReadCsvResult): string {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.rows)}`);
  return result.message;
}

/** UTF-16 bytes of the text, with or without the byte-order mark Excel's "Unicode text" writes. */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

const GOOGLE = [
  'Timestamp,Email address,"How stressed do you feel in your SENCO role? (1–5)",Any other comments?',
  '23/11/2025 14:03:11,senco1@school.example,4,"Too much paperwork, not enough time"',
  '24/11/2025 09:15:42,senco2@school.example,5,"She said ""no"" again.\nSecond line."',
  '',
].join('\r\n');

const GOOGLE_ROWS = [
  ['Timestamp', 'Email address', 'How stressed do you feel in your SENCO role? (1–5)', 'Any other comments?'],
  ['23/11/2025 14:03:11', 'senco1@school.example', '4', 'Too much paperwork, not enough time'],
  ['24/11/2025 09:15:42', 'senco2@school.example', '5', 'She said "no" again.\nSecond line.'],
];

describe('readCsv: encodings', () => {
  it.each([
    ['UTF-8 bytes without a BOM', utf8(GOOGLE)],
    ['UTF-8 bytes with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GOOGLE)])],
    ['a string with a BOM', `\uFEFF${GOOGLE}`],
    ['a string', GOOGLE],
    ['UTF-16 LE with a BOM (Excel "Unicode text")', utf16(GOOGLE, 'le')],
    ['UTF-16 BE with a BOM', utf16(GOOGLE, 'be')],
    ['UTF-16 LE without a BOM', utf16(GOOGLE, 'le', false)],
  ])('reads %s to the same rows, with no BOM left in the first header', (_name, input) => {
    const result = readCsv(input);
    expect(rowsOf(result)).toEqual(GOOGLE_ROWS);
    expect(result.ok && result.notes).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so', () => {
    // "£5" and "café" as Excel's plain "CSV" writes them on Windows.
    const bytes = new Uint8Array([...utf8('Item,Cost\r\ncaf'), 0xe9, ...utf8(','), 0xa3, ...utf8('5\r\n')]);
    const result = readCsv(bytes);
    expect(rowsOf(result)).toEqual([
      ['Item', 'Cost'],
      ['café', '£5'],
    ]);
    expect(result.ok && result.notes.join(' ')).toMatch(/not UTF-8/);
  });

  it('keeps non-ASCII text from UTF-8 intact', () => {
    expect(rowsOf(readCsv(utf8('Name,Comment\nSiân,Ça va — “fine” 😊\n')))).toEqual([
      ['Name', 'Comment'],
      ['Siân', 'Ça va — “fine” 😊'],
    ]);
  });
});

describe('readCsv: delimiters and line ends', () => {
  it.each([
    ['commas with CRLF', 'a,b,c\r\n1,2,3\r\n4,5,6\r\n'],
    ['commas with LF and no final line end', 'a,b,c\n1,2,3\n4,5,6'],
    ['semicolons (Excel in many European locales)', 'a;b;c\n1;2;3\n4;5;6\n'],
    ['tabs (Excel "Unicode text")', 'a\tb\tc\r\n1\t2\t3\r\n4\t5\t6\r\n'],
    ['old Mac CR line ends', 'a,b,c\r1,2,3\r4,5,6\r'],
  ])('detects %s', (_name, text) => {
    expect(rowsOf(readCsv(text))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('detects tabs in a file with one response (two lines)', () => {
    expect(rowsOf(readCsv('Q1\tQ2\n1\t2\n'))).toEqual([
      ['Q1', 'Q2'],
      ['1', '2'],
    ]);
  });

  it('detects semicolons when the answers contain commas (checkbox answers, decimal commas)', () => {
    const text = 'Tasks;Hours\n"EHCP paperwork, Annual reviews";2,5\nStaff training, Meetings with parents;4\n';
    expect(rowsOf(readCsv(text))).toEqual([
      ['Tasks', 'Hours'],
      ['EHCP paperwork, Annual reviews', '2,5'],
      ['Staff training, Meetings with parents', '4'],
    ]);
  });

  it('detects commas when the answers contain semicolons', () => {
    const text = 'Comment,Score\n"Busy; tired; fine",3\nok,4\n';
    expect(rowsOf(readCsv(text))).toEqual([
      ['Comment', 'Score'],
      ['Busy; tired; fine', '3'],
      ['ok', '4'],
    ]);
  });

  it('reads a single-column file', () => {
    expect(rowsOf(readCsv('Any other comments?\nNone\nMore time\n'))).toEqual([['Any other comments?'], ['None'], ['More time']]);
  });

  it('uses the delimiter it is given instead of guessing', () => {
    expect(rowsOf(readCsv('a;b\n1;2\n', { delimiter: ',' }))).toEqual([['a;b'], ['1;2']]);
  });

  it('keeps line breaks inside quoted cells within their row', () => {
    const rows = rowsOf(readCsv('Q,Comment\r\n1,"first line\r\nsecond line\nthird"\r\n2,plain\r\n'));
    expect(rows).toEqual([
      ['Q', 'Comment'],
      ['1', 'first line\r\nsecond line\nthird'],
      ['2', 'plain'],
    ]);
  });

  it('passes Microsoft Forms columns and time formats through as text', () => {
    const text = [
      'ID,Start time,Completion time,Email,Name,How stressed do you feel?',
      '1,11/23/25 14:03:11,11/23/25 14:05:40,anonymous,,4',
      '2,23/11/2025 14:03,23/11/2025 14:09,anonymous,,5',
    ].join('\r\n');
    expect(rowsOf(readCsv(text))).toEqual([
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'How stressed do you feel?'],
      ['1', '11/23/25 14:03:11', '11/23/25 14:05:40', 'anonymous', '', '4'],
      ['2', '23/11/2025 14:03', '23/11/2025 14:09', 'anonymous', '', '5'],
    ]);
  });

  it('keeps cells untrimmed so the survey parser sees exactly what was typed', () => {
    expect(rowsOf(readCsv('a,b\n " x ",  2 \n'))[1]).toEqual([' " x "', '  2 ']);
  });
});

describe('readCsv: blank rows and ragged rows', () => {
  it('drops wholly blank trailing rows, including ones made only of separators', () => {
    const result = readCsv('a,b\r\n1,2\r\n\r\n,\r\n  \r\n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(result.ok && result.notes).toEqual([]);
  });

  it('keeps a blank row between responses (as a row of blanks) without calling it short', () => {
    const result = readCsv('a,b\n1,2\n\n3,4\n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['', ''],
      ['3', '4'],
    ]);
    expect(result.ok && result.notes).toEqual([]);
  });

  it('skips blank rows above the header with a note', () => {
    const result = readCsv('\n\na,b\n1,2\n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(result.ok && result.notes).toEqual(['2 blank rows above the header row were skipped.']);
  });

  it('pads rows shorter than the header with blanks and counts them in a note', () => {
    const result = readCsv('a,b,c\n1\n1,2\n1,2,3\n4,5\n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['1', '2', ''],
      ['1', '2', '3'],
      ['4', '5', ''],
    ]);
    expect(result.ok && result.notes).toEqual(['3 rows had fewer cells than the header and were padded with blanks.']);
  });

  it('says "row" and "was" for a single padded row', () => {
    const result = readCsv('a,b\n1\n2,3\n');
    expect(result.ok && result.notes).toEqual(['1 row had fewer cells than the header and was padded with blanks.']);
  });

  it('drops extra cells that are blank (trailing separators)', () => {
    const result = readCsv('a,b\n1,2,,\n3,4, \n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(result.ok && result.notes).toEqual([]);
  });

  it('refuses a row with more filled cells than the header, naming its spreadsheet row', () => {
    const message = messageOf(readCsv('a,b\n1,2\n3,4\n5,6,7\n8,9,10\n'));
    expect(message).toMatch(/^Row 4 has more cells than the header row \(3 instead of 2\)/);
  });

  it('counts a quoted line break as part of its row when naming a row', () => {
    const message = messageOf(readCsv('a,b\n"x\ny",2\n5,6,7\n'));
    expect(message).toMatch(/^Row 3 /);
  });

  it("drops trailing columns that have no heading and no answers (Excel's trailing separators)", () => {
    const result = readCsv('a,b,,\n1,2,,\n3,4\n');
    expect(rowsOf(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(result.ok && result.notes).toEqual([]);
  });
});

describe('readCsv: headers', () => {
  it('keeps duplicate headers as they are', () => {
    expect(rowsOf(readCsv('Comments,Comments\nx,y\n'))[0]).toEqual(['Comments', 'Comments']);
  });

  it('names blank headers "Column N" (1-based) with a note', () => {
    const result = readCsv('Timestamp,,Q3, \n1,2,3,4\n');
    expect(rowsOf(result)[0]).toEqual(['Timestamp', 'Column 2', 'Q3', 'Column 4']);
    expect(result.ok && result.notes).toEqual(['2 columns had no heading and are called "Column 2" and "Column 4".']);
  });

  it('names a single blank header in the singular', () => {
    const result = readCsv(',Q2\n1,2\n');
    expect(result.ok && result.notes).toEqual(['1 column had no heading and is called "Column 1".']);
  });
});

describe('readCsv: input it cannot use gets one clear sentence', () => {
  const EMPTY = 'The file is empty: export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv)).';

  it.each([
    ['no bytes', new Uint8Array()],
    ['an empty string', ''],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only line breaks and spaces', '\r\n \r\n\r\n'],
    ['only separators', ',,,\n,,\n'],
  ])('calls %s empty', (_name, input) => {
    expect(messageOf(readCsv(input))).toBe(EMPTY);
  });

  it.each([
    ['a header row with a line end', 'Timestamp,Q1\r\n'],
    ['a header row without a line end', 'Timestamp,Q1'],
    ['a header row followed by blank rows', 'Timestamp,Q1\n\n,\n'],
  ])('says there are no responses for %s', (_name, text) => {
    expect(messageOf(readCsv(text))).toBe('The file has a header row but no responses yet.');
  });

  it('refuses bytes with NULs', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(messageOf(readCsv(bytes))).toMatch(/^This does not look like a CSV file: it contains binary data/);
  });

  it('refuses mostly non-text bytes even without NULs', () => {
    const bytes = new Uint8Array(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 37) % 254);
    expect(messageOf(readCsv(bytes))).toMatch(/^This does not look like a CSV file/);
  });

  it('recognises an Excel workbook and says how to save it as CSV', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...utf8('[Content_Types].xml')]);
    expect(messageOf(readCsv(xlsx))).toMatch(/^This does not look like a CSV file: it is an Excel workbook, .*CSV UTF-8/);
  });

  it('recognises a PDF', () => {
    expect(messageOf(readCsv(utf8('%PDF-1.7\n%âãÏÓ\n')))).toMatch(/^This does not look like a CSV file: it is a PDF/);
  });

  it.each([
    ['at the start of a cell', 'a,b\n1,2\n"3,4\n5,6\n', 3],
    ['after a separator', 'a,b\n1,2\n3,4\n5,"6\n7,8\n', 4],
    ['followed by stray text', 'a,b\n"x"y,2\n3,4\n', 2],
  ])('names the row of a quote that is not closed %s', (_name, text, row) => {
    const message = messageOf(readCsv(text));
    expect(message).toMatch(new RegExp(`^Row ${row} has a quote mark`));
  });

  it('gives every failure as a single sentence', () => {
    const failures = ['', 'a,b\n', 'a,b\n1,2,3\n', 'a\n"x\n', new Uint8Array([0, 1, 2, 3])].map((input) => messageOf(readCsv(input)));
    for (const message of failures) {
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message.replace(/\(\.csv\)|e\.g\./g, '').match(/\. /g)).toBeNull();
    }
  });
});

describe('readCsv: round trip', () => {
  it('reads back exactly what toCsv writes, awkward cells included', () => {
    const rows = [
      ['Q1', 'Comment', 'Tasks'],
      ['-3', 'She said "no",\r\nthen left', 'EHCP paperwork, Annual reviews'],
      ['', ' spaced ', ';'],
      ['5', '', ''],
    ];
    expect(rowsOf(readCsv(toCsv(rows, { neutraliseFormulas: false })))).toEqual(rows);
  });
});

describe('readCsv: size', () => {
  it('reads a 1 MB answer in one cell', () => {
    const big = 'word, "quoted"\n'.repeat(70_000).slice(0, 1_000_000);
    const text = `Q1,Comment\r\n1,"${big.replaceAll('"', '""')}"\r\n2,short\r\n`;
    const rows = rowsOf(readCsv(utf8(text)));
    expect(rows).toHaveLength(3);
    expect(rows[1][1]).toBe(big);
    expect(rows[2]).toEqual(['2', 'short']);
  });
});

describe('readCsv on Excel\'s plain "CSV" (Windows-1252)', () => {
  it('reads curly quotes, dashes and the euro sign as Windows-1252 does (Python: bytes.decode("cp1252"))', () => {
    // "Don’t know – €5" in cp1252: 0x92 is ’, 0x96 is –, 0x80 is €.
    const bytes = Uint8Array.from([
      0x51, 0x0a, 0x44, 0x6f, 0x6e, 0x92, 0x74, 0x20, 0x6b, 0x6e, 0x6f, 0x77, 0x20, 0x96, 0x20, 0x80, 0x35, 0x0a,
    ]);
    const r = readCsv(bytes);
    expect(r.ok && r.rows[1][0]).toBe('Don’t know – €5');
  });
});
