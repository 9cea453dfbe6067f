import * as chrono from 'chrono-node';
import { parseInPieces } from '../dates/inPieces';
import { isoOf } from '../dates/isoDate';
import { DOB_LABEL } from './labelledDatesOfBirth';

/** A date of birth written in a text: the characters [index, end) to remove, and the date when it could be read. */
export interface DateOfBirthSpan {
  index: number;
  end: number;
  /** YYYY-MM-DD, or null when the written date is not a real one ("31/02/2014") but still sits after the label. */
  iso: string | null;
}

// "DOB" may follow a word glued to it by markup ("JamieDOB:"); "born" may not ("stubborn").
const LABEL = new RegExp(String.raw`(?<![\p{N}])(?:${DOB_LABEL})(?![\p{L}])|(?<![\p{L}\p{N}])born(?:\s+on)?(?![\p{L}])`, 'giu');
/** What may stand between the label and the date: "DOB: ", "Date of birth (dd/mm/yyyy): ", "born on the ". */
const GAP = /^[\s:=\-–—]*(?:\((?:dd|mm|yy|yyyy|[/.\-\s])+\)[\s:=\-–—]*)?(?:on\s+)?(?:the\s+)?$/i;
/** Numeric dates after the label that chrono refuses (impossible days), still removed. */
const NUMERIC = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}/g;

/**
 * Dates of birth in `text`: each date written right after "DOB", "D.O.B", "date of birth",
 * "birth date" or "born", with only punctuation, a format hint "(dd/mm/yyyy)" or "on the" between.
 * Spans are in text order and do not overlap.
 */
export function findDatesOfBirth(text: string, written: () => DateOfBirthSpan[] = () => writtenDates(text)): DateOfBirthSpan[] {
  const labelEnds = [...text.matchAll(LABEL)].map((match) => (match.index ?? 0) + match[0].length);
  if (labelEnds.length === 0) return [];

  const candidates = [...written()];
  for (const match of text.matchAll(NUMERIC)) {
    const index = match.index ?? 0;
    candidates.push({ index, end: index + match[0].length, iso: null });
  }
  candidates.sort((a, b) => a.index - b.index || b.end - a.end);

  const spans: DateOfBirthSpan[] = [];
  let previousEnd = 0;
  // Only the nearest label before a date can be its label: from any earlier one, the gap holds that label's own
  // words, which GAP refuses. Candidates and label ends both run in text order, so one pointer walks the labels
  // (testing every label for every date took time growing with the square of a long field).
  let nearest = -1;
  for (const candidate of candidates) {
    if (candidate.index < previousEnd) continue;
    while (nearest + 1 < labelEnds.length && labelEnds[nearest + 1] <= candidate.index) nearest++;
    if (nearest >= 0 && GAP.test(text.slice(labelEnds[nearest], candidate.index))) spans.push(candidate);
    previousEnd = candidate.end;
  }
  return spans;
}

/**
 * Dates of birth after a label, and known dates of birth written anywhere, with the text's dates parsed once
 * (the date parser is the slow part of redaction) and only when either search needs them.
 */
export function datesOfBirthIn(text: string, known: readonly string[]): DateOfBirthSpan[] {
  let parsed: DateOfBirthSpan[] | null = null;
  const written = () => (parsed ??= writtenDates(text));
  return [...findDatesOfBirth(text, written), ...findWrittenDates(text, known, written)];
}

/**
 * Every place in `text` where one of `isoDates` (YYYY-MM-DD) is written with its year, in any
 * form chrono reads ("04/05/2014", "4 May 2014"): a known date of birth repeated without its label.
 */
export function findWrittenDates(
  text: string,
  isoDates: readonly string[],
  written: () => DateOfBirthSpan[] = () => writtenDates(text),
): DateOfBirthSpan[] {
  if (isoDates.length === 0) return [];
  const wanted = new Set(isoDates);
  const spans = written().filter((span) => span.iso !== null && wanted.has(span.iso));
  // chrono needs a word edge after a date; "04/05/2014Gender" (cells glued by markup) is found by its digits.
  for (const iso of wanted) {
    for (const form of numericForms(iso)) {
      const pattern = new RegExp(String.raw`(?<!\d)${form.replace(/[./-]/g, '\\$&')}(?!\d)`, 'g');
      for (const match of text.matchAll(pattern)) {
        const index = match.index ?? 0;
        spans.push({ index, end: index + match[0].length, iso });
      }
    }
  }
  spans.sort((a, b) => a.index - b.index || b.end - a.end);
  let reached = 0;
  return spans.filter((span) => {
    if (span.index < reached) return false;
    reached = span.end;
    return true;
  });
}

/** "2014-05-04" → "04/05/2014", "4/5/2014", "04.05.14", "2014-05-04"… */
function numericForms(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return [];
  const [, year, month, day] = match;
  const days = [day, String(Number(day))];
  const months = [month, String(Number(month))];
  const years = [year, year.slice(2)];
  const forms = new Set([iso]);
  for (const d of days)
    for (const m of months) for (const y of years) for (const sep of ['/', '.', '-']) forms.add(`${d}${sep}${m}${sep}${y}`);
  return [...forms];
}

function writtenDates(text: string): DateOfBirthSpan[] {
  // Any fixed reference will do: a date of birth is written with its year, and one without is not read as one.
  const instant = new Date(Date.UTC(2000, 0, 1));
  return parseInPieces(text, (piece) => chrono.en.GB.parse(piece, { instant, timezone: 0 })).map((result) => {
    const start = result.start;
    const dated = start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
    // chrono keeps a leading "on" ("on 4 May 2014"); the date itself starts after it.
    const lead = result.text.match(/^(?:on|by|the|from)\s+/i)?.[0].length ?? 0;
    return {
      index: result.index + lead,
      end: result.index + result.text.length,
      iso: dated ? isoOrNull(start.get('year'), start.get('month'), start.get('day')) : null,
    };
  });
}

function isoOrNull(year: number | null, month: number | null, day: number | null): string | null {
  return year === null || month === null || day === null ? null : isoOf(year, month, day);
}
