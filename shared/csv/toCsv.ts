import { asSheetText } from '../sheets/asSheetText';

export interface ToCsvOptions {
  /**
   * Prefix an apostrophe to text a spreadsheet would run as a formula (default true). Turn off only to
   * reproduce a raw export byte for byte, such as a sample of what Google Forms writes.
   */
  neutraliseFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * RFC 4180 text for the rows: cells containing a comma, quote, CR or LF are quoted with quotes doubled,
 * and every row, the last included, ends with CRLF. No rows give ''. Formula-like text gets a leading "'".
 */
export function toCsv(rows: readonly (readonly string[])[], options: ToCsvOptions = {}): string {
  const neutralise = options.neutraliseFormulas ?? true;
  let out = '';
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      if (c > 0) out += ',';
      out += csvCell(row[c], neutralise);
    }
    out += '\r\n';
  }
  return out;
}

function csvCell(cell: string, neutralise: boolean): string {
  const text = neutralise ? asSheetText(cell, { keepPlainNumbers: true }) : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
