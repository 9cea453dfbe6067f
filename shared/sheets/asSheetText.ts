/**
 * Spreadsheets read a string that begins with = + - @ (or a tab or carriage return) as a formula: OWASP's list
 * for "CSV injection", and what Sheets' setValue(s)/appendRow do. Text from outside (answers, clips) must stay
 * text: a leading apostrophe does that and is not shown in the cell.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number such as "-3", "+44", "2.5" or "-1e-3": shown as a number, never run as a formula. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The text with a leading apostrophe when a spreadsheet would run it as a formula. With `keepPlainNumbers`
 * (CSV output) "-3" stays as it is; without it (cells written through Apps Script) it stays text too.
 */
export function asSheetText(text: string, options: { keepPlainNumbers?: boolean } = {}): string {
  if (!FORMULA_START.test(text)) return text;
  return options.keepPlainNumbers && PLAIN_NUMBER.test(text) ? text : `'${text}`;
}
