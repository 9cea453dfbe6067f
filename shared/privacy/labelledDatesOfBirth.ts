import type { TextSpan } from './replaceSpans';

/** The words that label a date of birth ("DOB", "D.O.B.", "date of birth", "birth date"), for every pattern that needs them. */
export const DOB_LABEL = String.raw`d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date`;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:\d{4}|'?\d{2})(?!\d)`;
/** Every way a date of birth is written on a portal page or in an e-mail, in digits or in words. */
const DATE = [
  String.raw`\d{1,2}[ \t]?[/.\-][ \t]?\d{1,2}[ \t]?[/.\-][ \t]?${YEAR}`,
  String.raw`\d{4}-\d{1,2}-\d{1,2}(?!\d)`,
  String.raw`\d{1,2}${ORDINAL}(?:[ \t]+of)?[ \t/.\-]{1,3}${MONTH},?[ \t/.\-]{1,3}${YEAR}`,
  String.raw`${MONTH}[ \t]{1,3}(?:the[ \t]+)?\d{1,2}${ORDINAL},?[ \t]{1,3}\d{4}(?!\d)`,
  String.raw`${MONTH}[ \t]{1,3}\d{4}(?!\d)`,
].join('|');

// "DOB" may follow a word glued to it by markup ("JamieDOB:"); "born" and "birthday" may not ("stubborn").
const LABEL = new RegExp(String.raw`(?<![\p{N}])(?:${DOB_LABEL})(?![\p{L}])|(?<![\p{L}\p{N}])(?:born|birthday)(?![\p{L}])`, 'giu');
/**
 * What may stand between the label and the date, bounded so a long run of spaces costs nothing:
 * "DOB: ", "Date of birth (dd/mm/yyyy): ", "born on the ", "date of birth is ", "DOB – ".
 */
const AFTER_LABEL = new RegExp(
  String.raw`[ \t:=\-–—]{0,6}(?:\((?:dd|mm|yy|yyyy|[/.\- ]){1,12}\)[ \t:=\-–—]{0,6})?(?:(?:is|was|of|:)[ \t]{1,3})?(?:on[ \t]{1,3})?(?:the[ \t]{1,3})?(?<date>${DATE})`,
  'iy',
);

/**
 * Dates of birth in `text` found by pattern alone (no date parser, so the Apps Script bundle can carry it):
 * a date in digits or words written right after "DOB", "D.O.B", "date of birth", "birth date", "born" or
 * "birthday", with only punctuation, a format hint, "is", "on the" between. Linear: each label is tried once,
 * with a bounded gap.
 */
export function findLabelledDatesOfBirth(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const label of text.matchAll(LABEL)) {
    AFTER_LABEL.lastIndex = (label.index ?? 0) + label[0].length;
    const match = AFTER_LABEL.exec(text);
    const date = match?.groups?.date;
    if (!match || !date) continue;
    const end = AFTER_LABEL.lastIndex;
    spans.push({ index: end - date.length, end });
  }
  return spans;
}
