import { findPeople, type People } from './findPeople';
import { toInitials } from './initials';
import { nameMentions, nameParts } from './nameMentions';
import { normaliseText } from './normaliseText';
import { redactAddress } from './redactAddress';
import { applyRules, outsideTags, REDACTION_TAGS, removeLabelledDatesOfBirth, tally, type Counter, type KnownPersonalData, type RedactionCount } from './redactIdentifiers';
import { findTitledNames } from './titledNames';

/**
 * `text` with pupil data taken out by pattern alone, and how much of each kind went: the engine both sides
 * share (the server runs it as its second line; `redact` in the page adds dates of birth that need a date parser).
 * Invisible characters are normalised; dates of birth after their label, identifiers and contact details become
 * tags; parents' names become the parent tag; the pupil's names become the pupil's initials. Idempotent; linear.
 */
export function redactCore(text: string, known: KnownPersonalData = {}): { text: string; removed: RedactionCount[] } {
  const { count, removed } = tally();
  return { text: redactWith(text, known, count), removed: removed() };
}

/** A page address with pupil data taken out by `redactCore` (see `redactAddress`): the server's version of `redactUrl`. */
export function redactUrlCore(url: string, known: KnownPersonalData = {}): { url: string; removed: RedactionCount[] } {
  return redactAddress(url, (text) => redactCore(text, known));
}

/** `redactCore` with the caller's tally, so the page can add its own removals to the same counts. */
export function redactWith(text: string, known: KnownPersonalData, count: Counter): string {
  const plain = normaliseText(text);
  const people = findPeople(plain, known);
  let out = removeLabelledDatesOfBirth(plain, count);
  out = applyRules(out, count);
  return redactNames(out, people, count);
}

function redactNames(text: string, people: People, count: Counter): string {
  const pupilParts = new Set(people.pupilNames.flatMap(nameParts));
  // A titled adult is never the pupil: "Mr & Mrs Khan", "Mrs Smith" (the pupil's surname too) become the parent tag.
  let out = outsideTags(text, (segment) => {
    let result = '';
    let last = 0;
    for (const titled of findTitledNames(segment)) {
      if (titled.role === 'professional') continue;
      result += segment.slice(last, titled.index) + (titled.role === 'pupil' ? toInitials(titled.name) : REDACTION_TAGS['parent-name']);
      count(titled.role === 'pupil' ? 'name' : 'parent-name');
      last = titled.end;
    }
    return result + segment.slice(last);
  });
  const parents = nameMentions([...new Set(people.parentNames.flatMap(nameParts))], true);
  if (parents) {
    out = outsideTags(out, (segment) =>
      segment.replace(parents, (match) => {
        // A surname shared with the pupil, alone, is left for the pupil's initials ("Smith family" → "J.S. family").
        if (nameParts(match).every((part) => pupilParts.has(part))) return match;
        count('parent-name');
        return REDACTION_TAGS['parent-name'];
      }),
    );
  }
  for (const name of people.pupilNames) {
    const initials = toInitials(name);
    const mentions = nameMentions(nameParts(name));
    if (!mentions || initials === '') continue;
    out = outsideTags(out, (segment) =>
      segment.replace(mentions, (match: string, offset: number, whole: string) => {
        if (isCommonWordInLowerCase(match)) return match;
        count('name');
        // "…for Jamie Smith." reads "…for J.S." rather than "J.S..".
        return whole[offset + match.length] === '.' ? initials.replace(/\.$/, '') : initials;
      }),
    );
  }
  return out;
}

/** Given names that are also everyday words, left alone when written in lower case ("the school will"). */
const COMMON_WORDS = new Set(['will', 'may', 'hope', 'grace', 'joy', 'faith', 'rose', 'mark', 'bill', 'frank', 'summer', 'autumn', 'dawn', 'sky', 'river', 'page', 'young', 'long', 'white', 'green', 'brown', 'black', 'hall', 'wood', 'king', 'bell', 'hill', 'little', 'rich', 'sunny', 'holly', 'ivy', 'june', 'april', 'august', 'art', 'ray', 'pat', 'sue', 'max', 'jack', 'chase', 'hunter', 'mason', 'cook', 'baker', 'bishop', 'carter', 'turner', 'walker', 'ward', 'reading']);

function isCommonWordInLowerCase(match: string): boolean {
  return !/\s|,/.test(match) && COMMON_WORDS.has(match.toLowerCase()) && match[0] === match[0].toLowerCase();
}
