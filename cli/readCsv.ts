import Papa from 'papaparse';

export interface ReadCsvOptions {
  /** Forces the cell separator instead of detecting it from the first rows (",", ";" or tab). */
  delimiter?: ',' | ';' | '\t';
}

export type ReadCsvResult = { ok: true; rows: string[][]; notes: string[] } | { ok: false; message: string };

const EXPORT_AGAIN = 'export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv))';
const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;
/** Records read when choosing a delimiter: enough to outvote a ragged row or two. */
const DETECTION_ROWS = 30;

/**
 * Reads a Google Forms or Microsoft Forms CSV export (or Excel's "CSV UTF-8" / "Unicode text") into rows of
 * text, header first. Cells are passed through untrimmed; the survey parser decides what they mean.
 * Spreadsheet row numbers in messages count the header as row 1, as a spreadsheet would show them.
 */
export function readCsv(bytes: Uint8Array | string, options: ReadCsvOptions = {}): ReadCsvResult {
  const notes: string[] = [];
  const decoded = typeof bytes === 'string' ? { ok: true as const, text: bytes.replace(/^\uFEFF/, '') } : decode(bytes, notes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;

  if (text.trim() === '') return { ok: false, message: `The file is empty: ${EXPORT_AGAIN}.` };
  const binary = binaryProblem(text);
  if (binary) return { ok: false, message: binary };

  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    return {
      ok: false,
      message: `Row ${row} has a quote mark (") that is not closed properly, so the rows after it cannot be read: fix that cell in a spreadsheet or ${EXPORT_AGAIN}.`,
    };
  }

  // Record i is spreadsheet row i + 1 (a quoted line break stays inside its row, as in Sheets or Excel).
  const records = parsed.data;
  let end = records.length;
  while (end > 0 && isBlank(records[end - 1])) end--;
  let start = 0;
  while (start < end && isBlank(records[start])) start++;
  if (start === end) return { ok: false, message: `The file is empty: ${EXPORT_AGAIN}.` };
  if (start > 0) notes.push(`${plural(start, 'blank row')} above the header row ${start === 1 ? 'was' : 'were'} skipped.`);

  const header = records[start];
  let width = header.length;
  for (let i = start + 1; i < end; i++) {
    const record = records[i];
    for (let c = record.length - 1; c >= width; c--) {
      if (record[c].trim() !== '') {
        return {
          ok: false,
          message: `Row ${i + 1} has more cells than the header row (${lastFilled(record)} instead of ${width}), so some answers would have no question: check that row in a spreadsheet or ${EXPORT_AGAIN}.`,
        };
      }
    }
  }
  if (end - start === 1) return { ok: false, message: 'The file has a header row but no responses yet.' };

  // Excel often saves trailing empty columns ("a,b,,"); nothing is lost by dropping them.
  while (width > 1 && header[width - 1].trim() === '' && records.slice(start + 1, end).every((r) => (r[width - 1] ?? '').trim() === '')) {
    width--;
  }

  const unnamed: string[] = [];
  const headerRow = header.slice(0, width).map((h, c) => {
    if (h.trim() !== '') return h;
    unnamed.push(`"Column ${c + 1}"`);
    return `Column ${c + 1}`;
  });
  if (unnamed.length === 1) notes.push(`1 column had no heading and is called ${unnamed[0]}.`);
  if (unnamed.length > 1) notes.push(`${unnamed.length} columns had no heading and are called ${listed(unnamed)}.`);

  const rows: string[][] = [headerRow];
  let padded = 0;
  for (let i = start + 1; i < end; i++) {
    const record = records[i];
    if (record.length < width && !isBlank(record)) padded++;
    const row = record.length === width ? record : record.slice(0, width);
    while (row.length < width) row.push('');
    rows.push(row);
  }
  if (padded > 0) {
    notes.push(`${plural(padded, 'row')} had fewer cells than the header and ${padded === 1 ? 'was' : 'were'} padded with blanks.`);
  }
  return { ok: true, rows, notes };
}

type Decoded = { ok: true; text: string } | { ok: false; message: string };

function decode(bytes: Uint8Array, notes: string[]): Decoded {
  if (bytes.length === 0) return { ok: false, message: `The file is empty: ${EXPORT_AGAIN}.` };
  const signature = describeSignature(bytes);
  if (signature) return { ok: false, message: signature };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: utf8(bytes.subarray(3), notes) };
  // Excel's "Unicode text" is UTF-16 with a byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  return { ok: true, text: utf8(bytes, notes) };
}

/** UTF-8, or Windows-1252 (what Excel's plain "CSV" writes on Windows) when the bytes are not valid UTF-8. */
function utf8(bytes: Uint8Array, notes: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push(
      'The file is not UTF-8, so it was read as Windows text (Excel\'s plain "CSV" format): check that £, accents and curly quotes look right.',
    );
    return windows1252(bytes);
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F: curly quotes, dashes, the euro sign… Node 20's TextDecoder('windows-1252') gives
 * C1 control characters for these (nodejs/node#56542), which would turn "Don’t know" into an unreadable answer.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are. Every other byte is Latin-1, code for code.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII character. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.7 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.7 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

function describeSignature(bytes: Uint8Array): string | null {
  // .xlsx is a zip; .xls is an OLE compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This does not look like a CSV file: it is an Excel workbook, so save it with File → Save As → "CSV UTF-8", or download the responses as .csv from Google Forms (Responses → ⋮ → Download responses (.csv)).';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return `This does not look like a CSV file: it is a PDF, so ${EXPORT_AGAIN}.`;
  }
  return null;
}

/** NUL bytes, or more than 1% control characters in the first 64K characters, mean this is not text. */
function binaryProblem(text: string): string | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      control = sample.length;
      break;
    }
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || (code >= 0x7f && code < 0xa0))
      control++;
  }
  if (control > sample.length / 100) {
    return `This does not look like a CSV file: it contains binary data rather than text, so ${EXPORT_AGAIN}.`;
  }
  return null;
}

/**
 * The delimiter that splits the header into the most columns while keeping the following rows the same width.
 * Papaparse's own guess misses tab- and semicolon-separated files of two or three rows, and semicolon files
 * whose answers contain commas, so candidates are scored here on the first rows.
 */
function detectDelimiter(text: string): string {
  let best = { delimiter: ',', consistent: -1, width: 1 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const records = Papa.parse<string[]>(text, { delimiter, preview: DETECTION_ROWS, skipEmptyLines: 'greedy' }).data;
    if (records.length === 0 || records[0].length < 2) continue;
    const width = records[0].length;
    const consistent = records.filter((r) => r.length === width).length / records.length;
    if (consistent > best.consistent || (consistent === best.consistent && width > best.width)) best = { delimiter, consistent, width };
  }
  return best.delimiter;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function lastFilled(record: readonly string[]): number {
  let n = record.length;
  while (n > 0 && record[n - 1].trim() === '') n--;
  return n;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listed(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
