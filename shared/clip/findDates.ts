import * as chrono from 'chrono-node';
import { parseInPieces } from '../dates/inPieces';
import { type DateParts, datePartsOf, isoOf } from '../dates/isoDate';

/**
 * What a date on a portal page is the date of: the step a statutory time limit counts from, a stated
 * due date, or something else. `request` is a request with no more said (for an assessment, advice or a
 * consultation); the others name their step.
 */
export type DateRole =
  | 'due'
  | 'meeting'
  | 'request'
  | 'advice-request'
  | 'consultation'
  | 'draft'
  | 'amendment-notice'
  | 'last-review'
  | 'decision'
  | 'mediation-certificate'
  | 'other';

/** A calendar date written in a text: where it is, how it was written, and what the nearby words say it is. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** The words that wrote the date, as they appear in the text ("Thursday 12 March"). */
  text: string;
  /** Where `text` starts in the searched text (UTF-16 code units). */
  index: number;
  role: DateRole;
}

/** How far before the reference a date without a year may lie: see `resolveYear`. */
export const YEARLESS_MONTHS_BEFORE = 3;

/**
 * Every calendar date written in `text`, read day first (en-GB: "12/03/2026", "12.03.26",
 * "12 March 2026", "12th Mar", "Thursday 12 March"), in text order, each with its role from the
 * words just before it ("due", "by", "meeting", "requested on", "draft issued", "decision"…).
 * `reference` (YYYY-MM-DD, the clip day) places dates written without a year: they take the year
 * that puts them in the twelve months starting three months before the reference, so in February
 * "12 March" is next month and "20 December" is the December just gone.
 * Only dates with a day and a month count: times, "next week", "in 15 days", "today" and
 * "March 2026" are left out, since a portal's task dates are written out. Throws on a malformed reference.
 */
export function findDates(text: string, reference: string): FoundDate[] {
  const ref = datePartsOf(reference);
  if (!ref) throw new Error(`findDates requires the reference day as YYYY-MM-DD, not ${JSON.stringify(reference)}`);

  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const found: FoundDate[] = [];
  let previousEnd = 0;
  for (const result of parseInPieces(text, (piece) => chrono.en.GB.parse(piece, { instant, timezone: 0 }))) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    if ([...result.tags()].some((tag) => tag.startsWith('casualReference') || tag === 'result/relativeDate')) continue;

    const month = start.get('month');
    const day = start.get('day');
    const writtenYear = start.isCertain('year') ? start.get('year') : null;
    if (month === null || day === null) continue;
    const year = writtenYear ?? resolveYear(month, day, ref);
    if (datePartsOf(isoOf(year, month, day)) === null) continue;

    const lead = result.text.match(/^(?:on|by|the|from)\s+/i)?.[0].length ?? 0;
    const index = result.index + lead;
    found.push({ iso: isoOf(year, month, day), text: result.text.slice(lead), index, role: roleBefore(text, index, previousEnd) });
    previousEnd = result.index + result.text.length;
  }
  return found;
}

/**
 * Role words, each with the role it gives a date written soon after it. The nearest one (the one
 * ending last) wins, so a date of birth inside a sentence about a meeting ("meeting for J.S. (DOB
 * 04/05/2014)") stays "other"; on a tie the later row wins, so "draft amended plan sent" is the
 * amendment notice, not a draft plan.
 */
