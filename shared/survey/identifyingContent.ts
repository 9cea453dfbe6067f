import { isCommonGivenName } from './givenNames';
import type { WithheldReason } from './identifyingHeader';

/**
 * What a column's answers say about it, whatever its header: mostly e-mail addresses, UK phone numbers, postcodes or
 * addresses, identifiers, or people's names. Thresholds and their reasons are in docs/identifying-columns.md.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const STREET =
  /\b\d{1,4}[A-Za-z]?,?\s+(?:[\p{L}'’-]+\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|way|court|crescent|place|gardens|grove|terrace|walk|row|mews|rise|square)\b/iu;
const ENDS_IN_POSTCODE = /,\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const NHS = /^\d{3}[ -]?\d{3}[ -]?\d{4}$/;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/i;
/** A code with no spaces and at least four digits ("S1234", "EMP-00123", "T/0042"). */
const CODE = /^(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9\-/.]{3,15}$/i;

/** A UK number once spaces, dots, dashes, slashes and brackets are gone: 0 or +44 then 9–10 digits, or 7 and 9 digits (a mobile whose 0 a spreadsheet dropped). */
function isPhone(text: string): boolean {
  const digits = text.replace(/[\s().\-/]/g, '').replace(/^(?:\+44|0044)(?:0)?/, '0');
  return /^0[1-9]\d{8,9}$/.test(digits) || /^7\d{9}$/.test(digits);
}

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;
const INITIAL = /^\p{Lu}\.?$/u;
const WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|(?:Mc|Mac|O['’]|D['’])\p{Lu}\p{Ll}+)$/u;
const PARTICLE = /^(?:van|von|de|der|den|du|da|di|la|le|del|dos|das|bin|binti|al|el|ter|ten)$/;

/** Capitalised words that make a pair a place, a school, an answer or a role rather than a person. */
const NOT_NAME = new Set(
  `north south east west central greater upper lower new old great little saint st city county borough council district isle vale
  primary secondary special school academy college nursery infant infants junior juniors federation trust church catholic ce cofe high
  grammar community free studio university hospital centre center unit base house local authority
  strongly agree disagree neither somewhat slightly very not quite fairly often never always sometimes rarely usually yes no none other
  don't know sure prefer say applicable maybe agreed unsure
  year years key stage reception nursery early foundation class group team staff teacher teachers senco sencos head deputy assistant
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  send sen ehcp ehc plan support mainstream resourced provision autumn spring summer term`.split(/\s+/),
);

/** "Sarah Jones", "Mrs Patel", "J. Smith", "Mary-Jane O'Neil": a person's name, and whether it starts with a known given name or a title. */
export function personName(part: string): { known: boolean } | null {
  const words = part.split(/\s+/).filter(Boolean);
  const titled = words.length > 0 && TITLE.test(words[0]);
  const rest = titled ? words.slice(1) : words;
  if (rest.length < (titled ? 1 : 2) || rest.length > 4) return null;
  if (PARTICLE.test(rest[0]) || PARTICLE.test(rest[rest.length - 1])) return null;
  for (const [i, w] of rest.entries()) {
    const isWord = WORD.test(w) || (INITIAL.test(w) && i < rest.length - 1) || (PARTICLE.test(w) && i > 0);
    if (!isWord || NOT_NAME.has(w.toLowerCase()) || /shire$/i.test(w)) return null;
  }
  return { known: titled || INITIAL.test(rest[0]) || isCommonGivenName(rest[0]) };
}

/** A cell naming one or more people ("Sarah Jones", "Sarah Jones and Tom Lee"), or null. */
function namesIn(text: string): { known: boolean } | null {
  const parts = text.split(/\s*(?:,|;|&|\/|\band\b)\s*/).filter(Boolean);
  if (parts.length === 0) return null;
  const found = parts.map(personName);
  return found.every((f) => f !== null) ? { known: found.some((f) => f!.known) } : null;
}

/** How often each distinct text was given: every test below runs once per distinct answer, not once per respondent. */
type Counted = { texts: readonly string[]; counts: Map<string, number> };

function counted(texts: readonly string[]): Counted {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { texts, counts };
}

/** Answers passing `test`, counted with their repeats. */
function passing({ counts }: Counted, test: (text: string) => boolean): number {
  let n = 0;
  for (const [t, k] of counts) if (test(t)) n += k;
  return n;
}

const share = (c: Counted, test: (text: string) => boolean) => passing(c, test) / c.texts.length;

/**
 * Why a column's answers identify people, or null. `texts` are the non-blank answers as written. E-mail addresses
 * need half the answers (as before); phone numbers, postcodes, addresses, identifiers and names most of them.
 */
export function identifyingContent(answers: readonly string[]): WithheldReason | null {
  if (answers.length === 0) return null;
  const texts = counted(answers);
  if (share(texts, (t) => EMAIL.test(t)) >= 0.5) return 'e-mail addresses';
  if (share(texts, isPhone) >= 0.6) return 'phone numbers';
  if (share(texts, (t) => POSTCODE.test(t) || STREET.test(t) || ENDS_IN_POSTCODE.test(t)) >= 0.6) return 'addresses or postcodes';
  const distinct = texts.counts.size / answers.length;
  if (share(texts, (t) => UPN.test(t) || NHS.test(t) || /^\d{10,}$/.test(t)) >= 0.6) return 'staff or pupil identifiers';
  if (answers.length >= 3 && distinct >= 0.8 && share(texts, (t) => CODE.test(t) && /\d{3}/.test(t)) >= 0.8)
    return 'staff or pupil identifiers';
  return looksLikeNames(texts, distinct) ? 'names' : null;
}

/**
 * Most answers are people's names, and either half of those start with a common given name or a title (so that
 * "West Sussex" or "Oakfield Primary" is not taken for a person), or nearly all are distinct name-shaped pairs of
 * which some start with a common given name (so that a list of names from many cultures is caught, but not answers
 * typed in title case, "Time Pressure", "Funding Cuts").
 */
function looksLikeNames(texts: Counted, distinct: number): boolean {
  let names = 0;
  let known = 0;
  for (const [t, k] of texts.counts) {
    const found = namesIn(t);
    if (found) names += k;
    if (found?.known) known += k;
  }
  const n = texts.texts.length;
  if (names < n * 0.6) return false;
  if (known >= names * 0.5) return true;
  return n >= 5 && distinct >= 0.8 && names >= n * 0.8 && known >= names * 0.15;
}

/** Answers in a name column that are not names ("Prefer not to say", "N/A", "Anonymous"). */
const NOT_A_NAME_ANSWER = new Set(
  `to the a an of i me my myself would rather prefer not say anonymous anon none nil na n/a no yes unknown secret private withheld
  optional skip blank same as above`.split(/\s+/),
);

/**
 * The people's names written in a name column's `texts`, one entry per person ("Mrs Patel" → "Patel"), for finding
 * them again in comments; answers such as "Prefer not to say" are left out so that those words are not taken for names.
 */
export function namesWritten(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const part of text.split(/\s*(?:,|;|&|\/|\band\b)\s*/)) {
      // Initials and single letters ("J.", the "N" of "N/A") find no one again on their own.
      const words = part
        .trim()
        .split(/\s+/)
        .filter((w) => w.replace(/\./g, '').length > 1 && !TITLE.test(w));
      const usable = words.every(
        (w) => /^\p{L}[\p{L}'’.-]*$/u.test(w) && !NOT_A_NAME_ANSWER.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase()),
      );
      if (words.length > 0 && words.length <= 5 && usable) out.add(words.join(' '));
    }
  }
  return [...out];
}
