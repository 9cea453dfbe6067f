export interface ToCsvOptions {
  /**
   * Prefix an apostrophe to text a spreadsheet would run as a formula (default true). Turn off only to
   * reproduce a raw export byte for byte, such as a sample of what Google Forms writes.
   */
  neutraliseFormulas?: boolean;
}

/** Characters that make Excel, Sheets or LibreOffice read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as "-3", "+44", "2.5" or "-1e-3" is shown as a number, never run, so it stays as it is. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
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
  const text = neutralise && FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
