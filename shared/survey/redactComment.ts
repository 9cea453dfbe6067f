import { findLabelledNames } from '../privacy/labelledNames';
import { findLikelyNames } from '../privacy/likelyNames';
import { nameMentions, nameParts } from '../privacy/nameMentions';
import { outsideTags, redactIdentifiers } from '../privacy/redactIdentifiers';
import { isCommonGivenName } from './givenNames';
import { personName } from './identifyingContent';

/** What a name in a comment becomes: the comment is kept, the person is not. */
export const NAME_TAG = '[name]';
/** What a staff or pupil identifier becomes; "… removed]" so that shared/privacy's rules never search it again. */
export const IDENTIFIER_TAG = '[identifier removed]';

export interface CommentRedactorOptions {
  /** Names the survey's withheld name and signature columns held. */
  knownNames: readonly string[];
  /** Identifiers its withheld identifier columns held ("S10443"). */
  knownIdentifiers?: readonly string[];
}

/** "Staff ID: S10443", "employee no. 4471": the label stays, the identifier goes. */
const LABELLED_ID =
  /(?<label>\b(?:staff|employee|payroll|teacher|pupil|student|candidate)[ \t]*(?:id|no\.?|number|ref(?:erence)?)[ \t]*[:#]?[ \t]*)(?<value>(?=[A-Z/-]*\d)[A-Z0-9][A-Z0-9/-]{2,14})\b/gi;

/** A comment with names and identifiers taken out, and how many of each went. */
export interface RedactedComment {
  text: string;
  names: number;
  identifiers: number;
}

/** "Mrs Patel", "Dr Amir Khan". */
const TITLED = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;
/** Two or three capitalised words in a row, to be tested as a person's name ("Sarah Jones", not "Local Offer"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}\p{N}])/gu;
/** Given names that are also everyday words: left alone when written in lower case ("the LA will", "may be"). */
const EVERYDAY = new Set([
  'will',
  'may',
  'grace',
  'joy',
  'mark',
  'rose',
  'dawn',
  'bill',
  'hope',
  'faith',
  'ivy',
  'holly',
  'pat',
  'sue',
  'ray',
  'art',
  'jack',
  'max',
  'june',
  'april',
  'august',
  'summer',
  'rich',
  'lee',
  'jan',
  'kay',
  'gill',
  'sam',
  'ben',
  'tim',
  'tom',
  'rob',
  'kim',
  'jo',
  'glen',
  'dean',
  'chase',
  'joe',
]);

/** Names a comment gives itself: after a label or an intro ("for", "mum"), after a title, or a capitalised pair starting with a given name. */
function namesInComment(text: string): string[] {
  const labelled = findLabelledNames(text);
  const likely = findLikelyNames(text);
  const titled = [...text.matchAll(TITLED)].map((m) => m[0]);
  // "Mark Scheme", "Will Power": a given name that is also an everyday word starts no name the columns did not give.
  const pairs = [...text.matchAll(CAPITALISED_RUN)]
    .flatMap((m) => knownPairs(m[0].split(/[ \t]+/)))
    .filter((pair) => !EVERYDAY.has(pair.split(' ')[0].toLowerCase()));
  return [...labelled.pupilNames, ...labelled.parentNames, ...likely.pupilNames, ...likely.parentNames, ...titled, ...pairs];
}

/** The two- or three-word stretches of a capitalised run that are a person's name with a known given name ("Thanks Sarah Jones" → "Sarah Jones"). */
function knownPairs(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    if (words.length - i >= 3 && personName(three)?.known) out.push(three);
    else if (personName(two)?.known) out.push(two);
  }
  return out;
}

/**
 * A redactor for one survey's comments. `knownNames` are the names its withheld name columns held: each mention of
 * any part of them ("Sarah", "Jones", "Mrs Jones") becomes "[name]", as does a name the comment gives itself. E-mail
 * addresses, phone numbers, postcodes, addresses and pupil identifiers go first (shared/privacy's pattern rules), then
 * `knownIdentifiers` and labelled staff identifiers, so that "sarah.jones@school.org" leaves as one tag, not as
 * "[name].[name]@school.org".
 */
export function commentRedactor({ knownNames, knownIdentifiers = [] }: CommentRedactorOptions): (comment: string) => RedactedComment {
  const known = nameMentions([...new Set(knownNames.flatMap(nameParts))], true);
  const escaped = knownIdentifiers.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const knownIds = escaped.length > 0 ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${escaped.join('|')})(?![\p{L}\p{N}])`, 'giu') : null;
  return (comment) => {
    const ids = redactIdentifiers(comment);
    let identifiers = ids.removed.reduce((n, r) => n + r.count, 0);
    const tagId = (...args: unknown[]) => {
      identifiers++;
      // replace() passes a groups object last only when the pattern has named groups (LABELLED_ID's label).
      const groups = args.at(-1);
      const label = typeof groups === 'object' && groups !== null ? ((groups as { label?: string }).label ?? '') : '';
      return label + IDENTIFIER_TAG;
    };
    let text = outsideTags(ids.text, (segment) => segment.replace(LABELLED_ID, tagId));
    if (knownIds) text = outsideTags(text, (segment) => segment.replace(knownIds, tagId));
    let names = 0;
    const replace = (match: string) => {
      if (isEverydayWord(match)) return match;
      names++;
      return NAME_TAG;
    };
    const own = nameMentions([...new Set(namesInComment(text).flatMap(nameParts))], true);
    for (const pattern of [known, own]) if (pattern) text = outsideTags(text, (segment) => segment.replace(pattern, replace));
    return { text, names, identifiers };
  };
}

/** One lower-case word that is not a given name, or is one that is also an everyday word ("brown", "will"). */
function isEverydayWord(match: string): boolean {
  if (/[\s,]/.test(match) || match[0] !== match[0].toLowerCase()) return false;
  return !isCommonGivenName(match) || EVERYDAY.has(match.toLowerCase());
}
