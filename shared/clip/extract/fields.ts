/** A labelled field read from a page's text: "Date of birth: 04/05/2014" → { label: 'Date of birth', value: '04/05/2014' }. */
export interface Field {
  label: string;
  value: string;
}

/**
 * The "Label: value" lines of a text as written by `pageText`, in order. A label is up to 60
 * characters before the first colon and ends in a letter, ")" or "?", so "Meeting at 10:00" is not a field.
 */
export function readFields(text: string): Field[] {
  const fields: Field[] = [];
  for (const line of text.split('\n')) {
    const match = /^([^:\n]{1,60}?[\p{L})?])\s*:\s*(.*)$/u.exec(line.trim());
    if (match && match[2].trim() !== '') fields.push({ label: match[1].trim(), value: match[2].trim() });
  }
  return fields;
}

/** The value of the first field whose label matches `label` (tested against the whole label), or undefined. */
export function fieldValue(fields: readonly Field[], label: RegExp): string | undefined {
  return fields.find((field) => label.test(field.label))?.value;
}
