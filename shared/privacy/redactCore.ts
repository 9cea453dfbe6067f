import { findPeople, type People } from './findPeople';
import { toInitials } from './initials';
import { keepLaContacts } from './keepLaContacts';
import { nameMentions, nameParts } from './nameMentions';
import { normaliseText } from './normaliseText';
import { redactAddress } from './redactAddress';
import {
  applyRules,
  type Counter,
  type KnownPersonalData,
  REDACTION_TAGS,
  type RedactionCount,
  removeLabelledDatesOfBirth,
  replaceOutsideTags,
  tagSpans,
  tally,
} from './redactIdentifiers';
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
  const rest = (masked: string) => redactNames(applyRules(removeLabelledDatesOfBirth(masked, count), count), people, count);
  if (!known.keepLaContacts) return rest(plain);
  const keep = {
    pageHost: known.keepLaContacts.pageHost,
    pupilWords: new Set(people.pupilNames.flatMap(nameParts)),
    familyWords: new Set(people.parentNames.flatMap(nameParts)),
  };
  return keepLaContacts(plain, keep, rest);
}

function redactNames(text: string, people: People, count: Counter): string {
  const pupilParts = new Set(people.pupilNames.flatMap(nameParts).map(plainApostrophe));
  // A titled adult is never the pupil: "Mr & Mrs Khan", "Mrs Smith" (the pupil's surname too) become the parent tag.
  const tags = tagSpans(text);
  let t = 0;
  const titled = findTitledNames(text).filter((name) => {
    while (t < tags.length && tags[t].end <= name.index) t++;
    return name.role !== 'professional' && !(t < tags.length && tags[t].index < name.end);
  });
  let out = '';
  let last = 0;
  for (const name of titled) {
    out += text.slice(last, name.index) + (name.role === 'pupil' ? toInitials(name.name) : REDACTION_TAGS['parent-name']);
    count(name.role === 'pupil' ? 'name' : 'parent-name');
    last = name.end;
  }
  out += text.slice(last);

  const parents = nameMentions([...new Set(people.parentNames.flatMap(nameParts))], true);
  if (parents) {
    out = replaceOutsideTags(out, parents, (match) => {
      // A surname shared with the pupil, alone, is left for the pupil's initials ("Smith family" → "J.S. family").
      if (nameParts(match).every((part) => pupilParts.has(plainApostrophe(part)))) return match;
      count('parent-name');
      return REDACTION_TAGS['parent-name'];
    });
  }
  // Every pupil name in one pass per few hundred parts (one pass per name would grow with the number of names).
  const initialsOf = new Map<string, string>();
  for (const name of people.pupilNames) {
    const initials = toInitials(name);
    if (initials === '') continue;
    for (const part of nameParts(name)) if (!initialsOf.has(plainApostrophe(part))) initialsOf.set(plainApostrophe(part), initials);
  }
  const parts = [...initialsOf.keys()];
  for (let i = 0; i < parts.length; i += PARTS_PER_PASS) {
    const mentions = nameMentions(parts.slice(i, i + PARTS_PER_PASS));
    if (!mentions) continue;
    const whole = out;
    out = replaceOutsideTags(whole, mentions, (match, _groups, offset) => {
      const initials = initialsOf.get(plainApostrophe(nameParts(match)[0] ?? ''));
      if (!initials || isCommonWordInLowerCase(match)) return match;
      count('name');
      // "…for Jamie Smith." reads "…for J.S." rather than "J.S..".
      return whole[offset + match.length] === '.' ? initials.replace(/\.$/, '') : initials;
    });
  }
  return out;
}

const PARTS_PER_PASS = 300;

function plainApostrophe(part: string): string {
  return part.replace(/’/g, "'");
}

/** Given names that are also everyday words, left alone when written in lower case ("the school will"). */
const COMMON_WORDS = new Set([
  'will',
  'may',
  'hope',
  'grace',
  'joy',
  'faith',
  'rose',
  'mark',
  'bill',
  'frank',
  'summer',
  'autumn',
  'dawn',
  'sky',
  'river',
  'page',
  'young',
  'long',
  'white',
  'green',
  'brown',
  'black',
  'hall',
  'wood',
  'king',
  'bell',
  'hill',
  'little',
  'rich',
  'sunny',
  'holly',
  'ivy',
  'june',
  'april',
  'august',
  'art',
  'ray',
  'pat',
  'sue',
  'max',
  'jack',
  'chase',
  'hunter',
  'mason',
  'cook',
  'baker',
  'bishop',
  'carter',
  'turner',
  'walker',
  'ward',
  'reading',
]);

function isCommonWordInLowerCase(match: string): boolean {
  return !/\s|,/.test(match) && COMMON_WORDS.has(match.toLowerCase()) && match[0] === match[0].toLowerCase();
}