const ROLE_WORDS: readonly (readonly [DateRole, RegExp])[] = [
  ['other', /(?<![\p{L}\p{N}])(?:d\.?\s?o\.?\s?b\.?|date of birth|birth ?date|born)(?![\p{L}])/giu],
  [
    'request',
    /\brequest(?:ed)? on\b|\brequest received\b|\bdate (?:of )?request\b|\brequest date\b|\bdate requested\b|\brequested\b|\breceived on\b|\bdate received\b|\bdate sent\b/gi,
  ],
  [
    'advice-request',
    /\b(?:request for|requests? for) (?:\w+ )?advice\b[^.;\n]{0,30}?\b(?:sent|issued|received|dated|made)\b|\badvice (?:was )?(?:requested|asked for)\b|\bdate (?:of )?(?:the )?(?:advice request|request for advice)\b|\badvice request(?:ed)?(?: (?:date|sent|received))?\b/gi,
  ],
  [
    'consultation',
    /\bconsultation(?: letter)? (?:was )?(?:sent|issued|received|dated)\b|\bdate (?:of )?(?:the )?consultation\b|\bconsulted on\b|\bconsultation date\b/gi,
  ],
  [
    'last-review',
    /\blast (?:annual )?review(?:ed)?\b|\bdate (?:of )?(?:the )?(?:last|previous) (?:annual )?review\b|\b(?:ehc )?plan (?:finalised|dated)\b|\bdate (?:of )?(?:the )?(?:final|current) (?:ehc )?plan\b/gi,
  ],
  // "The draft EHC plan for Amara was issued on 5 March": a few words may stand between the draft and its issue.
  [
    'draft',
    /\bdraft\b(?! amended)(?:[^.;\n]{0,40}?)\b(?:was |were |has been |have been )?(?:issued|sent|served|published|dated)\b|\bdate (?:of )?(?:the )?draft\b|\bdraft (?:\w+ )?(?:issue )?date\b/gi,
  ],
  // Reg 22(2): the notice of the proposed amendments, however the portal words it (a draft amended plan is sent with it).
  [
    'amendment-notice',
    /\bamendment notice\b(?: (?:was )?(?:issued|sent|served|dated))?|\bdate (?:of )?(?:the )?amendment notice\b|\bnotice of (?:the )?(?:proposed )?amendments?\b(?:[^.;\n]{0,30}?\b(?:issued|sent|served|dated)\b)?|\bproposed amendments? (?:were |was )?(?:issued|sent|served)\b|\bdraft amended (?:ehc )?plan\b(?:[^.;\n]{0,30}?\b(?:issued|sent|served)\b)?/gi,
  ],
  ['meeting', /\bmeeting\b|\bheld on\b|\bwill be held\b|\bdate of (?:the )?review\b|\breview date\b/gi],
  ['decision', /\bdecision\b/gi],
  ['mediation-certificate', /\bmediation certificate\b|\bcertificate (?:was )?(?:issued|dated)\b/gi],
  ['due', /\bdue\b|\bdeadline\b|\breturn(?:ed)? by\b|\bno later than\b|\btarget date\b|\breturn date\b/gi],
];

/** How far back, at most, the role words are looked for. */
const LOOK_BACK = 80;

/**
 * The role a date gets from the words between the previous date (or line, or sentence) and it.
 * "by" counts only right before the date ("advice by 12 March", "by Thursday 12 March"), since
 * "requested by Ms Jones on 3 March" is not a deadline.
 */
function roleBefore(text: string, index: number, previousEnd: number): DateRole {
  let from = Math.max(previousEnd, index - LOOK_BACK);
  const lookBack = text.slice(from, index);
  // A line break, a semicolon or a bar ends a field; ". " after a word ends a sentence (not "J.S. ").
  const boundaries = [...lookBack.matchAll(/\n|[;|•]|(?<=\p{Ll}{2}|\d)[.!?]\s+/gu)];
  const last = boundaries.at(-1);
  if (last?.index !== undefined) from += last.index + last[0].length;
  let near = text.slice(from, index);
  // A date alone at the start of its line takes its label from a short line just above
  // ("Information Due Deadline\n16/03/2026", as a selection of a label/value layout reads).
  if (near.trim() === '' && last?.[0] === '\n' && from - 1 >= previousEnd) {
    const above = text.slice(Math.max(previousEnd, text.lastIndexOf('\n', from - 2) + 1), from - 1);
    if (above.length <= 60) near = above;
  }

  if (/\bby\s*:?\s*(?:the\s+)?$/i.test(near)) return 'due';
  let best: { role: DateRole; end: number } = { role: 'other', end: -1 };
  for (const [role, pattern] of ROLE_WORDS) {
    for (const match of near.matchAll(pattern)) {
      const end = (match.index ?? 0) + match[0].length;
      if (end >= best.end) best = { role, end };
    }
  }
  return best.role;
}

/** The year that puts month/day within [reference − 3 months, reference + 9 months). */
function resolveYear(month: number, day: number, ref: DateParts): number {
  const windowStart = ref.year * 12 + (ref.month - 1) - YEARLESS_MONTHS_BEFORE;
  const startKey = windowStart * 32 + ref.day;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const key = (year * 12 + (month - 1)) * 32 + day;
    if (key >= startKey && key < startKey + 12 * 32) return year;
  }
  return ref.year;
}
