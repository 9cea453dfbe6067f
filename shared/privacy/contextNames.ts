import { NAME_WORD } from './nameWords';
import { isNotNameWord } from './notNameWords';

const WORD = NAME_WORD;
/** What identifies a child when written right after a name: "– DOB", "(Year 11)", ", Y6", "UPN", "aged 9". */
const CONTEXT =
  /(?<![\p{L}])(?:DOB|D\.O\.B|date of birth|born|aged?[ \t]{0,2}\d|(?:Year|YEAR|Yr|Y)[ \t]?\d{1,2}(?!\d)|UPN|ULN|NHS[ \t]{0,2}(?:no|number|num))/gu;
const WHOLE_WORD = new RegExp(String.raw`^(?:${WORD})$`, 'u');
const LETTER = /[\p{L}'’-]/u;
/** A letter, apostrophe or hyphen; plain ASCII without a pattern, as this runs for every character looked back over. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || ch === "'" || ch === '-') return true;
  return code > 127 && LETTER.test(ch);
}
/** "Amara's", "AMARA’S". */
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}'’-])(?:(${WORD})[ \t])?(\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})['’][sS](?![\p{L}])`, 'gu');
/** A word that starts a school's, service's or place's name, so "St Mary's" or "Oakfield's" is not a child. */
const BEFORE_ORGANISATION =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’]+)[ \t]{1,2}(?:Primary|Secondary|Academy|School|College|Nursery|Infant|Junior|High|Council|County|City|Borough|SEND|SEN)(?![\p{L}])/gu;

/**
 * Pupils' names a text gives with nothing introducing them: one to three capitalised (or ALL-CAPS) words
 * right before a date of birth, a year group, a UPN or an age ("Noah Williams – DOB…", "Joshua, Year 11"), and
 * a capitalised word with an apostrophe-s that is not a school's or place's name ("Amara's EHCP"). Linear: the
 * look-back is a fixed 80 characters before each context.
 */
export function findContextNames(text: string): string[] {
  const names = new Set<string>();
  for (const context of text.matchAll(CONTEXT)) {
    const at = context.index ?? 0;
    const words = trailingNameWords(wordsBefore(text, at));
    if (words.length > 0) names.add(words.join(' '));
  }
  if (!/['’]/.test(text)) return [...names];
  const organisations = new Set([...text.matchAll(BEFORE_ORGANISATION)].map((m) => m[1].toLowerCase()));
  for (const match of text.matchAll(POSSESSIVE)) {
    const word = match[2];
    const index = (match.index ?? 0) + match[0].length - word.length - 2;
    if (
      isNotNameWord(word) ||
      organisations.has(word.toLowerCase()) ||
      /(?:St|Saint)\.?[ \t]$/.test(text.slice(Math.max(0, index - 7), index))
    )
      continue;
    // "Ruby Chowdhury’s plan": the given name before the surname goes with it.
    const given = match[1] && !isNotNameWord(match[1]) ? `${match[1]} ` : '';
    names.add(given + word);
  }
  return [...names];
}

/**
 * The name right before a context, read backwards from `at` (a fixed few characters, so each context costs the
 * same): separators ("– ", ", (", ": "), an optional "was"/"is", then one to three name words with a space or
 * ", " between ("SMITH, Noah"). The words come back in text order, as written ("SMITH," keeps its comma).
 */
function wordsBefore(text: string, at: number): string {
  const floor = Math.max(0, at - 60);
  let i = skipBack(text, at, floor, ' \t,–—-(:|', 6);
  const verb = wordEndingAt(text, i, floor);
  if (verb && (verb.word === 'was' || verb.word === 'is')) i = skipBack(text, verb.start, floor, ' \t', 2);
  const words: string[] = [];
  let comma = false;
  while (words.length < 3) {
    const found = wordEndingAt(text, i, floor);
    // An everyday word ends the name: "Attends Noah Williams" → "Noah Williams", "DOB DOB" → nothing.
    if (!found || !WHOLE_WORD.test(found.word) || isNotNameWord(found.word)) break;
    words.unshift(comma ? `${found.word},` : found.word);
    const spaced = skipBack(text, found.start, floor, ' \t', 2);
    if (spaced === found.start) break;
    comma = text[spaced - 1] === ',';
    i = comma ? spaced - 1 : spaced;
  }
  return words.join(' ');
}

/** Moves back from `at` over at most `most` characters of `chars`. */
function skipBack(text: string, at: number, floor: number, chars: string, most: number): number {
  let i = at;
  while (i > floor && at - i < most && chars.includes(text[i - 1])) i--;
  return i;
}

/** The run of letters ending at `end`, if any. */
function wordEndingAt(text: string, end: number, floor: number): { word: string; start: number } | null {
  let start = end;
  while (start > floor && isWordChar(text[start - 1])) start--;
  return start === end ? null : { word: text.slice(start, end), start };
}

/** The words after the last everyday word: "Attends Noah Williams" → ["Noah", "Williams"]. */
function trailingNameWords(name: string): string[] {
  const words = name.split(/[ \t]+/);
  const kept: string[] = [];
  for (const word of words) {
    if (isNotNameWord(word)) kept.length = 0;
    else kept.push(word);
  }
  // "SMITH, Jamie" keeps its comma (surname first); a comma after the last word is punctuation.
  if (kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1].replace(/,$/, '');
  return kept.filter((word) => word !== '');
}

/**
 * Names in `text` whose initials are the pupil's ("J.S." → "Jamie Smith", "SMITH, Jamie", "JAMIE SMITH"): the
 * server knows only the initials, and a name that fits them next to a task for that pupil is the pupil's. Needs
 * two or more letters; linear in the number of words.
 */
export function findNamesWithInitials(text: string, initials: string | undefined): string[] {
  const letters = [...(initials ?? '').replace(/[^A-Z]/g, '')];
  if (letters.length < 2) return [];
  // One pass: a pattern for exactly these initials, in speaking order or surname first with a comma.
  const word = (letter: string) => String.raw`${letter}(?:[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?|[\p{Lu}'’]+(?:-\p{Lu}+)?)`;
  const spoken = letters.map(word).join(String.raw`[ \t]{1,2}`);
  const surnameFirst = [letters[letters.length - 1], ...letters.slice(0, -1)].map(word);
  const reversed = `${surnameFirst[0]},[ \\t]{1,2}${surnameFirst.slice(1).join(String.raw`[ \t]{1,2}`)}`;
  const pattern = new RegExp(String.raw`(?<![\p{L}'’-])(?:${spoken}|${reversed})(?![\p{L}])`, 'gu');
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    if (match[0].split(/[ \t,]+/).some((w) => isNotNameWord(w))) continue;
    names.add(match[0]);
  }
  return [...names];
}
