import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
export type Newline = '\n' | '\r\n' | '\r';

const CANDIDATE_DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
/** Records read when choosing a delimiter: enough to outvote a ragged row or two. */
export const DETECTION_ROWS = 30;

/**
 * The delimiter that splits the header into the most columns while keeping the following rows the same width.
 * Papaparse's own guess misses tab- and semicolon-separated files of two or three rows, and semicolon files
 * whose answers contain commas, so candidates are scored here on the first rows.
 * `text` is the start of the file; `whole` says it is all of it. Null means "read more first": a candidate's
 * first DETECTION_ROWS records do not yet end inside the text, so a record may be cut short.
 */
export function detectDelimiter(text: string, whole: boolean): Delimiter | null {
  let best: { delimiter: Delimiter; consistent: number; width: number } = { delimiter: ',', consistent: -1, width: 1 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const parsed = Papa.parse<string[]>(text, { delimiter, preview: DETECTION_ROWS, skipEmptyLines: 'greedy' });
    // A record that reaches the end of the text may continue in the next chunk.
    if (!whole && !(parsed.meta.truncated && parsed.meta.cursor < text.length)) return null;
    const records = parsed.data;
    if (records.length === 0 || records[0].length < 2) continue;
    const width = records[0].length;
    const consistent = records.filter((r) => r.length === width).length / records.length;
    if (consistent > best.consistent || (consistent === best.consistent && width > best.width)) best = { delimiter, consistent, width };
  }
  return best.delimiter;
}

/** The line end papaparse would choose for the whole file: it looks at the first megabyte only. */
export function detectNewline(text: string, delimiter: Delimiter): Newline {
  return Papa.parse<string[]>(text.slice(0, NEWLINE_SAMPLE), { delimiter, preview: 1 }).meta.linebreak as Newline;
}

export const NEWLINE_SAMPLE = 1024 * 1024;
