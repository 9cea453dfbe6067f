/**
 * Sheets reads a string that begins with = + - @ (or a tab or carriage return) as a formula when it is written
 * with setValue(s). Text from respondents must stay text: a leading apostrophe does that and is not shown.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function asSheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
